package org.dataprice.pricing.tariff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.List;
import org.dataprice.error.InvalidInputException;
import org.dataprice.error.LimitExceededException;
import org.dataprice.money.Money;
import org.junit.jupiter.api.Test;

/**
 * Cumulative tiered fees (累进阶梯计费, Fujian 公共数据运营服务费收费标准(试行); domain-notes §3):
 * fee(q) = Σ_k price_k × max(0, min(q, upper_k) − lower_k). Worked example by hand: bands 0.01 元 up to 1,000,000
 * calls, 0.008 元 up to 10,000,000, 0.005 元 beyond; 2,000,000 calls → 10,000 + 8,000 = 18,000 元;
 * 12,000,000 → 10,000 + 72,000 + 10,000 = 92,000 元.
 */
class TieredFeeScheduleTest {
    private static final double TOLERANCE = 1e-6;

    static TieredFeeSchedule sut() {
        return TieredFeeSchedule.of(Money.CNY, List.of(new Tier(0, new BigDecimal("0.01")),
                new Tier(1_000_000, new BigDecimal("0.008")), new Tier(10_000_000, new BigDecimal("0.005"))));
    }

    @Test
    void test_fee_workedExample() {
        assertThat(sut().fee(2_000_000)).isCloseTo(18_000, offset(TOLERANCE));
        assertThat(sut().fee(12_000_000)).isCloseTo(92_000, offset(TOLERANCE));
        assertThat(sut().exactFee(12_000_000)).isEqualTo(Money.cny("92000"));
        assertThat(sut().fee(0)).isZero();
        assertThat(sut().fee(1_000_000)).isCloseTo(10_000, offset(TOLERANCE));
        assertThat(sut().exactFee(333)).isEqualTo(Money.cny("3.33"));
    }

    @Test
    void test_fee_monotoneInVolumeAndEqualsExact() {
        TieredFeeSchedule s = sut();
        qt().withExamples(500).forAll(longs().between(0, 50_000_000), longs().between(0, 50_000_000)).checkAssert((a, b) -> {
            long lo = Math.min(a, b);
            long hi = Math.max(a, b);
            assertThat(s.fee(hi)).isGreaterThanOrEqualTo(s.fee(lo));
            assertThat(s.exactFee(hi).compareTo(s.exactFee(lo))).isGreaterThanOrEqualTo(0);
            assertThat(s.fee(hi)).isCloseTo(s.exactFee(hi).toDouble(), offset(0.005 + 1e-6));
        });
    }

    @Test
    void test_of_firstTierMustStartAtZero() {
        assertThatThrownBy(() -> TieredFeeSchedule.of(Money.CNY, List.of(new Tier(5, BigDecimal.ONE))))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("tiers[0].fromVolume");
    }

    @Test
    void test_of_tiersMustIncrease() {
        assertThatThrownBy(() -> TieredFeeSchedule.of(Money.CNY, List.of(new Tier(0, BigDecimal.ONE),
                new Tier(0, BigDecimal.ONE)))).isInstanceOf(InvalidInputException.class).extracting("field")
                .isEqualTo("tiers[1].fromVolume");
    }

    @Test
    void test_new_negativePrice() {
        assertThatThrownBy(() -> new Tier(0, new BigDecimal("-0.1"))).isInstanceOf(InvalidInputException.class)
                .extracting("field").isEqualTo("unitPrice");
    }

    @Test
    void test_fee_invalidVolume() {
        assertThatThrownBy(() -> sut().fee(-1)).isInstanceOf(InvalidInputException.class).extracting("field")
                .isEqualTo("volume");
        assertThatThrownBy(() -> sut().fee(TieredFeeSchedule.MAX_VOLUME + 1)).isInstanceOf(LimitExceededException.class)
                .extracting("field").isEqualTo("volume");
    }

    @Test
    void test_fromListing_volumeTiers() {
        java.time.Instant from = java.time.Instant.parse("2026-01-01T00:00:00Z");
        org.dataprice.pricing.listing.Listing l = new org.dataprice.pricing.listing.Listing("l", "p", "s",
                org.dataprice.pricing.listing.DataCategory.ENTERPRISE, org.dataprice.pricing.listing.DataUse.INDUSTRY,
                org.dataprice.pricing.listing.PricingUnit.PER_CALL, org.dataprice.pricing.listing.ListingMode.FIXED_PRICE,
                Money.of(new BigDecimal("0.0028"), Money.CNY, 4, java.math.RoundingMode.UNNECESSARY), from,
                from.plusSeconds(86_400), List.of(
                        new org.dataprice.pricing.listing.VolumeTier(0,
                                Money.of(new BigDecimal("0.0028"), Money.CNY, 4, java.math.RoundingMode.UNNECESSARY)),
                        new org.dataprice.pricing.listing.VolumeTier(100_000,
                                Money.of(new BigDecimal("0.0020"), Money.CNY, 4, java.math.RoundingMode.UNNECESSARY))),
                List.of());
        // 100,000 × 0.0028 + 50,000 × 0.0020 = 280 + 100 = 380
        assertThat(TieredFeeSchedule.fromListing(l).exactFee(150_000)).isEqualTo(Money.cny("380"));
    }
}
