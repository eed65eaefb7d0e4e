package org.dataprice.api.index;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The JSON answers of the index endpoints. Index values are strings rounded half-up to the index's
 * published decimals (FRED style: {@code "."} for a missing value); percentage changes are computed
 * from unrounded values and given to two decimals.
 */
public final class IndexViews {
    private IndexViews() {
    }

    /**
     * The method settings of a release.
     *
     * @param method     method id
     * @param parameters canonical parameters
     */
    @Serdeable
    public record Settings(String method, Map<String, String> parameters) {
    }

    /**
     * One value of a release.
     *
     * @param series series id
     * @param period month
     * @param value  rounded value
     * @param status SDMX OBS_STATUS code
     */
    @Serdeable
    public record Value(String series, String period, String value, String status) {
    }

    /**
     * A computed release (vintage).
     *
     * @param indexId       index
     * @param vintage       vintage number
     * @param period        the period released
     * @param releaseAt     when it becomes public
     * @param realtimeStart its release date (FRED {@code realtime_start})
     * @param embargoed     whether it is still under embargo now
     * @param reason        why released
     * @param transactions  trades used
     * @param settings      the settings that produced the composite
     * @param computedAt    when computed
     * @param computedBy    who computed it
     * @param values        every value of the vintage
     * @param corrections   the ids of the trade corrections this release applied for the first time (their
     *                      effect shows as revisions of earlier months), oldest first; empty when none
     * @param explanation   the hedonic regression behind a {@code time-dummy-hedonic} release (null for other
     *                      methods, and while the values are hidden by the embargo)
     * @param revisions     the earlier figures this release revised: each names the series, the month and the
     *                      vintage that published the earlier value ({@code fromVintage}; the release
     *                      {@code GET /v1/indices/{id}/releases/{fromVintage}}), the value before and after and the
     *                      change in percent; in the calculator's order (composite first); empty when none, for a
     *                      release stored before revisions were, and while the values are hidden by the embargo
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Release(String indexId, int vintage, String period, Instant releaseAt, LocalDate realtimeStart,
                          boolean embargoed, String reason, int transactions, Settings settings, Instant computedAt,
                          String computedBy, List<Value> values, List<String> corrections,
                          @Nullable HedonicExplanation explanation, List<RevisionEntry> revisions) {
    }

    /**
     * The time-dummy hedonic regression of a release (CPI Manual 2020, ¶10.98–10.104): ln p_it = β_0 +
     * Σ δ_s D_s + Σ γ_k z_ik + ε_it over the product-months with a unit value up to the released period;
     * the index is exp(δ_t). Stored with the release, as computed.
     *
     * @param method                   {@code time-dummy-hedonic}
     * @param weighted                 expenditure-share weighted least squares (true) or ordinary (false)
     * @param characteristics          the characteristic columns used, in regression order
     * @param observations             n, the product-months in the regression
     * @param products                 products in the regression
     * @param periods                  months in the regression
     * @param parameters               k, the estimated coefficients (intercept, period dummies, characteristics)
     * @param residualDegreesOfFreedom n − k
     * @param rSquared                 the (weighted) R²
     * @param adjustedRSquared         R² adjusted for degrees of freedom
     * @param residualStandardError    sqrt(SSR / (n − k)); 0 when n = k
     * @param coefficients             every coefficient with its standard error: {@code intercept},
     *                                 {@code period:yyyy-MM}, then each characteristic (log points per unit)
     * @param warnings                 why the fit is unreliable (too few observations per parameter); empty when none
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @io.swagger.v3.oas.annotations.media.Schema(name = "HedonicExplanation", example = "{\"method\": "
            + "\"time-dummy-hedonic\", \"weighted\": false, \"characteristics\": [\"size_gb\", \"freshness_days\"], "
            + "\"observations\": 13, \"products\": 6, \"periods\": 3, \"parameters\": 5, "
            + "\"residualDegreesOfFreedom\": 8, \"rSquared\": 0.998, \"adjustedRSquared\": 0.997, "
            + "\"residualStandardError\": 0.03, \"coefficients\": [{\"name\": \"intercept\", \"estimate\": 3.4, "
            + "\"standardError\": 0.03}, {\"name\": \"period:2025-02\", \"estimate\": 0.03, \"standardError\": 0.02}, "
            + "{\"name\": \"size_gb\", \"estimate\": 0.04, \"standardError\": 0.001}], \"warnings\": []}")
    public record HedonicExplanation(String method, boolean weighted, List<String> characteristics, int observations,
                                     int products, int periods, int parameters, int residualDegreesOfFreedom,
                                     double rSquared, double adjustedRSquared, double residualStandardError,
                                     List<Coefficient> coefficients, List<String> warnings) {
    }

    /**
     * One regression coefficient.
     *
     * @param name          {@code intercept}, {@code period:yyyy-MM} or a characteristic column
     * @param estimate      the estimate
     * @param standardError its standard error from σ²(X'WX)⁻¹ (0 when n = k)
     */
    @Serdeable
    public record Coefficient(String name, double estimate, double standardError) {
    }

    /**
     * The latest released level of one series with its changes.
     *
     * @param series        series id
     * @param nameEn        English label
     * @param nameZh        Chinese label
     * @param period        latest month
     * @param value         rounded level
     * @param status        SDMX status
     * @param changePeriod  percent change on the previous month (null when not available)
     * @param changeYear    percent change on the same month a year before (null when not available)
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Level(String series, String nameEn, String nameZh, String period, String value, String status,
                        @Nullable String changePeriod, @Nullable String changeYear) {
    }

    /**
     * {@code GET /v1/indices/{id}/latest}.
     *
     * @param indexId       index
     * @param nameEn        English name
     * @param nameZh        Chinese name
     * @param base          base, e.g. {@code 2025-01=100}
     * @param vintage       the current vintage
     * @param releasedAt    when it was released
     * @param composite     the composite level
     * @param subIndices    the sub-index levels
     * @param nextRelease   the next scheduled release, or null
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Latest(String indexId, String nameEn, String nameZh, String base, int vintage, Instant releasedAt,
                         Level composite, List<Level> subIndices, @Nullable NextRelease nextRelease) {
    }

    /**
     * @param period    the period to be released
     * @param releaseAt when
     */
    @Serdeable
    public record NextRelease(String period, Instant releaseAt) {
    }

    /**
     * One FRED-style observation.
     *
     * @param realtimeStart first day this value was the published one
     * @param realtimeEnd   last day ({@code 9999-12-31} while current)
     * @param date          first day of the month
     * @param value         rounded value or {@code "."}
     * @param status        SDMX status, or null for a missing value
     * @param vintage       the vintage that published it, or null
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record FredObservation(@JsonProperty("realtime_start") LocalDate realtimeStart,
                                  @JsonProperty("realtime_end") LocalDate realtimeEnd, LocalDate date, String value,
                                  @Nullable String status, @Nullable Integer vintage) {
    }

    /**
     * FRED-like {@code series/observations} answer.
     *
     * @param realtimeStart    the real-time date asked for (today by default)
     * @param realtimeEnd      the same date
     * @param indexId          index
     * @param seriesId         series
     * @param units            e.g. {@code Index 2025-01=100}
     * @param observationStart first month
     * @param observationEnd   last month
     * @param count            number of observations
     * @param observations     the observations
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record FredSeries(@JsonProperty("realtime_start") LocalDate realtimeStart,
                             @JsonProperty("realtime_end") LocalDate realtimeEnd,
                             @JsonProperty("index_id") String indexId, @JsonProperty("series_id") String seriesId,
                             String units, @JsonProperty("observation_start") @Nullable LocalDate observationStart,
                             @JsonProperty("observation_end") @Nullable LocalDate observationEnd, int count,
                             List<FredObservation> observations) {
    }

    /**
     * One revised value.
     *
     * @param series        series id
     * @param period        month
     * @param previousValue value before, rounded
     * @param newValue      value after, rounded
     * @param percent       revision in percent, two decimals
     * @param fromVintage   earlier vintage
     * @param toVintage     revising vintage
     * @param date          date of the revising release
     * @param reason        its reason
     * @param corrections   the trade corrections the revising release applied for the first time (a cause of the
     *                      revision besides late trades), oldest first; empty when none
     */
    @Serdeable
    public record RevisionEntry(String series, String period, String previousValue, String newValue, String percent,
                                int fromVintage, int toVintage, LocalDate date, String reason, List<String> corrections) {
        /**
         * @param series      the series id
         * @param revision    the revision (vintages as the release numbers them)
         * @param decimals    the index's published decimals
         * @param corrections the corrections the revising release applied first
         * @return the entry, values rounded half-up to {@code decimals}
         */
        static RevisionEntry of(String series, org.dataprice.index.series.Revision revision, int decimals,
                                List<String> corrections) {
            return new RevisionEntry(series, revision.period().toString(), IndexReadService.format(revision.previousValue(),
                    decimals), IndexReadService.format(revision.newValue(), decimals),
                    IndexReadService.percent(java.util.OptionalDouble.of(revision.percent())), revision.fromVintage(),
                    revision.toVintage(), revision.date(), revision.reason(), corrections);
        }
    }

    /**
     * The methodology of an index.
     *
     * @param indexId     index
     * @param nameEn      English name
     * @param nameZh      Chinese name
     * @param version     methodology version
     * @param text        methodology text
     * @param definition  the full definition
     */
    @Serdeable
    public record Methodology(String indexId, String nameEn, String nameZh, String version, String text,
                              IndexDefinitionRequest definition) {
    }

    /**
     * One pre-release access.
     *
     * @param vintage    the embargoed vintage
     * @param principal  who
     * @param accessedAt when
     * @param action     compute or preview
     * @param path       request path
     */
    @Serdeable
    public record Audit(int vintage, String principal, Instant accessedAt, String action, String path) {
    }
}
