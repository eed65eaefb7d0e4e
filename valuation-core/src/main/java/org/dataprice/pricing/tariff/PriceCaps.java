package org.dataprice.pricing.tariff;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dataprice.error.InvalidInputException;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;
import org.dataprice.money.allocation.AllocationResult;
import org.dataprice.money.allocation.Allocation;
import org.dataprice.money.Money;

/**
 * Per-product price caps within the maximum allowed revenue, and the ex-ante ceiling check
 * (发改价格〔2025〕65号 item 2; domain-notes §3):
 * <pre>
 *   MAR_j = MAR split by revenue weights (largest remainder, {@link Allocation})
 *   cap_j = floor(MAR_j / forecast volume_j) to the minor unit
 *   check: Σ_j cap_j × volume_j ≤ MAR
 * </pre>
 * Flooring makes every cap satisfy cap_j × volume_j ≤ MAR_j, so caps set by {@link #fromAllowedRevenue}
 * always pass {@link #check}. {@link #check} validates caps proposed by the authorising body: when the
 * ceiling is broken it throws {@link Rule#REVENUE_CEILING} on field {@code caps}, naming every product with
 * its revenue at cap, largest first. {@link #checkActualPrice} enforces actual price ≤ cap.
 * Limit: {@link #MAX_PRODUCTS} products. Stateless and thread-safe.
 */
public final class PriceCaps {
    /** The default instance. */
    public static final PriceCaps DEFAULT = new PriceCaps();
    /** The largest catalogue accepted. */
    public static final int MAX_PRODUCTS = 100_000;

    /**
     * @param allowedRevenue the MAR, &ge; 0; not null
     * @param products       the products, distinct ids, at least one; not null
     * @param trial          true when the caps are trial tariffs
     * @return one cap per product, in order
     */
    public List<PriceCap> fromAllowedRevenue(Money allowedRevenue, List<ProductForecast> products, boolean trial) {
        Require.notNull(allowedRevenue, "allowedRevenue");
        Require.that(!allowedRevenue.isNegative(), "allowedRevenue", allowedRevenue, Rule.AT_LEAST, 0);
        List<ProductForecast> copy = Require.nonEmptyCopy(products, "products");
        Require.withinLimit(copy.size(), MAX_PRODUCTS, "products", "");
        distinct(copy.stream().map(ProductForecast::productId).toList());
        double[] weights = new double[copy.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = copy.get(i).revenueWeight();
        }
        AllocationResult shares = Allocation.DEFAULT.byWeights(allowedRevenue, weights);
        List<PriceCap> caps = new ArrayList<>(copy.size());
        for (int i = 0; i < copy.size(); i++) {
            ProductForecast p = copy.get(i);
            Money cap = shares.part(i).dividedBy(BigDecimal.valueOf(p.forecastVolume()), RoundingMode.FLOOR);
            caps.add(new PriceCap(p.productId(), cap, p.forecastVolume(), trial));
        }
        return List.copyOf(caps);
    }

    /**
     * The ex-ante check Σ cap × volume ≤ MAR.
     *
     * @param allowedRevenue the MAR; not null
     * @param caps           the proposed caps, distinct products; not null
     * @return Σ cap × volume
     * @throws InvalidInputException ({@link Rule#REVENUE_CEILING}, field {@code caps}) naming the products
     */
    public Money check(Money allowedRevenue, List<PriceCap> caps) {
        Require.notNull(allowedRevenue, "allowedRevenue");
        List<PriceCap> copy = Require.nonEmptyCopy(caps, "caps");
        Require.withinLimit(copy.size(), MAX_PRODUCTS, "caps", "");
        distinct(copy.stream().map(PriceCap::productId).toList());
        Money total = Money.zero(allowedRevenue.currency());
        List<PriceCap> byRevenue = new ArrayList<>(copy);
        for (int i = 0; i < copy.size(); i++) {
            PriceCap c = copy.get(i);
            Require.that(c.cap().currency().equals(allowedRevenue.currency()), "caps[" + i + "].cap", c.cap(),
                    Rule.CURRENCY_MISMATCH, allowedRevenue.currency());
            total = total.plus(revenue(c));
        }
        if (total.compareTo(allowedRevenue) > 0) {
            byRevenue.sort((a, b) -> revenue(b).compareTo(revenue(a)));
            StringBuilder names = new StringBuilder();
            for (PriceCap c : byRevenue) {
                names.append(names.length() == 0 ? "" : ", ").append(c.productId()).append('=').append(revenue(c));
            }
            throw new InvalidInputException("caps", "Σ cap × volume = " + total + " over products [" + names + "]",
                    Rule.REVENUE_CEILING, allowedRevenue);
        }
        return total;
    }

    /**
     * @param cap         the product's cap; not null
     * @param actualPrice the operator's price; not null, same currency
     * @return {@code actualPrice}
     * @throws InvalidInputException ({@link Rule#AT_MOST}, field {@code actualPrice}) above the cap
     */
    public Money checkActualPrice(PriceCap cap, Money actualPrice) {
        Require.notNull(cap, "cap");
        Require.notNull(actualPrice, "actualPrice");
        Require.that(actualPrice.currency().equals(cap.cap().currency()), "actualPrice", actualPrice,
                Rule.CURRENCY_MISMATCH, cap.cap().currency());
        Require.that(!actualPrice.isNegative(), "actualPrice", actualPrice, Rule.AT_LEAST, 0);
        Require.that(actualPrice.compareTo(cap.cap()) <= 0, "actualPrice", actualPrice, Rule.AT_MOST,
                cap.cap() + " (cap of " + cap.productId() + ")");
        return actualPrice;
    }

    private static Money revenue(PriceCap c) {
        return c.cap().times(BigDecimal.valueOf(c.forecastVolume()), RoundingMode.UNNECESSARY);
    }

    private static void distinct(List<String> ids) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            Require.that(seen.add(ids.get(i)), "products[" + i + "].productId", ids.get(i), Rule.DUPLICATE, "product");
        }
    }
}
