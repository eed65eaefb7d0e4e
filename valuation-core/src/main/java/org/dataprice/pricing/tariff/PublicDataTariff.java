package org.dataprice.pricing.tariff;

import java.math.BigDecimal;
import java.util.Map;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;
import org.dataprice.explain.Explanation;
import org.dataprice.explain.Quantity;
import org.dataprice.explain.Step;
import org.dataprice.money.Money;
import org.dataprice.pricing.listing.DataUse;

/**
 * The public-data operation service fee (公共数据运营服务费) of one product (domain-notes §3):
 * <pre>
 *   Fee(q, use) = 0                            if use ∈ {公共治理, 公益事业}
 *               = tiered fee(q) × (1 − d_s)    otherwise, d_s the discount of supported scenario s (0 if none)
 * </pre>
 * A scenario name that is not one of the tariff's supported scenarios is an error
 * ({@link Rule#UNKNOWN}, listing the supported names), never a silent "no discount": a misspelt
 * scenario would otherwise bill the full fee.
 * The tiered fee is computed exactly ({@link TieredFeeSchedule#exactFee}); the discounted fee is rounded
 * half-even to the minor unit. {@code trial} marks a trial tariff (试行收费标准) for the disclosure; it does
 * not change the arithmetic.
 *
 * @param productId the product; not blank
 * @param schedule  the tiered unit prices (each band price must respect the product's cap); not null
 * @param discounts discount d ∈ [0, 1] per supported scenario name; copied
 * @param trial     true for a trial tariff
 */
public record PublicDataTariff(String productId, TieredFeeSchedule schedule, Map<String, Double> discounts,
        boolean trial) {
    /** Validates. */
    public PublicDataTariff {
        Require.notBlank(productId, "productId");
        Require.notNull(schedule, "schedule");
        Require.notNull(discounts, "discounts");
        for (Map.Entry<String, Double> entry : discounts.entrySet()) {
            String name = Require.notBlank(entry.getKey(), "discounts.key");
            Require.probability(Require.notNull(entry.getValue(), "discounts." + name), "discounts." + name);
        }
        discounts = Map.copyOf(discounts);
    }

    /**
     * Checks every band price against the product's cap.
     *
     * @param cap the product's cap; not null
     * @return this tariff
     */
    public PublicDataTariff checkedAgainst(PriceCap cap) {
        Require.notNull(cap, "cap");
        for (Tier t : schedule.tiers()) {
            PriceCaps.DEFAULT.checkActualPrice(cap, Money.of(t.unitPrice(), schedule.currency(),
                    Math.max(t.unitPrice().scale(), Money.minorUnits(schedule.currency())), java.math.RoundingMode.UNNECESSARY));
        }
        return this;
    }

    /**
     * @param volume   the volume used in the period, &ge; 0
     * @param use      the use; not null
     * @param scenario the supported-scenario name for a discount, or empty for none; not null
     * @return the fee
     * @throws org.dataprice.error.InvalidInputException {@link Rule#UNKNOWN} on field {@code scenario} when the
     *         name is not empty and not a supported scenario (checked for free uses too)
     */
    public FeeResult fee(long volume, DataUse use, String scenario) {
        Require.notNull(use, "use");
        Require.notNull(scenario, "scenario");
        Require.that(scenario.isEmpty() || discounts.containsKey(scenario), "scenario", scenario, Rule.UNKNOWN,
                supported());
        boolean free = use.isFreeForPublicData();
        Money zero = Money.zero(schedule.currency());
        Money tiered = free ? zero : schedule.exactFee(volume);
        double d = free || scenario.isEmpty() ? 0 : discounts.get(scenario);
        Money fee = tiered.times(BigDecimal.ONE.subtract(BigDecimal.valueOf(d)), Money.SETTLEMENT_ROUNDING);
        Explanation explanation = Explanation.builder("pricing.tariff.publicDataFee")
                .input("productId", productId).input("volume", volume).input("use", use.name())
                .input("scenario", scenario).input("trial", trial ? "trial tariff" : "standard tariff")
                .step(Step.builder(TariffSteps.TIERED_FEE).formula("Σ_k price_k × max(0, min(q, upper_k) − lower_k)")
                        .result(Quantity.of("tieredFee", tiered)).source("Fujian 公共数据运营服务费收费标准(试行)").build())
                .step(Step.builder(TariffSteps.FEE).formula(free ? "0 (公共治理/公益 free)" : "tiered × (1 − d)")
                        .input("discount", d, "").result(Quantity.of("fee", fee))
                        .source("发改价格〔2025〕65号 item 1").build())
                .build();
        return new FeeResult(tiered, d, fee, free, explanation);
    }

    /** @return the supported scenario names, sorted, for an error message ("none" when there are none) */
    private String supported() {
        return discounts.isEmpty() ? "[] (this tariff has no discounted scenarios; omit scenario)"
                : new java.util.TreeSet<>(discounts.keySet()) + " (or omit scenario)";
    }
}
