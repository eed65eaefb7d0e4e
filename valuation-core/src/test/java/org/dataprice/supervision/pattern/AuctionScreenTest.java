package org.dataprice.supervision.pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.dataprice.money.Money;
import org.dataprice.pricing.auction.SealedBid;
import org.dataprice.supervision.Alert;
import org.junit.jupiter.api.Test;

/** Bid rotation and cover bidding: a planted and a clean case each, RD and CV recomputed by hand. */
class AuctionScreenTest {
    private static final AuctionScreen SCREEN = AuctionScreen.EXAMPLE;

    private static AuctionRecord auction(String id, int day, String winner, String... bidderAmounts) {
        List<SealedBid> bids = new ArrayList<>();
        for (int i = 0; i < bidderAmounts.length; i += 2) {
            bids.add(new SealedBid(bidderAmounts[i], Money.cny(bidderAmounts[i + 1]), i / 2));
        }
        return new AuctionRecord(id, "L-" + id, Instant.parse("2026-01-01T00:00:00Z").plusSeconds(day * 86_400L), bids,
                winner);
    }

    @Test
    void test_rotation_ringWinsInTurn() {
        String[] w = {"A", "B", "C", "A", "B", "C"};
        List<AuctionRecord> list = new ArrayList<>();
        for (int j = 0; j < 6; j++) {
            list.add(auction("a" + j, j, w[j], "A", w[j].equals("A") ? "100" : "90", "B", w[j].equals("B") ? "100" : "91",
                    "C", w[j].equals("C") ? "100" : "92"));
        }
        List<Alert> alerts = SCREEN.find(list);
        assertThat(alerts).singleElement().satisfies(a -> {
            assertThat(a.ruleId()).isEqualTo("pattern.bidRotation");
            assertThat(a.subject()).isEqualTo("ring:A,B,C");
            assertThat(a.evidenceIds()).containsExactly("a0", "a1", "a2", "a3", "a4", "a5");
            assertThat(a.explanation().get(PatternSteps.ROTATION).result().text()).isEqualTo("A → B → C → A → B → C");
        });
    }

    @Test
    void test_rotation_clean_sameWinnerTwiceInARow() {
        String[] w = {"A", "A", "B", "C", "B", "C"};
        List<AuctionRecord> list = new ArrayList<>();
        for (int j = 0; j < 6; j++) {
            list.add(auction("a" + j, j, w[j], "A", w[j].equals("A") ? "100" : "90", "B", w[j].equals("B") ? "100" : "70",
                    "C", w[j].equals("C") ? "100" : "50"));
        }
        assertThat(SCREEN.find(list)).isEmpty();
    }

    @Test
    void test_cover_losersTogetherApartFromWinner() {
        AuctionRecord a = auction("c", 1, "W", "W", "100", "X", "80", "Y", "80.2", "Z", "79.9");
        List<Alert> alerts = SCREEN.find(List.of(a));
        // losers 80, 80.2, 79.9: mean 80.0333, sd = sqrt(((−0.0333)² + 0.1667² + (−0.1333)²) / 2) = 0.152753
        double mean = (80 + 80.2 + 79.9) / 3;
        double sd = Math.sqrt((Math.pow(80 - mean, 2) + Math.pow(80.2 - mean, 2) + Math.pow(79.9 - mean, 2)) / 2);
        assertThat(alerts).singleElement().satisfies(x -> {
            assertThat(x.ruleId()).isEqualTo("pattern.coverBidding");
            assertThat(x.explanation().get(PatternSteps.RELATIVE_DISTANCE).result().doubleValue())
                    .isCloseTo((100 - 80.2) / sd, within(1e-9));
            assertThat(x.explanation().get(PatternSteps.LOSER_CV).result().doubleValue()).isCloseTo(sd / mean, within(1e-12));
        });
    }

    @Test
    void test_cover_clean_spreadLosersOrTooFewBids() {
        assertThat(SCREEN.find(List.of(auction("c", 1, "W", "W", "100", "X", "60", "Y", "75", "Z", "90")))).isEmpty();
        assertThat(SCREEN.find(List.of(auction("c", 1, "W", "W", "100", "X", "80", "Y", "80.1")))).isEmpty();
    }
}
