package org.dataprice.pricing.tariff;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dataprice.error.InvalidInputException;
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
     * A tariff from the bands and scenario discounts of a request, naming each entry by its position: the
     * discounts are checked first (a scenario named twice: {@link Rule#DUPLICATE} on {@code discounts[i].scenario};
     * d outside [0, 1]: on {@code discounts[i].discount}), then the bands ({@link TieredFeeSchedule#of}).
     *
     * @param productId the product; not blank
     * @param currency  the tariff's currency; not null
     * @param tiers     the bands, in order; not empty
     * @param discounts (scenario, d) in order; not null
     * @param trial     true for a trial tariff
     * @return the tariff
     */
    public static PublicDataTariff of(String productId, Currency currency, List<Tier> tiers,
            List<Map.Entry<String, Double>> discounts, boolean trial) {
        Map<String, Double> byScenario = new LinkedHashMap<>();
        for (int i = 0; i < Require.notNull(discounts, "discounts").size(); i++) {
            Map.Entry<String, Double> d = discounts.get(i);
            Require.that(byScenario.put(d.getKey(), d.getValue()) == null, "discounts[" + i + "].scenario",
                    d.getKey(), Rule.DUPLICATE, "scenario");
            Require.probability(d.getValue(), "discounts[" + i + "].discount");
        }
        return new PublicDataTariff(productId, TieredFeeSchedule.of(currency, tiers), byScenario, trial);
    }

    /**
     * Checks every band price against the product's cap (actual price ≤ cap, 发改价格〔2025〕65号 item 1;
     * {@link PriceCaps#checkActualPrice}).
     *
     * @param cap the product's cap; not null
     * @return this tariff
     * @throws org.dataprice.error.InvalidInputException {@link Rule#CURRENCY_MISMATCH} on {@code cap} when the cap
     *         is in another currency; the broken rule on {@code tiers[i].unitPrice} (bound: the cap) for the first band
     *         priced above it
     */
    public PublicDataTariff checkedAgainst(PriceCap cap) {
        Require.notNull(cap, "cap");
        Require.that(cap.cap().currency().equals(schedule.currency()), "cap", cap.cap(), Rule.CURRENCY_MISMATCH,
                schedule.currency().getCurrencyCode());
        List<Tier> bands = schedule.tiers();
        for (int i = 0; i < bands.size(); i++) {
            BigDecimal price = bands.get(i).unitPrice();
            Money unit = Money.of(price, schedule.currency(), Math.max(price.scale(), Money.minorUnits(schedule.currency())),
                    RoundingMode.UNNECESSARY);
            try {
                PriceCaps.DEFAULT.checkActualPrice(cap, unit);
            } catch (InvalidInputException e) {
                throw new InvalidInputException("tiers[" + i + "].unitPrice", price, e.rule(), cap.cap());
            }
        }
        return this;
    }

    /**
     * Checks every band price against a cap given as a figure: the cap's currency first (on {@code cap}), then
     * {@link #checkedAgainst(PriceCap)} with the cap of this product for a forecast volume of 1.
     *
     * @param cap the highest allowed unit price, &ge; 0, in the tariff's currency; not null
     * @return this tariff
     */
    public PublicDataTariff checkedAgainst(Money cap) {
        Require.notNull(cap, "cap");
        Require.that(cap.currency().equals(schedule.currency()), "cap", cap, Rule.CURRENCY_MISMATCH,
                schedule.currency().getCurrencyCode());
        return checkedAgainst(new PriceCap(productId, cap, 1, trial));
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
