package org.dataprice.api.split.settlement;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.dataprice.split.payout.LossPolicy;

import java.time.LocalDate;
import java.util.List;

/**
 * Body of {@code POST /v1/settlements}: a distributable pool per period and its rules, settled into
 * exact payments per party (收益分配). Amounts are decimal strings in {@code currency} (e.g.
 * {@code "10000.00"}); shares, rates and weights are decimal strings too, so nothing passes through
 * binary floating point. One period is a plain settlement; several are a schedule in which a loss
 * carried forward is offset against the next pools.
 *
 * @param currency the ISO 4217 currency of every amount, e.g. {@code CNY}
 * @param parties  every party named in the terms, with the principals allowed to read its statement
 * @param periods  the periods in order, at least one
 * @param registrationId optional: the registration whose revenue is settled (issue 16); 422 {@code unknown} on
 *                 {@code registrationId} when the registry does not know it
 */
@Serdeable
public record SettlementRequest(@NotNull @Pattern(regexp = "[A-Z]{3}") String currency,
                                @NotEmpty List<@Valid @NotNull Party> parties,
                                @NotEmpty List<@Valid @NotNull PeriodTerms> periods,
                                @Nullable @Size(max = 64) String registrationId) {
    /** A decimal number: optional sign, digits, optional fraction. */
    public static final String DECIMAL = "-?[0-9]{1,20}(\\.[0-9]{1,12})?";

    /**
     * A party and who may read its statement.
     *
     * @param id         the party's name as used in the terms, 1 to 200 characters
     * @param principals principal names allowed to read its statement: {@code apikey:<key id>} for an API
     *                   key, {@code jwt:<sub>} for a JWT; may be empty (then only ADMIN and SETTLEMENT read it)
     */
    @Serdeable
    public record Party(@NotBlank @Size(max = 200) String id,
                        @NotNull @Size(max = 100) @JsonInclude(JsonInclude.Include.ALWAYS)
                        List<@NotBlank @Size(max = 200) String> principals) {
    }

    /**
     * One period.
     *
     * @param label the period, e.g. {@code 2025-Q1}, 1 to 100 characters
     * @param pool  its distributable pool (negative for a loss); or
     * @param deals the deals whose revenue is the pool (exactly one of {@code pool} and {@code deals})
     * @param terms its rules
     */
    @Serdeable
    public record PeriodTerms(@NotBlank @Size(max = 100) String label,
                              @Nullable @Pattern(regexp = DECIMAL) String pool,
                              @Nullable @Valid DealSource deals,
                              @NotNull @Valid Terms terms) {
        /**
         * The form without {@code deals}: a pool typed in.
         *
         * @param label the period
         * @param pool  its pool
         * @param terms its rules
         */
        public PeriodTerms(String label, String pool, Terms terms) {
            this(label, pool, null, terms);
        }
    }

    /**
     * A period's pool drawn from recorded deals: Σ of the total prices of the product's deals (of one listing
     * when {@code listingId} is given) dated {@code from} to {@code to}, inclusive. The deals' ids are kept with
     * the settlement and named in the period's explanation.
     *
     * @param productId the product
     * @param listingId one listing of it, or null for all
     * @param from      first deal date (UTC), inclusive
     * @param to        last deal date (UTC), inclusive
     */
    @Serdeable
    @Schema(name = "SettlementDealSource")
    public record DealSource(@NotBlank @Size(max = 200) String productId,
                             @Nullable @Size(min = 1, max = 64) String listingId,
                             @NotNull LocalDate from,
                             @NotNull LocalDate to) {
    }

    /**
     * The rules of a period: earmarks first, then fixed claims, then dividends.
     *
     * @param earmarks       shares of the pool taken first (Σ ≤ 1)
     * @param commissions    commissions, flat ({@code rate}) or tiered ({@code tiers})
     * @param perUseFees     unit fee × calls
     * @param annualPayments per year × years
     * @param dividend       how the rest is divided; required
     * @param limits         floors and caps on dividends
     * @param lossPolicy     SHARE (default) or CARRY_FORWARD
     */
    @Serdeable
    public record Terms(@Nullable List<@Valid @NotNull EarmarkTerm> earmarks,
                        @Nullable List<@Valid @NotNull CommissionTerm> commissions,
                        @Nullable List<@Valid @NotNull PerUseTerm> perUseFees,
                        @Nullable List<@Valid @NotNull AnnualTerm> annualPayments,
                        @NotNull @Valid DividendTerm dividend,
                        @Nullable List<@Valid @NotNull LimitTerm> limits,
                        @Nullable LossPolicy lossPolicy) {
    }

    /**
     * @param recipient the party receiving it
     * @param share     the fraction of the pool, in (0, 1]
     */
    @Serdeable
    public record EarmarkTerm(@NotBlank String recipient, @NotNull @Pattern(regexp = DECIMAL) String share) {
    }

    /**
     * @param party            the party earning it
     * @param transactionValue the transaction value V
     * @param rate             a flat rate in [0, 1]; or
     * @param tiers            marginal bands, the first from 0
     */
    @Serdeable
    public record CommissionTerm(@NotBlank String party, @NotNull @Pattern(regexp = DECIMAL) String transactionValue,
                                 @Nullable @Pattern(regexp = DECIMAL) String rate,
                                 @Nullable List<@Valid @NotNull Tier> tiers) {
    }

    /**
     * @param from the lower edge of the band
     * @param rate the marginal rate in the band
     */
    @Serdeable
    public record Tier(@NotNull @Pattern(regexp = DECIMAL) String from, @NotNull @Pattern(regexp = DECIMAL) String rate) {
    }

    /**
     * @param party           the party paid per use
     * @param unitFee         the fee per call (may have more decimals than the currency, e.g. {@code 0.005})
     * @param calls           the number of calls ≥ 0
     * @param authorisationId optional (issue 16): the data authorisation this payment pays for — recorded, IN_FORCE
     *                        when the settlement is recorded, and granted by the party paid ({@code party} or one of its
     *                        principals), else 422 on this field; listed by {@code GET /v1/authorisations/{id}/citations}
     */
    @Serdeable
    public record PerUseTerm(@NotBlank String party, @NotNull @Pattern(regexp = DECIMAL) String unitFee,
                             @NotNull @PositiveOrZero Long calls, @Nullable @Size(min = 1, max = 64) String authorisationId) {
        /**
         * A payment citing no authorisation.
         *
         * @param party   the party
         * @param unitFee the fee per call
         * @param calls   the calls
         */
        public PerUseTerm(String party, String unitFee, Long calls) {
            this(party, unitFee, calls, null);
        }
    }

    /**
     * @param party           the party
     * @param perYear         the amount per year
     * @param years           the period's length in years, e.g. {@code 0.25}
     * @param authorisationId optional (issue 16): the data authorisation this payment pays for, as for
     *                        {@link PerUseTerm#authorisationId}
     */
    @Serdeable
    public record AnnualTerm(@NotBlank String party, @NotNull @Pattern(regexp = DECIMAL) String perYear,
                             @NotNull @Pattern(regexp = DECIMAL) String years,
                             @Nullable @Size(min = 1, max = 64) String authorisationId) {
        /**
         * A payment citing no authorisation.
         *
         * @param party   the party
         * @param perYear the amount per year
         * @param years   the years
         */
        public AnnualTerm(String party, String perYear, String years) {
            this(party, perYear, years, null);
        }
    }

    /**
     * @param basis         VALUE (contribution values, e.g. Shapley), EQUITY or RIGHTS
     * @param weights       VALUE, EQUITY: each party's weight
     * @param rightsWeights RIGHTS: the weights of the three rights
     * @param holdings      RIGHTS: each party's shares of the three rights
     */
    @Serdeable
    public record DividendTerm(@NotNull Basis basis,
                               @Nullable List<@Valid @NotNull Weight> weights,
                               @Nullable @Valid Rights rightsWeights,
                               @Nullable List<@Valid @NotNull Holding> holdings) {
    }

    /** What the dividend weights are. */
    @Serdeable
    public enum Basis {
        /** Contribution values (Shapley, Banzhaf, data values), ≥ 0. */
        VALUE,
        /** Equity stakes. */
        EQUITY,
        /** The three rights (持有 / 加工 / 经营). */
        RIGHTS
    }

    /**
     * @param party  the party
     * @param weight its weight ≥ 0
     */
    @Serdeable
    public record Weight(@NotBlank String party, @NotNull @Pattern(regexp = DECIMAL) String weight) {
    }

    /**
     * @param holding    the weight of the holding right (持有权)
     * @param processing the weight of the processing right (加工使用权)
     * @param operating  the weight of the operating right (经营权)
     */
    @Serdeable
    public record Rights(@NotNull @Pattern(regexp = DECIMAL) String holding,
                         @NotNull @Pattern(regexp = DECIMAL) String processing,
                         @NotNull @Pattern(regexp = DECIMAL) String operating) {
    }

    /**
     * @param party      the party
     * @param holding    its share of the holding right
     * @param processing its share of the processing right
     * @param operating  its share of the operating right
     */
    @Serdeable
    public record Holding(@NotBlank String party, @NotNull @Pattern(regexp = DECIMAL) String holding,
                          @NotNull @Pattern(regexp = DECIMAL) String processing,
                          @NotNull @Pattern(regexp = DECIMAL) String operating) {
    }

    /**
     * @param party the party (of the dividend basis)
     * @param floor the least dividend; default 0
     * @param cap   the largest dividend; none when absent
     */
    @Serdeable
    public record LimitTerm(@NotBlank String party, @Nullable @Pattern(regexp = DECIMAL) String floor,
                            @Nullable @Pattern(regexp = DECIMAL) String cap) {
    }
}
