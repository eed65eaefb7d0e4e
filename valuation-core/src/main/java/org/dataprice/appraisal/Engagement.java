package org.dataprice.appraisal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;
import org.dataprice.quality.QualityInputs;
import org.dataprice.quality.QualityScore;
import org.dataprice.quality.QualityScoring;
import org.dataprice.valuation.cost.ValueAdjustment;
import org.dataprice.valuation.cost.CostInputs;
import org.dataprice.valuation.income.IncomeInputs;
import org.dataprice.valuation.market.DataRight;
import org.dataprice.valuation.market.MarketInputs;

/**
 * An appraisal engagement (资产评估业务): what is valued, for whom and why, on which basis and date,
 * under which assumptions, by which approaches with which inputs, and how the approaches are weighed.
 * Build with {@link #builder()}; a cost approach whose U is the engagement's own quality score takes its
 * adjustment from {@link Builder#qualityAdjustment()}. The named drivers that move an engagement for sensitivity and
 * Monte Carlo are {@link org.dataprice.appraisal.driver.EngagementDrivers}.
 *
 * <p>Cross-field rules: at least one approach; exactly one {@link ApproachWeight} per approach used
 * and none for an approach not used; weights sum to 1 (within 1e-9); every approach in the
 * engagement's currency; the market subject's right and valuation date equal the engagement's.
 *
 * <p>Parties (optional, added after the first release): the client (委托人) and the appraisers who sign the report
 * ({@link Signatory}, at most {@link Signatory#MAX_PER_ENGAGEMENT}, distinct registration numbers). An engagement
 * without them is the engagement as before: {@link Appraisal} hashes them only when present, so its input hash
 * does not change.
 *
 * @param reference          the engagement reference (评估报告编号); not blank
 * @param asset              the data asset's description; not null
 * @param right              the data right valued; not null
 * @param purpose            评估目的, e.g. "pledge financing (质押融资)"; not blank
 * @param basisOfValue       价值类型, e.g. "market value (市场价值)"; not blank
 * @param valuationDate      评估基准日; not null
 * @param appraiser          the appraiser and firm; not blank
 * @param assumptions        评估假设; copied
 * @param limitingConditions 限制条件 / 特别事项; copied
 * @param quality            the quality criteria to score, or null when no quality section
 * @param cost               the cost-approach inputs, or null when not used
 * @param income             the income-approach inputs, or null when not used
 * @param market             the market-approach inputs, or null when not used
 * @param weights            the approaches' weights and reasons; copied
 * @param currency           the currency of the conclusion; not null
 * @param client             委托人, the client's name, or null when not given; not blank, at most {@link #MAX_CLIENT}
 *                           characters
 * @param signatories        the signing appraisers (签字资产评估师), 0 to {@link Signatory#MAX_PER_ENGAGEMENT}, distinct
 *                           registration numbers; null reads as none; copied
 */
public record Engagement(String reference, DataAssetDescription asset, DataRight right, String purpose, String basisOfValue,
        LocalDate valuationDate, String appraiser, List<String> assumptions, List<String> limitingConditions, QualityInputs quality,
        CostInputs cost, IncomeInputs income, MarketInputs market, List<ApproachWeight> weights, Currency currency,
        String client, List<Signatory> signatories) {
    /** The longest client name accepted. */
    public static final int MAX_CLIENT = 500;

    /** Validates. */
    public Engagement {
        Require.notBlank(reference, "reference");
        Require.notNull(asset, "asset");
        Require.notNull(right, "right");
        Require.notBlank(purpose, "purpose");
        Require.notBlank(basisOfValue, "basisOfValue");
        Require.notNull(valuationDate, "valuationDate");
        Require.notBlank(appraiser, "appraiser");
        assumptions = Require.copyOf(assumptions, "assumptions");
        limitingConditions = Require.copyOf(limitingConditions, "limitingConditions");
        weights = Require.copyOf(weights, "weights");
        Require.notNull(currency, "currency");
        if (client != null) {
            Require.notBlank(client, "client");
            Require.that(client.length() <= MAX_CLIENT, "client", client.length() + " characters", Rule.AT_MOST,
                    MAX_CLIENT + " characters");
        }
        signatories = signatories == null ? List.of() : Require.copyOf(signatories, "signatories");
        Require.that(signatories.size() <= Signatory.MAX_PER_ENGAGEMENT, "signatories", signatories.size(), Rule.AT_MOST,
                Signatory.MAX_PER_ENGAGEMENT);
        Set<String> registrations = new HashSet<>();
        for (int i = 0; i < signatories.size(); i++) {
            String number = signatories.get(i).registrationNumber();
            Require.that(registrations.add(number), "signatories[" + i + "].registrationNumber", number, Rule.DUPLICATE, number);
        }
        Set<Approach> used = EnumSet.noneOf(Approach.class);
        if (cost != null) {
            used.add(Approach.COST);
            Require.that(cost.currency().equals(currency), "cost", cost.currency(), Rule.CURRENCY_MISMATCH, currency.getCurrencyCode());
        }
        if (income != null) {
            used.add(Approach.INCOME);
            Require.that(income.currency().equals(currency), "income", income.currency(), Rule.CURRENCY_MISMATCH, currency.getCurrencyCode());
        }
        if (market != null) {
            used.add(Approach.MARKET);
            Require.that(market.currency().equals(currency), "market", market.currency(), Rule.CURRENCY_MISMATCH, currency.getCurrencyCode());
            Require.that(market.subject().right() == right, "market.subject.right", market.subject().right(), Rule.INVALID_STATE,
                    "the market subject must value the engagement's right " + right);
            Require.that(market.subject().valuationDate().equals(valuationDate), "market.subject.valuationDate",
                    market.subject().valuationDate(), Rule.INVALID_STATE, "must equal the engagement's valuation date " + valuationDate);
        }
        Require.that(!used.isEmpty(), "approaches", "none", Rule.EMPTY);
        Set<Approach> weighted = EnumSet.noneOf(Approach.class);
        double sum = 0;
        for (int i = 0; i < weights.size(); i++) {
            Approach a = weights.get(i).approach();
            Require.that(used.contains(a), "weights[" + i + "].approach", a, Rule.UNKNOWN, "the approaches used " + used);
            Require.that(weighted.add(a), "weights[" + i + "].approach", a, Rule.DUPLICATE, a);
            sum += weights.get(i).weight();
        }
        Require.that(weighted.equals(used), "weights", weighted, Rule.SIZE_MISMATCH, "one weight per approach used " + used);
        Require.that(Math.abs(sum - 1) <= 1e-9, "weights", sum, Rule.SUM_MISMATCH, 1);
    }

    /**
     * The engagement without parties, as before {@code client} and {@code signatories} were added: same as the
     * canonical constructor with {@code client = null} and no signatories.
     *
     * @param reference          see the record
     * @param asset              see the record
     * @param right              see the record
     * @param purpose            see the record
     * @param basisOfValue       see the record
     * @param valuationDate      see the record
     * @param appraiser          see the record
     * @param assumptions        see the record
     * @param limitingConditions see the record
     * @param quality            see the record
     * @param cost               see the record
     * @param income             see the record
     * @param market             see the record
     * @param weights            see the record
     * @param currency           see the record
     */
    public Engagement(String reference, DataAssetDescription asset, DataRight right, String purpose, String basisOfValue,
            LocalDate valuationDate, String appraiser, List<String> assumptions, List<String> limitingConditions,
            QualityInputs quality, CostInputs cost, IncomeInputs income, MarketInputs market, List<ApproachWeight> weights,
            Currency currency) {
        this(reference, asset, right, purpose, basisOfValue, valuationDate, appraiser, assumptions, limitingConditions, quality,
                cost, income, market, weights, currency, null, List.of());
    }

    /** @return the approaches used, in {@link Approach} order */
    public List<Approach> approaches() {
        List<Approach> out = new ArrayList<>();
        for (Approach a : Approach.values()) {
            if (uses(a)) {
                out.add(a);
            }
        }
        return out;
    }

    /**
     * @param approach an approach; not null
     * @return true when the engagement has inputs for it
     */
    public boolean uses(Approach approach) {
        return switch (Require.notNull(approach, "approach")) {
            case COST -> cost != null;
            case INCOME -> income != null;
            case MARKET -> market != null;
        };
    }

    /** @return a builder with CNY as currency and empty lists */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link Engagement}; validation happens in {@link #build()}. Not thread-safe. */
    public static final class Builder {
        private String reference;
        private DataAssetDescription asset;
        private DataRight right;
        private String purpose;
        private String basisOfValue;
        private LocalDate valuationDate;
        private String appraiser;
        private final List<String> assumptions = new ArrayList<>();
        private final List<String> limitingConditions = new ArrayList<>();
        private QualityInputs quality;
        private QualityScore scored;
        private CostInputs cost;
        private IncomeInputs income;
        private MarketInputs market;
        private final List<ApproachWeight> weights = new ArrayList<>();
        private Currency currency = org.dataprice.money.Money.CNY;
        private String client;
        private final List<Signatory> signatories = new ArrayList<>();

        private Builder() {
        }

        /**
         * @param v the reference
         * @return this
         */
        public Builder reference(String v) {
            reference = v;
            return this;
        }

        /**
         * @param v the asset
         * @return this
         */
        public Builder asset(DataAssetDescription v) {
            asset = v;
            return this;
        }

        /**
         * @param v the right valued
         * @return this
         */
        public Builder right(DataRight v) {
            right = v;
            return this;
        }

        /**
         * @param v the purpose
         * @return this
         */
        public Builder purpose(String v) {
            purpose = v;
            return this;
        }

        /**
         * @param v the basis of value
         * @return this
         */
        public Builder basisOfValue(String v) {
            basisOfValue = v;
            return this;
        }

        /**
         * @param v the valuation date
         * @return this
         */
        public Builder valuationDate(LocalDate v) {
            valuationDate = v;
            return this;
        }

        /**
         * @param v the appraiser
         * @return this
         */
        public Builder appraiser(String v) {
            appraiser = v;
            return this;
        }

        /**
         * @param v the client (委托人), or null when not named
         * @return this
         */
        public Builder client(String v) {
            client = v;
            return this;
        }

        /**
         * @param v a signing appraiser, in signing order
         * @return this
         */
        public Builder signatory(Signatory v) {
            signatories.add(v);
            return this;
        }

        /**
         * @param v an assumption
         * @return this
         */
        public Builder assumption(String v) {
            assumptions.add(v);
            return this;
        }

        /**
         * @param v a limiting condition
         * @return this
         */
        public Builder limitingCondition(String v) {
            limitingConditions.add(v);
            return this;
        }

        /**
         * @param v the quality criteria
         * @return this
         */
        public Builder quality(QualityInputs v) {
            quality = v;
            scored = null;
            return this;
        }

        /**
         * The rule "engagement quality sets the cost factor U" (CAS 2023 art. 24(三), U = Q): the value adjustment of
         * the cost approach from the composite score Q = Σ w_k s_k ({@link QualityScoring}) of the criteria given to
         * {@link #quality(QualityInputs)}, scored once per engagement and kept in the adjustment
         * ({@link ValueAdjustment.Scored}), so {@link Appraisal#run} reports that same score without scoring again.
         * Call after {@link #quality(QualityInputs)}; pass the result to the {@link CostInputs} given to
         * {@link #cost(CostInputs, double, String)}.
         *
         * @return U = Q of the engagement's quality
         * @throws org.dataprice.error.InvalidInputException field {@code qualityScore}, rule {@code not_null}, when no
         *         quality criteria were given; field {@code qualityScore}, rule {@code greater_than}, when Q = 0
         */
        public ValueAdjustment qualityAdjustment() {
            Require.notNull(quality, "qualityScore");
            if (scored == null) {
                scored = QualityScoring.DEFAULT.score(quality);
            }
            return ValueAdjustment.fromQuality(scored);
        }

        /**
         * @param v the cost inputs
         * @param weight its weight
         * @param reason why
         * @return this
         */
        public Builder cost(CostInputs v, double weight, String reason) {
            cost = v;
            weights.add(new ApproachWeight(Approach.COST, weight, reason));
            return this;
        }

        /**
         * @param v the income inputs
         * @param weight its weight
         * @param reason why
         * @return this
         */
        public Builder income(IncomeInputs v, double weight, String reason) {
            income = v;
            weights.add(new ApproachWeight(Approach.INCOME, weight, reason));
            return this;
        }

        /**
         * @param v the market inputs
         * @param weight its weight
         * @param reason why
         * @return this
         */
        public Builder market(MarketInputs v, double weight, String reason) {
            market = v;
            weights.add(new ApproachWeight(Approach.MARKET, weight, reason));
            return this;
        }

        /**
         * @param v the currency
         * @return this
         */
        public Builder currency(Currency v) {
            currency = v;
            return this;
        }

        /** @return the validated engagement */
        public Engagement build() {
            return new Engagement(reference, asset, right, purpose, basisOfValue, valuationDate, appraiser, assumptions,
                    limitingConditions, quality, cost, income, market, weights, currency, client, signatories);
        }
    }
}
