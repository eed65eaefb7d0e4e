package org.dataprice.pricing.auction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.dataprice.error.InvalidInputException;
import org.dataprice.money.Money;
import org.junit.jupiter.api.Test;

/** Closing an open auction without sale: no seller or deadline needed, no winner, the grounds cited; refusals. */
class AuctionWithdrawalTest {
    private static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");
    private static final List<String> GROUNDS = List.of("negative list v2 entry NL-3 (DSL Art. 21): prohibited");

    private static SealedBidAuctionState withBids() {
        return SealedBidAuctionStateTest.sut().bid("b1", Money.cny("10"), T0.plusSeconds(60))
                .bid("b2", Money.cny("8"), T0.plusSeconds(120));
    }

    @Test
    void test_of_sealedWithBids_closesWithoutSale_beforeTheDeadline() {
        SealedBidAuctionState open = withBids();
        Instant at = T0.plusSeconds(300);

        AuctionWithdrawal w = AuctionWithdrawal.of(open, GROUNDS, at);

        assertThat(w.closed().closed()).isTrue();
        assertThat(w.closed().version()).isEqualTo(open.version() + 1);
        assertThat(w.closed().updatedAt()).isEqualTo(at);
        assertThat(w.closed().bidCount()).isEqualTo(2);
        assertThat(w.result().sold()).isFalse();
        assertThat(w.result().price()).isEmpty();
        assertThat(w.result().explanation().get(AuctionSteps.NO_SALE_GROUNDS).inputs().get(0).text())
                .isEqualTo(GROUNDS.get(0));
        assertThat(w.closed().result().sold()).as("the state alone would sell: the service stores this result")
                .isTrue();
    }

    @Test
    void test_of_english() {
        EnglishAuctionState open = EnglishAuctionState.open("e-1", SealedBidAuctionStateTest.listing(
                        org.dataprice.pricing.listing.ListingMode.AUCTION), "seller", Money.cny("10"), Money.cny("1"),
                Money.cny("0"), T0, T0.plus(Duration.ofHours(1)));
        AuctionWithdrawal w = AuctionWithdrawal.of(open, GROUNDS, T0.plusSeconds(1));
        assertThat(w.closed()).isInstanceOf(EnglishAuctionState.class);
        assertThat(w.closed().closed()).isTrue();
        assertThat(w.result().winnerId()).isEmpty();
    }

    @Test
    void test_of_refusals() {
        SealedBidAuctionState open = withBids();
        AuctionState closed = open.close("seller", T0.plus(Duration.ofHours(2)));
        assertThatThrownBy(() -> AuctionWithdrawal.of(closed, GROUNDS, T0.plus(Duration.ofHours(3))))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("closed"));
        assertThatThrownBy(() -> AuctionWithdrawal.of(open, List.of(), T0.plusSeconds(300)))
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("grounds"));
        assertThatThrownBy(() -> AuctionWithdrawal.of(open, GROUNDS, T0))
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("at"));
    }
}
