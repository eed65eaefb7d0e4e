package org.dataprice.pledge;

import org.dataprice.error.Require;
import org.dataprice.error.Rule;
import org.dataprice.money.Money;

/**
 * A lender's configuration for data-asset pledge loans (数据资产质押融资). <b>No regulator sets a
 * loan-to-value for data</b> (domain notes §5, §7 item 4): every figure here is configuration, and
 * {@link #DEFAULT} holds the observed or benchmark values below, labelled with their sources.
 *
 * <table>
 *   <caption>Defaults and where they come from</caption>
 *   <tr><th>parameter</th><th>default</th><th>source</th></tr>
 *   <tr><td>incomeBaseLtv</td><td>0.50</td><td>observed: 山东港通 500万 on an appraisal of 1001.94万 (49.9 %),
 *       日照银行烟台分行 2025; 泗洪城投 500万 on 896.8万 (55.75 %), 中国银行泗洪支行 2025</td></tr>
 *   <tr><td>costBaseLtv</td><td>0.25</td><td>benchmark: 交通银行 IP pledge caps (invention patent ≤ 25 %)</td></tr>
 *   <tr><td>maxLtv</td><td>0.60</td><td>benchmark: IP pledge market practice 10–60 %</td></tr>
 *   <tr><td>noRegistrationFactor</td><td>0.80</td><td>proposal (no observed figure); banks register pledges to
 *       prevent double pledging</td></tr>
 *   <tr><td>weakQualityThreshold / Factor</td><td>60 / 0.80</td><td>proposal</td></tr>
 *   <tr><td>concentrationThreshold / Factor</td><td>0.50 / 0.85</td><td>proposal (53.63 % of 2024 data financing went to
 *       城投 platforms: concentration is the market's main exposure)</td></tr>
 *   <tr><td>maxTermMonths</td><td>12</td><td>observed: credit terms mostly ≤ 1 year (end-2024 market data)</td></tr>
 *   <tr><td>ticketCap</td><td>10,000,000 CNY</td><td>observed: single loans mostly below 1000万</td></tr>
 * </table>
 *
 * @param incomeBaseLtv          base LTV for {@link CollateralClass#INCOME_WITH_CONTRACT_REVENUE}, in (0, maxLtv]
 * @param costBaseLtv            base LTV for {@link CollateralClass#COST_APPROACH_ONLY}, in (0, maxLtv]
 * @param maxLtv                 the ceiling on any base LTV, in (0, 1]
 * @param noRegistrationFactor   haircut factor when the asset has no exchange registration or 登记证书, in (0, 1]
 * @param weakQualityThreshold   quality score (0–100) below which quality is weak
 * @param weakQualityFactor      haircut factor for weak quality, in (0, 1]
 * @param concentrationThreshold largest single customer's share of the asset's revenue above which the
 *                               concentration haircut applies, in [0, 1]
 * @param concentrationFactor    haircut factor for concentration, in (0, 1]
 * @param maxTermMonths          the longest loan term, 1 to 600 months; longer requests are cut to it
 * @param ticketCap              the largest single loan, &gt; 0; not null
 */
public record PledgePolicy(double incomeBaseLtv, double costBaseLtv, double maxLtv, double noRegistrationFactor,
        double weakQualityThreshold, double weakQualityFactor, double concentrationThreshold,
        double concentrationFactor, int maxTermMonths, Money ticketCap) {
    /** The observed and benchmark defaults of domain notes §5 (see the table above). */
    public static final PledgePolicy DEFAULT = new PledgePolicy(0.50, 0.25, 0.60, 0.80, 60, 0.80, 0.50, 0.85, 12,
            Money.cny("10000000.00"));

    /** Validates. */
    public PledgePolicy {
        factor(maxLtv, "maxLtv");
        Require.positive(incomeBaseLtv, "incomeBaseLtv");
        Require.atMost(incomeBaseLtv, maxLtv, "incomeBaseLtv");
        Require.positive(costBaseLtv, "costBaseLtv");
        Require.atMost(costBaseLtv, maxLtv, "costBaseLtv");
        factor(noRegistrationFactor, "noRegistrationFactor");
        Require.inClosedRange(weakQualityThreshold, 0, 100, "weakQualityThreshold");
        factor(weakQualityFactor, "weakQualityFactor");
        Require.probability(concentrationThreshold, "concentrationThreshold");
        factor(concentrationFactor, "concentrationFactor");
        Require.atLeast(maxTermMonths, 1, "maxTermMonths");
        Require.withinLimit(maxTermMonths, 600, "maxTermMonths", "");
        Require.notNull(ticketCap, "ticketCap");
        Require.that(ticketCap.signum() > 0, "ticketCap", ticketCap, Rule.GREATER_THAN, 0);
    }

    /**
     * @param collateral the collateral class; not null
     * @return its base LTV
     */
    public double baseLtv(CollateralClass collateral) {
        return Require.notNull(collateral, "collateral") == CollateralClass.INCOME_WITH_CONTRACT_REVENUE
                ? incomeBaseLtv : costBaseLtv;
    }

    private static void factor(double value, String field) {
        Require.positive(value, field);
        Require.atMost(value, 1, field);
    }
}
