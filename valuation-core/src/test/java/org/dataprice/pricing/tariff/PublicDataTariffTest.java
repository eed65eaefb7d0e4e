package org.dataprice.pricing.tariff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dataprice.error.DatapriceException;
import org.dataprice.error.InvalidInputException;
import org.dataprice.error.Rule;
import org.dataprice.money.Money;
import org.dataprice.pricing.listing.DataUse;
import org.junit.jupiter.api.Test;

/**
 * The 发改价格〔2025〕65号 mechanism (domain-notes §3): MAR = cost + base × r + tax − clawback; caps with
 * Σ cap × volume ≤ MAR; actual ≤ cap; free public uses; discounts. Worked example by hand: cost 1,000,000,
 * base 5,000,000 at 6 %, tax 50,000 → MAR 1,350,000; prior actual 1,400,000 over prior MAR 1,300,000 → clawback
 * 100,000 → MAR 1,250,000.
 */
class PublicDataTariffTest {
    static AllowedRevenueInputs inputs(String priorActual, String priorMar) {
        return new AllowedRevenueInputs(Money.cny("1000000"), Money.cny("5000000"), 0.06, Money.cny("50000"),
                Money.cny(priorActual), Money.cny(priorMar));
    }

    @Test
    void test_compute_allowedRevenue() {
        AllowedRevenueResult r = AllowedRevenue.DEFAULT.compute(inputs("0", "0"));
        assertThat(r.allowedProfit()).isEqualTo(Money.cny("300000"));
        assertThat(r.maximum()).isEqualTo(Money.cny("1350000"));
        assertThat(r.explanation().resultStep().result().number()).isEqualByComparingTo("1350000");
    }

    @Test
    void test_compute_clawback() {
        AllowedRevenueResult r = AllowedRevenue.DEFAULT.compute(inputs("1400000", "1300000"));
        assertThat(r.clawback()).isEqualTo(Money.cny("100000"));
        assertThat(r.maximum()).isEqualTo(Money.cny("1250000"));
        assertThat(AllowedRevenue.DEFAULT.compute(inputs("1000000", "1300000")).clawback()).isEqualTo(Money.cny("0"));
    }

    @Test
    void test_new_invalidReturn() {
        assertThatThrownBy(() -> new AllowedRevenueInputs(Money.cny("1"), Money.cny("1"), 1.5, Money.cny("0"),
                Money.cny("0"), Money.cny("0"))).isInstanceOf(InvalidInputException.class).extracting("field")
                .isEqualTo("allowedReturn");
    }

    @Test
    void test_fromAllowedRevenue_capsRespectCeiling() {
        qt().withExamples(200).forAll(lists().of(longs().between(1, 10_000_000)).ofSizeBetween(1, 12),
                doubles().between(0.01, 100), integers().between(0, 100_000_000)).checkAssert((volumes, w, marMinor) -> {
                    List<ProductForecast> products = new ArrayList<>();
                    for (int i = 0; i < volumes.size(); i++) {
                        products.add(new ProductForecast("p" + i, volumes.get(i), w + i));
                    }
                    Money mar = Money.ofMinor(marMinor, Money.CNY);
                    List<PriceCap> caps = PriceCaps.DEFAULT.fromAllowedRevenue(mar, products, false);
                    assertThat(PriceCaps.DEFAULT.check(mar, caps).compareTo(mar)).isLessThanOrEqualTo(0);
                });
    }

    @Test
    void test_check_rejectsNamingProducts() {
        List<PriceCap> caps = List.of(new PriceCap("weather-api", Money.cny("0.05"), 10_000_000, false),
                new PriceCap("traffic-feed", Money.cny("1000"), 200, true));
        assertThatThrownBy(() -> PriceCaps.DEFAULT.check(Money.cny("600000"), caps))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("weather-api=CNY 500000.00").hasMessageContaining("traffic-feed=CNY 200000.00")
                .satisfies(e -> {
                    assertThat(((DatapriceException) e).field()).isEqualTo("caps");
                    assertThat(((DatapriceException) e).rule()).isEqualTo(Rule.REVENUE_CEILING);
                });
        assertThat(PriceCaps.DEFAULT.check(Money.cny("700000"), caps)).isEqualTo(Money.cny("700000"));
    }

    @Test
    void test_checkActualPrice_aboveCap() {
        PriceCap cap = new PriceCap("p", Money.cny("0.05"), 100, false);
        assertThat(PriceCaps.DEFAULT.checkActualPrice(cap, Money.cny("0.05"))).isEqualTo(Money.cny("0.05"));
        assertThatThrownBy(() -> PriceCaps.DEFAULT.checkActualPrice(cap, Money.cny("0.06")))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("actualPrice");
    }

    @Test
    void test_fromAllowedRevenue_duplicateProduct() {
        assertThatThrownBy(() -> PriceCaps.DEFAULT.fromAllowedRevenue(Money.cny("100"),
                List.of(new ProductForecast("p", 1, 1), new ProductForecast("p", 1, 1)), false))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("products[1].productId");
    }

    static PublicDataTariff tariff() {
        TieredFeeSchedule s = TieredFeeSchedule.of(Money.CNY, List.of(new Tier(0, new BigDecimal("0.01")),
                new Tier(1_000_000, new BigDecimal("0.008"))));
        return new PublicDataTariff("weather-api", s, Map.of("key-provincial-scenario", 0.2), true);
    }

    @Test
    void test_fee_freeForPublicUses() {
        for (DataUse use : List.of(DataUse.PUBLIC_GOVERNANCE, DataUse.PUBLIC_INTEREST)) {
            FeeResult f = tariff().fee(5_000_000, use, "");
            assertThat(f.free()).isTrue();
            assertThat(f.fee().isZero()).isTrue();
        }
    }

    @Test
    void test_fee_discountedIndustryUse() {
        // 10,000 + 8,000 = 18,000; 20 % discount → 14,400
        FeeResult f = tariff().fee(2_000_000, DataUse.INDUSTRY, "key-provincial-scenario");
        assertThat(f.tieredFee()).isEqualTo(Money.cny("18000"));
        assertThat(f.fee()).isEqualTo(Money.cny("14400"));
        assertThat(f.explanation().resultStep().result().number()).isEqualByComparingTo("14400");
        assertThat(tariff().fee(2_000_000, DataUse.INDUSTRY, "").fee()).isEqualTo(Money.cny("18000"));
    }

    @Test
    void test_fee_unknownScenario_isUnknownListingSupported() {
        for (DataUse use : List.of(DataUse.INDUSTRY, DataUse.PUBLIC_INTEREST)) {
            assertThatThrownBy(() -> tariff().fee(2_000_000, use, "key-provincial-scenari"))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("[key-provincial-scenario]")
                    .extracting("field", "rule").containsExactly("scenario", org.dataprice.error.Rule.UNKNOWN);
        }
    }

    @Test
    void test_checkedAgainst_bandAboveCap() {
        PriceCap cap = new PriceCap("weather-api", Money.cny("0.00"), 1, true);
        assertThatThrownBy(() -> tariff().checkedAgainst(cap)).isInstanceOf(InvalidInputException.class)
                .extracting("field").isEqualTo("tiers[0].unitPrice");
    }

    @Test
    void test_new_invalidDiscount() {
        assertThatThrownBy(() -> new PublicDataTariff("p", tariff().schedule(), Map.of("s", 1.5), false))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("discounts.s");
    }

    @Test
    void test_of_disclosureClawback() {
        AnnualDisclosure d = AnnualDisclosure.of(2026, Money.cny("1000"), List.of(
                new DisclosureLine("a", Money.cny("1"), Money.cny("0.9"), 1000, Money.cny("900"), false),
                new DisclosureLine("b", Money.cny("5"), Money.cny("5"), 40, Money.cny("200"), true)));
        assertThat(d.actualRevenue()).isEqualTo(Money.cny("1100"));
        assertThat(d.clawback()).isEqualTo(Money.cny("100"));
        assertThatThrownBy(() -> new DisclosureLine("a", Money.cny("1"), Money.cny("1.1"), 1, Money.cny("1"), false))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("actualPrice");
    }
}
