package org.dataprice.api.pricing;

import org.dataprice.api.pricing.deal.DealMapper;

import org.dataprice.api.pricing.auction.AuctionMapper;
import org.dataprice.api.pricing.listing.ListingMapper;
import org.dataprice.api.pricing.negotiation.NegotiationMapper;
import org.dataprice.api.pricing.purchase.PurchaseMapper;

import org.dataprice.api.pricing.auction.AuctionKind;
import org.dataprice.api.pricing.auction.AuctionResponse;
import org.dataprice.api.pricing.auction.AuctionRow;
import org.dataprice.api.pricing.auction.BidRow;
import org.dataprice.api.pricing.auction.OpenAuctionRequest;
import org.dataprice.api.pricing.deal.DealResponse;
import org.dataprice.api.pricing.deal.DealRow;
import org.dataprice.api.pricing.listing.AppraisalResponse;
import org.dataprice.api.pricing.listing.AppraisalRow;
import org.dataprice.api.pricing.listing.CitedValuationJson;
import org.dataprice.api.pricing.listing.CreateListingRequest;
import org.dataprice.api.pricing.listing.ListingResponse;
import org.dataprice.api.pricing.listing.ListingRow;
import org.dataprice.api.pricing.listing.ListingTermRows;
import org.dataprice.api.pricing.listing.SubscriptionTermJson;
import org.dataprice.api.pricing.listing.VolumeTierJson;
import org.dataprice.api.pricing.negotiation.NegotiationRow;
import org.dataprice.api.pricing.negotiation.OfferRow;
import org.dataprice.api.pricing.purchase.PurchaseRequest;
import org.dataprice.api.pricing.purchase.PurchaseResponse;
import org.dataprice.api.pricing.purchase.PurchaseRow;

import org.dataprice.money.Money;
import org.dataprice.pricing.Purchase;
import org.dataprice.pricing.PurchaseOrder;
import org.dataprice.pricing.auction.AuctionFormat;
import org.dataprice.pricing.auction.AuctionState;
import org.dataprice.pricing.auction.EnglishAuctionState;
import org.dataprice.pricing.auction.SealedBidAuctionState;
import org.dataprice.pricing.band.Appraisal;
import org.dataprice.pricing.listing.DataCategory;
import org.dataprice.pricing.listing.DataUse;
import org.dataprice.pricing.listing.Listing;
import org.dataprice.pricing.listing.ListingMode;
import org.dataprice.pricing.listing.PricingUnit;
import org.dataprice.pricing.negotiation.DeliveryMode;
import org.dataprice.pricing.negotiation.NegotiationCommand;
import org.dataprice.pricing.negotiation.NegotiationMachine;
import org.dataprice.pricing.negotiation.NegotiationState;
import org.dataprice.pricing.negotiation.Offer;
import org.dataprice.pricing.negotiation.RecordedOffer;
import org.dataprice.pricing.negotiation.Role;
import org.dataprice.pricing.negotiation.UpdateFrequency;
import org.dataprice.pricing.negotiation.UsageScope;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No silent data drops in the pricing mappers ({@link PricingMapper}, {@link ListingMapper}, {@link AuctionMapper},
 * {@link NegotiationMapper}, {@link PurchaseMapper}, {@link DealMapper}; each workflow's own {@code *MapperTest}
 * holds its fully populated round trip): every mapping round-trips (row → core → row,
 * core → row → core, request → core → response), so what is read from storage equals what was stored and a
 * response shows every field the request gave. Exact comparison; amounts compared by value (a stored
 * NUMERIC keeps its column's scale).
 */
class PricingMapperTest {
    private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");
    private static final Instant FROM = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant UNTIL = Instant.parse("2027-01-01T00:00:00Z");

    private static List<String> ids(int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(UUID.randomUUID().toString());
        }
        return out;
    }

    private static CreateListingRequest fixedRequest() {
        return new CreateListingRequest(" prod-1 ", DataCategory.ENTERPRISE, DataUse.INDUSTRY, PricingUnit.PER_CALL,
                ListingMode.FIXED_PRICE, new MoneyJson(new BigDecimal("0.10"), "CNY"), FROM, UNTIL,
                List.of(new VolumeTierJson(0, new MoneyJson(new BigDecimal("0.10"), "CNY")),
                        new VolumeTierJson(10_000, new MoneyJson(new BigDecimal("0.07"), "CNY"))),
                List.of(new SubscriptionTermJson(12, new MoneyJson(new BigDecimal("999.9"), "CNY")),
                        new SubscriptionTermJson(1, new MoneyJson(new BigDecimal("100"), "CNY"))), null, null);
    }

    private static Listing auctionListing() {
        return new Listing("l-a", "p-a", "seller", DataCategory.PERSONAL, DataUse.INDUSTRY, PricingUnit.ONE_OFF,
                ListingMode.AUCTION, Money.cny("100"), FROM, UNTIL, List.of(), List.of());
    }

    @Test
    void test_listing_requestToCoreToRowsToCore_equal() {
        Listing core = ListingMapper.toListing(fixedRequest(), "l-1", "seller");
        ListingRow row = ListingMapper.toRow(core, T0);
        List<ListingTermRows.Tier> tiers = ListingMapper.toTierRows(core, ids(2));
        List<ListingTermRows.Subscription> subs = ListingMapper.toSubscriptionRows(core, ids(2));

        Listing back = ListingMapper.toListing(row, tiers, subs);

        assertThat(back).isEqualTo(core);
        assertThat(back.volumeTiers()).hasSize(2);
        assertThat(back.subscriptions()).hasSize(2);
        assertThat(ListingMapper.toRow(back, T0)).isEqualTo(row);
        assertThat(ListingMapper.toTierRows(back, tiers.stream().map(ListingTermRows.Tier::id).toList()))
                .isEqualTo(tiers);
        assertThat(ListingMapper.toSubscriptionRows(back, subs.stream().map(ListingTermRows.Subscription::id).toList()))
                .isEqualTo(subs);
    }

    @Test
    void test_listing_requestToCoreToResponse_showsEveryField() {
        CreateListingRequest request = fixedRequest();
        Listing core = ListingMapper.toListing(request, "l-1", "seller");
        ListingResponse response = ListingMapper.toResponse(ListingMapper.toRow(core, T0), null, null,
                ListingMapper.toTierRows(core, ids(2)), ListingMapper.toSubscriptionRows(core, ids(2)), null);

        assertThat(response.id()).isEqualTo("l-1");
        assertThat(response.productId()).isEqualTo("prod-1");
        assertThat(response.sellerId()).isEqualTo("seller");
        assertThat(response.category()).isEqualTo(request.category().name());
        assertThat(response.use()).isEqualTo(request.use().name());
        assertThat(response.unit()).isEqualTo(request.unit().name());
        assertThat(response.mode()).isEqualTo(request.mode().name());
        assertThat(response.quote().toMoney("quote")).isEqualTo(request.quote().toMoney("quote"));
        assertThat(response.validFrom()).isEqualTo(FROM);
        assertThat(response.validUntil()).isEqualTo(UNTIL);
        assertThat(response.createdAt()).isEqualTo(T0);
        assertThat(response.tradable()).isTrue();
        assertThat(response.volumeTiers()).hasSize(2);
        for (int i = 0; i < 2; i++) {
            assertThat(response.volumeTiers().get(i).fromVolume()).isEqualTo(request.volumeTiers().get(i).fromVolume());
            assertThat(response.volumeTiers().get(i).unitPrice().toMoney("p"))
                    .isEqualTo(request.volumeTiers().get(i).unitPrice().toMoney("p"));
            assertThat(response.subscriptions().get(i).months()).isEqualTo(request.subscriptions().get(i).months());
            assertThat(response.subscriptions().get(i).price().toMoney("p"))
                    .isEqualTo(request.subscriptions().get(i).price().toMoney("p"));
        }
    }

    @Test
    void test_sealedAuction_coreToRowsToCore_openAndClosed() {
        SealedBidAuctionState open = SealedBidAuctionState.open("a-1", auctionListing(), "seller",
                AuctionFormat.VICKREY, Money.cny("100"), T0, T0.plus(Duration.ofHours(1)));
        SealedBidAuctionState bid = open.bid("b1", Money.cny("300"), T0.plusSeconds(1))
                .bid("b2", Money.cny("500"), T0.plusSeconds(2)).bid("b3", Money.cny("450"), T0.plusSeconds(2));
        SealedBidAuctionState closed = bid.close("seller", T0.plus(Duration.ofHours(2)));

        for (SealedBidAuctionState state : List.of(open, bid, closed)) {
            AuctionRow row = AuctionMapper.toRow(state, "l-a", UsageScope.REDISTRIBUTION.name(), T0);
            List<BidRow> bids = bidRows(state);

            AuctionState back = AuctionMapper.toAuctionState(row, bids);

            assertThat(back).isEqualTo(state);
            assertThat(AuctionMapper.toRow(back, row)).isEqualTo(row);
        }
        AuctionRow closedRow = AuctionMapper.toRow(closed, "l-a", "INTERNAL", T0);
        assertThat(closedRow.winnerId()).isEqualTo("b2");
        assertThat(closedRow.price()).isEqualByComparingTo("450.00");
        assertThat(closedRow.startPrice()).as("a sealed auction stores its reserve as the start price")
                .isEqualByComparingTo("100.00");
        assertThat(closedRow.increment()).isNull();
    }

    @Test
    void test_englishAuction_coreToRowsToCore() {
        EnglishAuctionState open = EnglishAuctionState.open("a-2", auctionListing(), "seller", Money.cny("100"),
                Money.cny("10"), Money.cny("115"), T0, T0.plus(Duration.ofHours(1)));
        EnglishAuctionState bid = open.bid("b1", Money.cny("100"), T0.plusSeconds(1))
                .bid("b2", Money.cny("120"), T0.plusSeconds(5));
        EnglishAuctionState closed = bid.close("seller", T0.plus(Duration.ofHours(1)));

        for (EnglishAuctionState state : List.of(open, bid, closed)) {
            AuctionRow row = AuctionMapper.toRow(state, "l-a", "INTERNAL", T0);
            List<BidRow> bids = new ArrayList<>();
            for (int i = 0; i < state.bids().size(); i++) {
                bids.add(new BidRow("r" + i, state.auctionId(), i + 1L, state.bids().get(i).bidderId(),
                        state.bids().get(i).amount().amount(), "CNY", state.bids().get(i).at()));
            }
            AuctionState back = AuctionMapper.toAuctionState(row, bids);
            assertThat(back).isEqualTo(state);
            assertThat(AuctionMapper.toRow(back, row)).isEqualTo(row);
        }
        assertThat(AuctionMapper.toRow(closed, "l-a", "INTERNAL", T0).price()).isEqualByComparingTo("120.00");
    }

    @Test
    void test_auction_requestToCoreToResponse() {
        OpenAuctionRequest request = new OpenAuctionRequest("l-a", AuctionKind.FIRST_PRICE, null, null,
                new MoneyJson(new BigDecimal("50"), "CNY"), T0.plus(Duration.ofHours(1)), UsageScope.INTERNAL);
        AuctionState state = AuctionMapper.openAuction(request, "a-3", auctionListing(), "seller", T0);
        AuctionRow row = AuctionMapper.toRow(state, "l-a", "INTERNAL", T0);

        AuctionResponse seller = AuctionMapper.toResponse(state, row, List.of(), "seller", null);
        AuctionResponse bidder = AuctionMapper.toResponse(state, row, List.of(), "b1", null);

        assertThat(seller.format()).isEqualTo("FIRST_PRICE");
        assertThat(seller.reserve().toMoney("reserve")).isEqualTo(Money.cny("50"));
        assertThat(bidder.reserve()).as("the reserve is sealed from bidders until the close").isNull();
        assertThat(seller.deadline()).isEqualTo(request.deadline());
        assertThat(seller.rightsType()).isEqualTo("INTERNAL");
        assertThat(seller.closed()).isFalse();
        assertThat(seller.version()).isZero();
    }

    @Test
    void test_negotiation_coreToRowsToCore() {
        Listing listing = new Listing("l-n", "p-n", "seller", DataCategory.ENTERPRISE, DataUse.INDUSTRY,
                PricingUnit.PER_YEAR, ListingMode.NEGOTIATED, Money.cny("50000"), FROM, UNTIL, List.of(), List.of());
        NegotiationState state = NegotiationState.forListing("n-1", listing, "buyer", Role.BUYER, T0,
                T0.plus(Duration.ofDays(1)), 10);
        state = NegotiationMachine.DEFAULT.apply(state, new NegotiationCommand.Propose("buyer",
                new Offer(Money.cny("42000"), 12, UsageScope.INTERNAL, UpdateFrequency.DAILY, DeliveryMode.API),
                T0.plusSeconds(60)));
        state = NegotiationMachine.DEFAULT.apply(state, new NegotiationCommand.Accept("seller", T0.plusSeconds(120)));

        NegotiationRow row = NegotiationMapper.toRow(state, T0);
        List<OfferRow> offers = new ArrayList<>();
        for (RecordedOffer o : state.offers()) {
            offers.add(NegotiationMapper.toRow("o" + o.round(), state.negotiationId(), o));
        }
        NegotiationState back = NegotiationMapper.toState(row, offers);

        assertThat(back).isEqualTo(state);
        assertThat(NegotiationMapper.toRow(back, T0)).isEqualTo(row);
    }

    @Test
    void test_purchase_coreToRowToCore_volumeAndSubscription() {
        Listing listing = ListingMapper.toListing(fixedRequest(), "l-1", "seller");
        Instant at = Instant.parse("2026-06-01T00:00:00Z");
        for (PurchaseOrder order : List.of(new PurchaseOrder.Volume(15_000), new PurchaseOrder.Subscription("12"))) {
            Purchase purchase = Purchase.of(listing, "buyer", order, at);
            PurchaseRow row = PurchaseMapper.toRow(purchase, "p-1", "d-1");

            assertThat(PurchaseMapper.toPurchase(row)).isEqualTo(purchase);
            PurchaseResponse response = PurchaseMapper.toResponse(purchase, row);
            assertThat(response.fee().toMoney("fee")).isEqualTo(purchase.fee());
            assertThat(response.unitPrice().toMoney("unitPrice")).isEqualTo(purchase.unitPrice());
            assertThat(response.quantity()).isEqualByComparingTo(purchase.dealQuantity());
            assertThat(response.volume()).isEqualTo(row.volume());
            assertThat(response.months()).isEqualTo(row.months());
        }
        PurchaseRow volume = PurchaseMapper.toRow(Purchase.of(listing, "buyer", new PurchaseOrder.Volume(15_000), at),
                "p", "d");
        assertThat(volume.fee()).isEqualByComparingTo("1350.00");
        assertThat(volume.months()).isNull();
    }

    @Test
    void test_purchaseOrder_termRowIdReadAsItsMonths() {
        List<ListingTermRows.Subscription> terms = List.of(new ListingTermRows.Subscription("term-x", "l", 0, 12,
                new BigDecimal("999.90")));
        assertThat(PurchaseMapper.toPurchaseOrder(new PurchaseRequest(null, "term-x"), terms))
                .isEqualTo(new PurchaseOrder.Subscription("12"));
        assertThat(PurchaseMapper.toPurchaseOrder(new PurchaseRequest(7L, null), terms))
                .isEqualTo(new PurchaseOrder.Volume(7));
    }

    @Test
    void test_appraisal_rowToCoreToResponse() {
        AppraisalRow row = new AppraisalRow("ap-1", "l-1", "appraiser", "income", new BigDecimal("1000.00"), "CNY",
                new BigDecimal("0.2"), new BigDecimal("800.00"), new BigDecimal("1200.00"), new BigDecimal("1300.00"),
                0.3, true, T0, null, null, null, null, null);
        Appraisal core = ListingMapper.toAppraisal(row);
        AppraisalResponse response = ListingMapper.toResponse(row);

        assertThat(core.value()).isEqualTo(Money.cny("1000"));
        assertThat(response.value().toMoney("value")).isEqualTo(core.value());
        assertThat(response.lower().toMoney("lower")).isEqualTo(Money.cny("800"));
        assertThat(response.upper().toMoney("upper")).isEqualTo(Money.cny("1200"));
        assertThat(response.quote().toMoney("quote")).isEqualTo(Money.cny("1300"));
        assertThat(response.flagged()).isTrue();
        assertThat(response.createdAt()).isEqualTo(T0);
    }

    /** A cited valuation survives row → core → response: id, value, range, date and firm (V51 columns). */
    @Test
    void test_citedAppraisal_rowToCoreToResponse_keepsTheValuation() {
        AppraisalRow row = new AppraisalRow("ap-2", "l-1", "appraiser", "valuation report", new BigDecimal("116.0000"), "CNY",
                new BigDecimal("0.2"), new BigDecimal("92.80"), new BigDecimal("139.20"), new BigDecimal("110.00"),
                -0.05, false, T0, "val-1", LocalDate.of(2024, 12, 31), "Firm X", new BigDecimal("100.0000"),
                new BigDecimal("132.0000"));
        Appraisal core = ListingMapper.toAppraisal(row);
        AppraisalResponse response = ListingMapper.toResponse(row);

        assertThat(core.valuation()).isPresent();
        assertThat(core.valuation().get().id()).isEqualTo("val-1");
        assertThat(core.appraiser()).isEqualTo("Firm X");
        assertThat(response.appraiser()).isEqualTo("appraiser");
        assertThat(response.valuation()).isEqualTo(new CitedValuationJson("val-1", "/v1/valuations/val-1",
                MoneyJson.of(Money.cny("116")), MoneyJson.of(Money.cny("100")), MoneyJson.of(Money.cny("132")),
                LocalDate.of(2024, 12, 31), "Firm X"));
        assertThat(response.lower().toMoney("lower")).isEqualTo(Money.cny("92.80"));
        assertThat(response.explanation().toString()).contains("val-1");
        assertThat(ListingMapper.toResponse(new AppraisalRow("ap-3", "l-1", "a", "income", BigDecimal.TEN, "CNY",
                new BigDecimal("0.2"), new BigDecimal("8"), new BigDecimal("12"), BigDecimal.TEN, 0, false, T0, null, null,
                null, null, null)).valuation()).isNull();
    }

    @Test
    void test_deal_rowToResponse_everyColumn() {
        DealRow row = new DealRow("d-1", "l-1", "p-1", "ENTERPRISE", "INDUSTRY", "PER_CALL", "INTERNAL", "FIXED_PRICE",
                "s-1", "seller", "buyer", LocalDate.of(2026, 6, 1), T0, new BigDecimal("0.0900"),
                new BigDecimal("15000.0000"), new BigDecimal("1350.0000"), "CNY");
        DealResponse r = DealMapper.toResponse(row);
        assertThat(List.of(r.id(), r.listingId(), r.productId(), r.category(), r.use(), r.unit(), r.rightsType(),
                r.mode(), r.sourceId(), r.sellerId(), r.buyerId())).containsExactly(row.id(), row.listingId(),
                row.productId(), row.category(), row.dataUse(), row.pricingUnit(), row.rightsType(), row.mode(),
                row.sourceId(), row.sellerId(), row.buyerId());
        assertThat(r.date()).isEqualTo(row.dealDate());
        assertThat(r.concludedAt()).isEqualTo(row.concludedAt());
        assertThat(r.unitPrice().toMoney("u")).isEqualTo(Money.cny("0.09"));
        assertThat(r.quantity()).isEqualByComparingTo(row.quantity());
        assertThat(r.total().toMoney("t")).isEqualTo(Money.cny("1350"));
    }

    /** The shared helpers: a stored amount at any column scale is the same money; an instant keeps its microseconds. */
    @Test
    void test_money_andMicros_roundTrip() {
        for (String amount : List.of("0", "0.1", "1350.0000", "999.90", "12345678901234.56")) {
            Money m = PricingMapper.money(new BigDecimal(amount), "CNY");
            assertThat(m.amount()).isEqualByComparingTo(amount);
            assertThat(PricingMapper.money(m.amount(), m.currency().getCurrencyCode())).isEqualTo(m);
        }
        assertThat(PricingMapper.money(new BigDecimal("7"), "JPY").amount()).isEqualByComparingTo("7");
        Instant precise = Instant.parse("2026-03-01T08:00:00.123456789Z");
        assertThat(PricingMapper.micros(precise)).isEqualTo(Instant.parse("2026-03-01T08:00:00.123456Z"));
        assertThat(PricingMapper.micros(PricingMapper.micros(precise))).isEqualTo(PricingMapper.micros(precise));
    }

    private static List<BidRow> bidRows(SealedBidAuctionState state) {
        List<BidRow> out = new ArrayList<>();
        for (int i = 0; i < state.bids().size(); i++) {
            SealedBidAuctionState.Bid b = state.bids().get(i);
            out.add(new BidRow("r" + i, state.auctionId(), i + 1L, b.bidderId(), b.amount().amount(), "CNY", b.at()));
        }
        return out;
    }
}
