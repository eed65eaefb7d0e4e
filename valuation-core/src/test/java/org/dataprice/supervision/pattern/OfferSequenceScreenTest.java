package org.dataprice.supervision.pattern;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.dataprice.money.Money;
import org.dataprice.pricing.negotiation.DeliveryMode;
import org.dataprice.pricing.negotiation.Offer;
import org.dataprice.pricing.negotiation.RecordedOffer;
import org.dataprice.pricing.negotiation.Role;
import org.dataprice.pricing.negotiation.UpdateFrequency;
import org.dataprice.pricing.negotiation.UsageScope;
import org.junit.jupiter.api.Test;

/** Identical offer sequences: planted (two buyers, one script) and clean (different prices, one owner, too short). */
class OfferSequenceScreenTest {
    private static NegotiationRecord negotiation(String id, String buyer, String... buyerPrices) {
        List<RecordedOffer> offers = new ArrayList<>();
        int round = 0;
        for (String p : buyerPrices) {
            offers.add(offer(round++, Role.SELLER, "seller", "500"));
            offers.add(offer(round++, Role.BUYER, buyer, p));
        }
        return new NegotiationRecord(id, "L", "seller", buyer, offers);
    }

    private static RecordedOffer offer(int round, Role role, String actor, String price) {
        return new RecordedOffer(round, role, actor, new Offer(Money.cny(price), 12, UsageScope.INTERNAL,
                UpdateFrequency.MONTHLY, DeliveryMode.API), Instant.parse("2026-01-01T00:00:00Z").plusSeconds(round));
    }

    @Test
    void test_find_twoBuyersOneScript() {
        var alerts = OfferSequenceScreen.EXAMPLE.find(List.of(negotiation("n1", "b1", "100", "150", "180.5"),
                negotiation("n2", "b2", "100.00", "150", "180.50"), negotiation("n3", "b3", "100", "150", "181")),
                OwnershipGroups.NONE);
        assertThat(alerts).singleElement().satisfies(a -> {
            assertThat(a.evidenceIds()).containsExactly("n1", "n2");
            assertThat(a.subject()).isEqualTo("BUYER:b1,b2");
            assertThat(a.explanation().get(PatternSteps.IDENTICAL_OFFERS).result().text())
                    .isEqualTo("CNY 100 → 150 → 180.5");
        });
    }

    @Test
    void test_find_clean() {
        // the seller's own identical asks to different buyers are one party: not a hint
        List<NegotiationRecord> list = List.of(negotiation("n1", "b1", "100", "150", "180"),
                negotiation("n2", "b2", "101", "150", "180"), negotiation("n3", "b3", "100", "150"));
        assertThat(OfferSequenceScreen.EXAMPLE.find(list, OwnershipGroups.NONE)).isEmpty();
        List<NegotiationRecord> linked = List.of(negotiation("n1", "b1", "100", "150", "180"),
                negotiation("n2", "b2", "100", "150", "180"));
        assertThat(OfferSequenceScreen.EXAMPLE.find(linked, OwnershipGroups.of(List.of(new OwnerLink("b1", "b2")))))
                .isEmpty();
    }
}
