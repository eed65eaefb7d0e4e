package org.dataprice.api.supervision;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.dataprice.api.explain.ExplanationResponse;
import org.dataprice.api.pricing.MoneyJson;
import org.dataprice.supervision.Severity;
import org.dataprice.supervision.workflow.AlertStatus;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The JSON bodies and answers of {@code /v1/supervision/...}. */
public final class SupervisionJson {
    private SupervisionJson() {
    }

    /**
     * A new version of the rules: the changes to the current version (rules not named keep their settings).
     *
     * @param reportingThreshold a new reporting threshold (the bunching rule's T and the monitored currency); null keeps it
     * @param rules              changes, at most one per rule id; may be empty
     * @param indexSource        the index the index-jump rule reads (replaces the current one; {@code {}} for none);
     *                           null keeps it
     */
    @Serdeable
    public record RulesRequest(@Nullable @Valid MoneyJson reportingThreshold,
                               @NotNull @Size(max = 16) List<@NotNull @Valid RuleChangeJson> rules,
                               @Nullable @Valid IndexSourceJson indexSource) {
    }

    /**
     * Which published price index {@code price.indexJump} reads, and its series per market category
     * ({@link org.dataprice.supervision.config.IndexSource}).
     *
     * @param index           the index id ({@code GET /v1/indices}); null for none
     * @param categories      per market category, the index series it reads; null or empty for none
     * @param otherCategories the series of every other category (e.g. {@code COMPOSITE}); null for none
     */
    @Serdeable
    public record IndexSourceJson(@Nullable @Size(max = 64) String index,
                                  @Nullable @Size(max = 200) List<@NotNull @Valid CategorySeriesJson> categories,
                                  @Nullable @Size(max = 64) String otherCategories) {
        /** Reads absent categories as none. */
        public IndexSourceJson {
            categories = categories == null ? List.of() : categories;
        }
    }

    /**
     * One market category's index series.
     *
     * @param category the market category (a listing's {@code category})
     * @param series   the index series code (one of the index's categories, or {@code COMPOSITE})
     */
    @Serdeable
    public record CategorySeriesJson(@Nullable @Size(max = 64) String category, @Nullable @Size(max = 64) String series) {
    }

    /**
     * A change of one rule.
     *
     * @param id         the rule id (e.g. {@code price.hampel})
     * @param enabled    on or off; null keeps it
     * @param severity   the new severity; null keeps it
     * @param parameters new parameter values by name; null keeps them
     */
    @Serdeable
    public record RuleChangeJson(@NotBlank @Size(max = 64) String id, @Nullable Boolean enabled,
                                 @Nullable Severity severity,
                                 @Nullable @Size(max = 8) Map<String, BigDecimal> parameters) {
    }

    /**
     * One configured rule.
     *
     * @param id         the rule id
     * @param version    its own version (bumped when its settings change)
     * @param enabled    whether it runs
     * @param severity   the severity of its alerts
     * @param parameters its parameters by name
     */
    @Serdeable
    public record RuleJson(String id, int version, boolean enabled, Severity severity,
                           @Nullable Map<String, BigDecimal> parameters) {
        /** Reads an absent (empty, left out by the JSON writer) parameter map as empty. */
        public RuleJson {
            parameters = parameters == null ? Map.of() : parameters;
        }
    }

    /**
     * The stored form of a configuration (column {@code config_json}).
     *
     * @param version            the configuration's version
     * @param reportingThreshold the reporting threshold
     * @param rules              every rule, in the fixed order
     * @param indexSource        the index source; null when none (and in versions stored before it existed)
     */
    @Serdeable
    public record RulesJson(int version, MoneyJson reportingThreshold, List<RuleJson> rules,
                            @Nullable IndexSourceJson indexSource) {
    }

    /**
     * A version of the rules.
     *
     * @param version            0 for the core's defaults (never stored), then 1, 2, ...
     * @param reportingThreshold the reporting threshold
     * @param rules              every rule
     * @param createdBy          who stored it; null for the defaults
     * @param createdAt          when; null for the defaults
     * @param indexSource        the index {@code price.indexJump} reads; null when none is configured (the rule then
     *                           raises nothing)
     */
    @Serdeable
    public record RulesResponse(int version, MoneyJson reportingThreshold, List<RuleJson> rules,
                                @Nullable String createdBy, @Nullable Instant createdAt,
                                @Nullable IndexSourceJson indexSource) {
    }

    /**
     * One step of an alert's workflow.
     *
     * @param seq    1, 2, ...
     * @param status the status entered
     * @param reason why; null when none was given
     * @param actor  who
     * @param at     when
     */
    @Serdeable
    public record AlertEventJson(int seq, AlertStatus status, @Nullable String reason, String actor, Instant at) {
    }

    /**
     * A stored alert with its workflow.
     *
     * @param id          the alert
     * @param ruleId      the rule that raised it
     * @param ruleVersion that rule's version
     * @param severity    its severity
     * @param source      DEAL, SCAN, PATTERN or CONCENTRATION
     * @param subject     what it is about
     * @param dealId      the deal checked as it was recorded; null for other sources
     * @param evidenceIds the ids of the evidence records
     * @param figures     the deciding figures
     * @param explanation how it was decided
     * @param raisedAt    when it was stored
     * @param status      its current status (the last event's)
     * @param events      its workflow, oldest first
     */
    @Serdeable
    public record AlertResponse(String id, String ruleId, int ruleVersion, Severity severity, String source,
                                String subject, @Nullable String dealId, List<String> evidenceIds,
                                List<ExplanationResponse.QuantityResponse> figures, ExplanationResponse explanation,
                                Instant raisedAt, AlertStatus status, List<AlertEventJson> events) {
    }

    /**
     * A move of an alert's workflow.
     *
     * @param status the status to enter: ACKNOWLEDGED, ESCALATED or CLOSED
     * @param reason why; required to escalate or close, at most 2000 characters
     */
    @Serdeable
    public record TransitionRequest(@NotNull AlertStatus status, @Nullable String reason) {
    }

    /**
     * A batch scan of stored deals.
     *
     * @param from first deal date, inclusive
     * @param to   last deal date, inclusive
     */
    @Serdeable
    public record ScanRequest(@NotNull LocalDate from, @NotNull LocalDate to) {
    }

    /**
     * An alert a scan found.
     *
     * @param id       the stored alert
     * @param ruleId   the rule
     * @param severity its severity
     * @param subject  what it is about
     * @param created  true when this scan stored it, false when it was stored before
     */
    @Serdeable
    public record FoundAlert(String id, String ruleId, Severity severity, String subject, boolean created) {
    }

    /**
     * The result of a scan.
     *
     * @param rulesVersion the rules' version used
     * @param deals        the deals judged (in the rules' currency)
     * @param skipped      deals in other currencies, not judged
     * @param alerts       the alerts found, per-deal rules first, then period rules, patterns, concentration
     * @param warnings     cells too small to judge and similar notes
     */
    @Serdeable
    public record ScanResponse(int rulesVersion, int deals, int skipped, List<FoundAlert> alerts,
                               List<String> warnings) {
    }

    /**
     * A declared beneficial-owner link.
     *
     * @param partyA one party (a principal id, e.g. {@code apikey:...})
     * @param partyB another party
     */
    @Serdeable
    public record OwnerLinkRequest(@NotBlank @Size(max = 200) String partyA, @NotBlank @Size(max = 200) String partyB) {
    }

    /**
     * A stored owner link.
     *
     * @param id         the link
     * @param partyA     the smaller party id
     * @param partyB     the larger party id
     * @param declaredBy who declared it
     * @param declaredAt when
     */
    @Serdeable
    public record OwnerLinkResponse(String id, String partyA, String partyB, String declaredBy, Instant declaredAt) {
    }

    /**
     * An alert computed by a screen and not stored (the GET screens).
     *
     * @param ruleId      the rule
     * @param ruleVersion its version
     * @param severity    its severity
     * @param subject     what it is about
     * @param evidenceIds the evidence
     * @param figures     the deciding figures
     * @param explanation how it was decided
     */
    @Serdeable
    public record ScreenAlert(String ruleId, int ruleVersion, Severity severity, String subject,
                              List<String> evidenceIds, List<ExplanationResponse.QuantityResponse> figures,
                              ExplanationResponse explanation) {
    }

    /**
     * The manipulation patterns of a window of deals.
     *
     * @param from   first deal date
     * @param to     last deal date
     * @param deals  the deals searched
     * @param links  the owner links used
     * @param alerts self-dealing, wash / circular trading and round trips
     */
    @Serdeable
    public record PatternsResponse(LocalDate from, LocalDate to, int deals, int links, List<ScreenAlert> alerts) {
    }

    /**
     * The collusion screens of a window: bid rotation and cover bidding over the auctions closed with a sale,
     * identical offer sequences over the negotiations opened, parallel pricing over the fixed-price quotes (listings)
     * created in it. Each alert cites its rule's id and version; {@code rulesVersion} is the configuration they
     * belong to ({@code GET /v1/supervision/rules/history}).
     *
     * @param from         first date (UTC)
     * @param to           last date (UTC)
     * @param rulesVersion the version of the supervision rules whose pattern settings ran
     * @param auctions     the auctions screened
     * @param negotiations the negotiations screened
     * @param quotes       the fixed-price quotes screened
     * @param links        the owner links used (parties of one owner are not each other's competitors)
     * @param alerts       bid rotation, cover bidding, identical offers and parallel pricing, in that order
     */
    @Serdeable
    public record CollusionResponse(LocalDate from, LocalDate to, int rulesVersion, int auctions, int negotiations,
                                    int quotes, int links, List<ScreenAlert> alerts) {
    }

    /**
     * A party's share.
     *
     * @param party the party
     * @param value its deal value
     * @param share its share of the cell's value, 0..1
     */
    @Serdeable
    public record ShareJson(String party, MoneyJson value, double share) {
    }

    /**
     * The concentration of one category and month.
     *
     * @param category the category
     * @param month    the month (yyyy-MM)
     * @param side     SELLER or BUYER
     * @param deals    its deals
     * @param total    its deal value
     * @param hhi      Σ (100 s)², 0..10000
     * @param cr4      the four largest shares' sum
     * @param shares   the shares, largest first
     * @param entrants parties new against the previous month
     * @param exits    parties gone against the previous month
     */
    @Serdeable
    public record CellJson(String category, String month, String side, int deals, MoneyJson total, double hhi,
                           double cr4, List<ShareJson> shares, List<String> entrants, List<String> exits) {
    }

    /**
     * Concentration per category and month and the alerts of the thresholds.
     *
     * @param rulesVersion the rules' version used
     * @param cells        the cells, by category then month
     * @param alerts       HHI and dominance alerts
     */
    @Serdeable
    public record ConcentrationResponse(int rulesVersion, List<CellJson> cells, List<ScreenAlert> alerts) {
    }

    /**
     * A stored deal that breaks a market rule the workflows enforce.
     *
     * @param dealId the deal
     * @param kind   AFTER_DEADLINE or NOT_A_PARTY
     * @param detail what is wrong
     */
    @Serdeable
    public record Offender(String dealId, String kind, String detail) {
    }

    /**
     * The proof over stored deals that no deal was concluded after its deadline or by a non-party.
     *
     * @param deals     the deals checked
     * @param offenders the offending deals; empty (always present) when the proof holds
     */
    @Serdeable
    public record IntegrityResponse(int deals,
                                    @JsonInclude(JsonInclude.Include.ALWAYS) List<Offender> offenders) {
    }
}
