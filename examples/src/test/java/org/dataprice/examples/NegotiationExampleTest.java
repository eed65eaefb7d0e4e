package org.dataprice.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dataprice.money.Money;
import org.dataprice.pricing.negotiation.Offer;
import org.dataprice.pricing.negotiation.Role;
import org.dataprice.pricing.negotiation.TracedOffer;
import org.junit.jupiter.api.Test;

/**
 * Runs {@link NegotiationExample} and checks its figures against values computed by hand (the
 * arithmetic is in the comments).
 */
class NegotiationExampleTest {
    /** Tolerance on utilities and distances (sums of a few products of exact decimals in double). */
    private static final double TOLERANCE = 1e-12;

    @Test
    void test_run_matchesHandComputedFigures() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        NegotiationExample.Results r = NegotiationExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);

        // Band: 1,100,000 × 0.8 = 880,000.00 and × 1.2 = 1,320,000.00; the quote 1,380,000 lies above:
        // deviation (1,380,000 − 1,100,000) / 1,100,000 = +25.45 %, flagged, so a justification is recorded.
        assertThat(r.review().lower()).isEqualTo(Money.cny("880000.00"));
        assertThat(r.review().upper()).isEqualTo(Money.cny("1320000.00"));
        assertThat(r.review().flagged()).isTrue();
        assertThat(r.review().deviation()).isCloseTo(280_000.0 / 1_100_000, within(TOLERANCE));
        assertThat(out).contains("[880,000.00 元, 1,320,000.00 元]").contains("+25.45 %").contains("FLAGGED");

        // Utilities with v = (p − 900,000)/480,000: seller U_S = 0.7 v + 0.3 (36 − m)/24, buyer U_B = 0.6 (1 − v)
        // + 0.4 (m − 12)/24; both reservation values 0.2, so each target runs from 1 down to 0.2:
        // seller (Boulware, e = 0.2) 1 − 0.8 t^5, buyer (Conceder, e = 2) 1 − 0.8 √t, t = r/9; a bid is the
        // outcome with the lowest own utility ≥ the target.
        //   r0 t=0    S target 1        → 1,380,000 / 12 m (U_S 1)
        //   r1 t=1/9  B target 0.733333 → 1,110,000 / 36 m (U_B 0.6·0.4375 + 0.4 = 0.7375); S's offer U_B 0 < 0.2
        //   r2 t=2/9  S target 0.999566 → 1,380,000 / 12 m again (0.30625 offered < 1: reject)
        //   r3 t=1/3  B target 0.538120 → 1,260,000 / 36 m (U_B 0.55)
        //   r4 t=4/9  S target 0.986127 → 1,380,000 / 12 m (1,350,000 / 12 m gives only 0.95625)
        //   r5 t=5/9  B target 0.403715 → 1,050,000 / 12 m (U_B 0.6·0.6875 = 0.4125)
        //   r6 t=2/3  S target 1 − 0.8·0.131687 = 0.894650 → 1,320,000 / 12 m (U_S 0.7·0.875 + 0.3 = 0.9125)
        //   r7 t=7/9  B target 1 − 0.8·0.881917 = 0.294466 → 1,140,000 / 12 m (U_B 0.6·0.5 = 0.30, U_S 0.65)
        //   r8 t=8/9  S target 1 − 0.8·0.554929 = 0.556057 ≤ 0.65 offered: S accepts the offer of round 7.
        List<TracedOffer> trace = r.negotiation().trace();
        assertThat(trace).hasSize(8);
        assertThat(trace).extracting(t -> t.offer().price()).containsExactly(Money.cny("1380000.00"),
                Money.cny("1110000.00"), Money.cny("1380000.00"), Money.cny("1260000.00"), Money.cny("1380000.00"),
                Money.cny("1050000.00"), Money.cny("1320000.00"), Money.cny("1140000.00"));
        assertThat(trace).extracting(t -> t.offer().licenceMonths()).containsExactly(12, 36, 12, 36, 12, 12, 12, 12);
        assertThat(trace.get(7).proposer()).isEqualTo(Role.BUYER);
        Offer deal = r.negotiation().agreement().orElseThrow();
        assertThat(deal.price()).isEqualTo(Money.cny("1140000.00"));
        assertThat(deal.licenceMonths()).isEqualTo(12);
        assertThat(r.negotiation().round()).isEqualTo(7);
        assertThat(r.negotiation().sellerUtility()).isCloseTo(0.65, within(TOLERANCE));
        assertThat(r.negotiation().buyerUtility()).isCloseTo(0.30, within(TOLERANCE));

        // Nash: maximise (U_S − 0.2)(U_B − 0.2). At 36 months (0.7v − 0.2)(0.8 − 0.6v) peaks at v = 0.68/0.84 =
        // 0.8095, nearest grid price 1,290,000 (v = 0.8125): 0.36875 × 0.3125 = 0.115234 (neighbours 1,260,000:
        // 0.325 × 0.35 = 0.11375; 1,320,000: 0.4125 × 0.275 = 0.113438); the best at 24 months is
        // (0.7v − 0.05)(0.6 − 0.6v) ≤ 0.0905 and at 12 months (0.7v + 0.1)(0.4 − 0.6v) ≤ 0.0688.
        // So Nash = 1,290,000 / 36 m with (0.56875, 0.5125), and the deal's distance to it is
        // √(0.08125² + 0.2125²) = √0.0517578125 = 0.2275034.
        assertThat(r.nash().price()).isEqualTo(Money.cny("1290000.00"));
        assertThat(r.nash().licenceMonths()).isEqualTo(36);
        assertThat(r.negotiation().distanceToNash()).isCloseTo(Math.sqrt(0.0517578125), within(TOLERANCE));
        // Not Pareto-optimal: 1,290,000 / 24 m gives (0.7·0.8125 + 0.15, 0.6·0.1875 + 0.2) = (0.71875, 0.3125),
        // better for both; it is the nearest frontier point, √(0.06875² + 0.0125²) = √0.0048828125 = 0.0698771.
        assertThat(r.negotiation().distanceToPareto()).isCloseTo(Math.sqrt(0.0048828125), within(TOLERANCE));
        assertThat(out).contains("agreed: offer of round 7 accepted, 1,140,000.00 元 for 12 months")
                .contains("Nash solution: 1,290,000.00 元 for 36 months").contains("distance 0.2275")
                .contains("Pareto frontier 0.0699");

        // Vickrey: valid bids 620,000, 710,000, 680,000 (450,000 is below the 500,000 reserve); B wins and pays
        // max(reserve, best other bid) = 680,000.00.
        assertThat(r.auction().winnerId()).contains("buyer-B");
        assertThat(r.auction().price()).contains(Money.cny("680000.00"));
        assertThat(out).contains("winner buyer-B pays the second price 680,000.00 元");

        // Tariff, 1,500,000 calls: 100,000 × 0.05 + 900,000 × 0.03 + 500,000 × 0.02 = 5,000 + 27,000 + 10,000
        // = 42,000.00; small-business discount 20 %: 42,000 × 0.8 = 33,600.00.
        assertThat(r.fee().tieredFee()).isEqualTo(Money.cny("42000.00"));
        assertThat(r.fee().fee()).isEqualTo(Money.cny("33600.00"));
        assertThat(out).contains("tiered fee 42,000.00 元").contains("fee due 33,600.00 元")
                .contains("public-interest use (公益): 0.00 元");

        // Each explanation's last top-level step holds the result, and the summaries are printed.
        assertThat(r.auction().explanation().resultStep().result().doubleValue()).isEqualTo(680_000.0);
        assertThat(r.fee().explanation().resultStep().result().doubleValue()).isEqualTo(33_600.0);
        assertThat(r.negotiation().explanation().resultStep().result().doubleValue()).isEqualTo(7.0);
        assertThat(out).contains("method pricing.band.appraisal").contains("method pricing.negotiation.alternatingOffers")
                .contains("method pricing.auction.vickrey").contains("method pricing.tariff.publicDataFee");
    }

    @Test
    void test_main_prints() {
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
            NegotiationExample.main(new String[0]);
        } finally {
            System.setOut(old);
        }
        assertThat(buf.toString(StandardCharsets.UTF_8)).contains("1. Listing L-2026-0042").contains("2. Negotiation")
                .contains("3. Vickrey auction").contains("4. Public-data tariff");
    }
}
