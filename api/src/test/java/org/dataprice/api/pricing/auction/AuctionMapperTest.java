package org.dataprice.api.pricing.auction;

import org.dataprice.api.pricing.MoneyJson;
import org.dataprice.money.Money;
import org.dataprice.pricing.auction.AuctionState;
import org.dataprice.pricing.auction.EnglishAuctionState;
import org.dataprice.pricing.auction.SealedBidAuctionState;
import org.dataprice.pricing.listing.DataCategory;
import org.dataprice.pricing.listing.DataUse;
import org.dataprice.pricing.listing.Listing;
import org.dataprice.pricing.listing.ListingMode;
import org.dataprice.pricing.listing.PricingUnit;
import org.dataprice.pricing.negotiation.UsageScope;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No silent data drops in {@link AuctionMapper}: an English auction request with every optional field (start price,
 * increment, rights) and a sealed Vickrey request survive request → core → rows → core → response, bids included.
 */
class AuctionMapperTest {
    private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");
    private static final Listing LISTING = new Listing("l-a", "p-a", "seller", DataCategory.PERSONAL, DataUse.INDUSTRY,
            PricingUnit.ONE_OFF, ListingMode.AUCTION, Money.cny("100"), T0.minus(Duration.ofDays(1)),
            T0.plus(Duration.ofDays(30)), List.of(), List.of());

    private static List<BidRow> rows(String auctionId, List<String> bidders, List<Money> amounts, List<Instant> at) {
        List<BidRow> out = new ArrayList<>();
        for (int i = 0; i < bidders.size(); i++) {
            out.add(new BidRow("r" + i, auctionId, i + 1L, bidders.get(i), amounts.get(i).amount(), "CNY", at.get(i)));
        }
        return out;
    }

    @Test
    void test_english_requestToCoreToRowsToCoreToResponse_everyOptionalField() {
        OpenAuctionRequest request = new OpenAuctionRequest("l-a", AuctionKind.ENGLISH,
                new MoneyJson(new BigDecimal("80"), "CNY"), new MoneyJson(new BigDecimal("7.5"), "CNY"),
                new MoneyJson(new BigDecimal("95"), "CNY"), T0.plus(Duration.ofHours(3)), UsageScope.DERIVED_PRODUCTS);
        EnglishAuctionState open = (EnglishAuctionState) AuctionMapper.openAuction(request, "a-1", LISTING, "seller", T0);
        EnglishAuctionState bid = open.bid("b1", Money.cny("80"), T0.plusSeconds(1)).bid("b2", Money.cny("87.5"),
                T0.plusSeconds(2));
        AuctionRow row = AuctionMapper.toRow(bid, "l-a", request.rightsType().name(), T0);
        List<BidRow> bids = rows("a-1", List.of("b1", "b2"), List.of(Money.cny("80"), Money.cny("87.5")),
                List.of(T0.plusSeconds(1), T0.plusSeconds(2)));

        AuctionState back = AuctionMapper.toAuctionState(row, bids);
        assertThat(back).isEqualTo(bid);

        AuctionResponse r = AuctionMapper.toResponse(back, row, bids, "seller", null);
        assertThat(List.of(r.id(), r.listingId(), r.sellerId(), r.format(), r.rightsType()))
                .containsExactly("a-1", "l-a", "seller", "ENGLISH", "DERIVED_PRODUCTS");
        assertThat(r.startPrice().toMoney("s")).isEqualTo(Money.cny("80"));
        assertThat(r.increment().toMoney("i")).isEqualTo(Money.cny("7.5"));
        assertThat(r.reserve().toMoney("r")).isEqualTo(Money.cny("95"));
        assertThat(r.minimumNextBid().toMoney("m")).isEqualTo(Money.cny("95"));
        assertThat(r.deadline()).isEqualTo(request.deadline());
        assertThat(r.bidCount()).isEqualTo(2);
        assertThat(r.bids()).extracting(BidResponse::bidderId).containsExactly("b1", "b2");
        assertThat(r.closed()).isFalse();
        assertThat(r.version()).isEqualTo(bid.version());
    }

    @Test
    void test_sealed_requestToCoreToRowsToCore_closedWithWinner() {
        OpenAuctionRequest request = new OpenAuctionRequest("l-a", AuctionKind.VICKREY, null, null,
                new MoneyJson(new BigDecimal("60"), "CNY"), T0.plus(Duration.ofHours(1)), UsageScope.REDISTRIBUTION);
        SealedBidAuctionState open = (SealedBidAuctionState) AuctionMapper.openAuction(request, "a-2", LISTING, "seller",
                T0);
        SealedBidAuctionState closed = open.bid("b1", Money.cny("70"), T0.plusSeconds(1))
                .bid("b2", Money.cny("90"), T0.plusSeconds(2)).close("seller", T0.plus(Duration.ofHours(2)));
        AuctionRow row = AuctionMapper.toRow(closed, "l-a", "REDISTRIBUTION", T0);
        List<BidRow> bids = rows("a-2", List.of("b1", "b2"), List.of(Money.cny("70"), Money.cny("90")),
                List.of(T0.plusSeconds(1), T0.plusSeconds(2)));

        assertThat(AuctionMapper.toAuctionState(row, bids)).isEqualTo(closed);
        assertThat(AuctionMapper.toRow(AuctionMapper.toAuctionState(row, bids), row)).isEqualTo(row);
        AuctionResponse r = AuctionMapper.toResponse(closed, row, bids, "b1", "d-9");
        assertThat(r.winnerId()).isEqualTo("b2");
        assertThat(r.price().toMoney("p")).as("Vickrey: the second price").isEqualTo(Money.cny("70"));
        assertThat(r.dealId()).isEqualTo("d-9");
        assertThat(r.bids()).hasSize(2);
        assertThat(r.explanation()).isNotNull();
    }
}
