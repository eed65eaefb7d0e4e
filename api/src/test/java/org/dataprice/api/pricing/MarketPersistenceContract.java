package org.dataprice.api.pricing;

import org.dataprice.api.pricing.listing.ListingMapper;

import org.dataprice.api.pricing.auction.AuctionRepository;
import org.dataprice.api.pricing.auction.AuctionRow;
import org.dataprice.api.pricing.auction.BidRepository;
import org.dataprice.api.pricing.auction.BidRow;
import org.dataprice.api.pricing.deal.DealRepository;
import org.dataprice.api.pricing.deal.DealRow;
import org.dataprice.api.pricing.listing.ListingRepository;
import org.dataprice.api.pricing.listing.ListingRow;
import org.dataprice.api.pricing.listing.ListingService;
import org.dataprice.api.pricing.listing.ListingSubscriptionRepository;
import org.dataprice.api.pricing.listing.ListingTermRows;
import org.dataprice.api.pricing.listing.ListingTierRepository;
import org.dataprice.api.pricing.negotiation.NegotiationRepository;
import org.dataprice.api.pricing.negotiation.NegotiationResponse;
import org.dataprice.api.pricing.negotiation.NegotiationRow;
import org.dataprice.api.pricing.negotiation.NegotiationService;
import org.dataprice.api.pricing.negotiation.OfferRepository;
import org.dataprice.api.pricing.negotiation.OfferRequest;
import org.dataprice.api.pricing.negotiation.OfferResponse;
import org.dataprice.api.pricing.negotiation.OfferRow;
import org.dataprice.api.pricing.negotiation.OpenNegotiationRequest;
import org.dataprice.api.pricing.purchase.PurchaseRequest;
import org.dataprice.api.pricing.purchase.PurchaseResponse;
import org.dataprice.api.pricing.purchase.PurchaseRow;
import org.dataprice.api.pricing.purchase.PurchaseService;
import org.dataprice.api.pricing.tariff.TariffPeriodRepository;
import org.dataprice.api.pricing.tariff.TariffPeriodRow;
import org.dataprice.api.pricing.tariff.TariffRepository;
import org.dataprice.api.pricing.tariff.TariffRow;

import org.dataprice.api.transaction.Transactions;
import io.micronaut.context.ApplicationContext;
import org.dataprice.api.ledger.Ledger;
import org.dataprice.api.ledger.LedgerChain;
import io.micronaut.data.connection.ConnectionOperations;
import org.dataprice.error.DatapriceException;
import org.dataprice.pricing.listing.DataCategory;
import org.dataprice.pricing.listing.DataUse;
import org.dataprice.pricing.listing.ListingMode;
import org.dataprice.pricing.listing.PricingUnit;
import org.dataprice.pricing.negotiation.DeliveryMode;
import org.dataprice.pricing.negotiation.Role;
import org.dataprice.pricing.negotiation.UpdateFrequency;
import org.dataprice.pricing.negotiation.UsageScope;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The market tables (V20–V23) against a real database: every column round-trips, the versioned
 * UPDATE is an optimistic lock, the append-only logs refuse a second entry for the same round, and
 * eight threads proposing on one negotiation leave exactly one offer per turn. Subclasses choose the
 * database (H2 always, PostgreSQL when configured).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class MarketPersistenceContract {
    private ApplicationContext context;
    private ListingRepository listings;
    private NegotiationRepository negotiations;
    private OfferRepository offers;
    private AuctionRepository auctions;
    private BidRepository bids;
    private DealRepository deals;
    private NegotiationService negotiationService;
    private Transactions tx;
    private TariffRepository tariffs;
    private TariffPeriodRepository periods;

    /** @return datasource properties */
    abstract Map<String, Object> database();

    /** @return the ledger chain: a deal or offer saved here is chained as the services do, or the store would fail its check */
    private LedgerChain chain() {
        return context.getBean(LedgerChain.class);
    }

    @BeforeAll
    void start() {
        context = ApplicationContext.run(database(), "test");
        listings = context.getBean(ListingRepository.class);
        negotiations = context.getBean(NegotiationRepository.class);
        offers = context.getBean(OfferRepository.class);
        auctions = context.getBean(AuctionRepository.class);
        bids = context.getBean(BidRepository.class);
        deals = context.getBean(DealRepository.class);
        negotiationService = context.getBean(NegotiationService.class);
        tx = context.getBean(Transactions.class);
        tariffs = context.getBean(TariffRepository.class);
        periods = context.getBean(TariffPeriodRepository.class);
    }

    @AfterAll
    void stop() {
        if (context != null) {
            context.close();
            afterStop();
        }
    }

    /** Runs after the context closed, e.g. to drop a schema. */
    void afterStop() {
    }

    private long count(String table) {
        @SuppressWarnings("unchecked")
        ConnectionOperations<Connection> connections = context.getBean(ConnectionOperations.class);
        return connections.executeRead(status -> {
            try (Statement statement = status.getConnection().createStatement();
                 ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
                rs.next();
                return rs.getLong(1);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    private ListingRow listing(String seller, ListingMode mode) {
        Instant now = now();
        ListingRow row = new ListingRow(UUID.randomUUID().toString(), "prod-" + UUID.randomUUID(), seller,
                DataCategory.ENTERPRISE.name(), DataUse.INDUSTRY.name(), PricingUnit.PER_MONTH.name(), mode.name(),
                new BigDecimal("1234.56"), "CNY", now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(30)), now);
        return tx.write(() -> listings.save(row));
    }

    private NegotiationRow negotiation(ListingRow listing, String buyer) {
        Instant now = now();
        NegotiationRow row = new NegotiationRow(UUID.randomUUID().toString(), listing.id(), listing.sellerId(), buyer,
                "OPEN", Role.BUYER.name(), now.plus(Duration.ofHours(1)), 100, now, 0, now);
        return tx.write(() -> negotiations.save(row));
    }

    @Test
    void test_migrations_createEveryMarketTable() {
        for (String table : List.of("pricing_listing", "pricing_appraisal", "pricing_negotiation", "pricing_offer",
                "pricing_auction", "pricing_bid", "pricing_deal", "pricing_tariff", "pricing_tariff_period",
                "pricing_justification", "pricing_listing_tier", "pricing_listing_subscription", "pricing_purchase")) {
            assertThat(count(table)).as(table).isNotNegative();
        }
    }

    @Test
    void test_listingTermsAndSweepQueries_roundTrip() {
        ListingRow listing = listing("seller-terms", ListingMode.FIXED_PRICE);
        ListingTierRepository tiers = context.getBean(ListingTierRepository.class);
        ListingSubscriptionRepository subs = context.getBean(ListingSubscriptionRepository.class);
        tx.write(() -> {
            tiers.save(new ListingTermRows.Tier("t1-" + listing.id(), listing.id(), 1, 1000, new java.math.BigDecimal("0.08")));
            tiers.save(new ListingTermRows.Tier("t0-" + listing.id(), listing.id(), 0, 0, new java.math.BigDecimal("0.10")));
            return subs.save(new ListingTermRows.Subscription("s0-" + listing.id(), listing.id(), 0, 12,
                    new java.math.BigDecimal("900.00")));
        });

        List<ListingTermRows.Tier> found = tx.read(() -> tiers.findByListingIdOrderBySeq(listing.id()));

        assertThat(found).extracting(ListingTermRows.Tier::fromVolume).containsExactly(0L, 1000L);
        assertThat(found.get(1).unitPrice()).isEqualByComparingTo("0.08");
        assertThat(tx.read(() -> subs.findByListingIdOrderBySeq(listing.id())).get(0).price()).isEqualByComparingTo("900.00");
        assertThat(tx.read(() -> negotiations.findByStatusAndDeadlineLessThanEquals("OPEN", Instant.EPOCH))).isEmpty();
        assertThat(tx.read(() -> deals.countMatching(null, null, java.time.LocalDate.of(2000, 1, 1),
                java.time.LocalDate.of(2000, 1, 2)))).isZero();
        assertThat(tx.read(() -> deals.search("none", null, null, null, 10, 0))).isEmpty();
    }

    @Test
    void test_purchase_volumeAndSubscription_appendPurchaseAndDealRows() {
        Instant created = now();
        ListingRow listing = tx.write(() -> listings.save(new ListingRow(UUID.randomUUID().toString(),
                "prod-" + UUID.randomUUID(), "seller-p", DataCategory.ENTERPRISE.name(), DataUse.INDUSTRY.name(),
                PricingUnit.PER_CALL.name(), ListingMode.FIXED_PRICE.name(), new BigDecimal("0.10"), "CNY",
                Instant.parse("2000-01-01T00:00:00Z"), Instant.parse("2100-01-01T00:00:00Z"), created)));
        ListingTierRepository tiers = context.getBean(ListingTierRepository.class);
        ListingSubscriptionRepository subs = context.getBean(ListingSubscriptionRepository.class);
        tx.write(() -> {
            tiers.save(new ListingTermRows.Tier("t0-" + listing.id(), listing.id(), 0, 0, new BigDecimal("0.10")));
            tiers.save(new ListingTermRows.Tier("t1-" + listing.id(), listing.id(), 1, 1000, new BigDecimal("0.08")));
            tiers.save(new ListingTermRows.Tier("t2-" + listing.id(), listing.id(), 2, 10000, new BigDecimal("0.05")));
            return subs.save(new ListingTermRows.Subscription("s0-" + listing.id(), listing.id(), 0, 12,
                    new BigDecimal("900.00")));
        });
        PurchaseService service = context.getBean(PurchaseService.class);

        // 1,000 × 0.10 + 9,000 × 0.08 + 5,000 × 0.05 = 1,070.00
        PurchaseResponse volume = service.buy(listing.id(), new PurchaseRequest(15000L, null), "buyer-p");
        PurchaseResponse term = service.buy(listing.id(), new PurchaseRequest(null, "s0-" + listing.id()), "buyer-p");

        List<PurchaseRow> rows = service.purchasesOf(listing.id());
        assertThat(rows).extracting(PurchaseRow::kind).containsExactlyInAnyOrder("VOLUME", "SUBSCRIPTION");
        PurchaseRow v = rows.stream().filter(r -> r.id().equals(volume.id())).findFirst().orElseThrow();
        assertThat(v.volume()).isEqualTo(15000L);
        assertThat(v.months()).isNull();
        assertThat(v.fee()).isEqualByComparingTo("1070.00");
        PurchaseRow t = rows.stream().filter(r -> r.id().equals(term.id())).findFirst().orElseThrow();
        assertThat(t.months()).isEqualTo(12);
        assertThat(t.volume()).isNull();
        DealRow deal = tx.read(() -> deals.findByModeAndSourceId("FIXED_PRICE", volume.id()).orElseThrow());
        assertThat(deal.id()).isEqualTo(v.dealId());
        assertThat(deal.quantity()).isEqualByComparingTo("15000");
        assertThat(deal.unitPrice()).isEqualByComparingTo("0.07");
        assertThat(deal.totalPrice()).isEqualByComparingTo("1070.00");
        assertThat(tx.read(() -> deals.findByModeAndSourceId("FIXED_PRICE", term.id()).orElseThrow().quantity()))
                .isEqualByComparingTo("1");
    }

    @Test
    void test_listing_roundTripsEveryColumn() {
        ListingRow saved = listing("seller-rt", ListingMode.NEGOTIATED);

        ListingRow found = tx.read(() -> listings.findById(saved.id()).orElseThrow());

        assertThat(found.quote()).isEqualByComparingTo(saved.quote());
        assertThat(found).usingRecursiveComparison().ignoringFields("quote").isEqualTo(saved);
        assertThat(ListingMapper.toListing(found, List.of(), List.of()).quote().amount())
                .isEqualByComparingTo("1234.56");
    }

    /** No silent drop: a fixed-price listing read back with its tiers and terms equals the one stored. */
    @Test
    void test_listing_withTiersAndSubscriptions_readBackEqualsStored() {
        ListingTierRepository tierRepo = context.getBean(ListingTierRepository.class);
        ListingSubscriptionRepository subRepo = context.getBean(ListingSubscriptionRepository.class);
        ListingService service = context.getBean(ListingService.class);
        Instant now = now();
        org.dataprice.pricing.listing.Listing stored = new org.dataprice.pricing.listing.Listing(
                UUID.randomUUID().toString(), "prod-rt", "seller-terms", DataCategory.ENTERPRISE, DataUse.INDUSTRY,
                PricingUnit.PER_CALL, ListingMode.FIXED_PRICE, org.dataprice.money.Money.cny("0.10"),
                now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(30)),
                List.of(new org.dataprice.pricing.listing.VolumeTier(0, org.dataprice.money.Money.cny("0.10")),
                        new org.dataprice.pricing.listing.VolumeTier(10_000, org.dataprice.money.Money.cny("0.07"))),
                List.of(new org.dataprice.pricing.listing.SubscriptionTerm(12, org.dataprice.money.Money.cny("999.90")),
                        new org.dataprice.pricing.listing.SubscriptionTerm(1, org.dataprice.money.Money.cny("100.00"))));
        tx.write(() -> {
            listings.save(ListingMapper.toRow(stored, now));
            ListingMapper.toTierRows(stored, List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString()))
                    .forEach(tierRepo::save);
            ListingMapper.toSubscriptionRows(stored, List.of(UUID.randomUUID().toString(),
                    UUID.randomUUID().toString())).forEach(subRepo::save);
            return null;
        });

        org.dataprice.pricing.listing.Listing read = tx.read(() -> service.listing(listings.findById(stored.listingId())
                .orElseThrow()));

        assertThat(read).isEqualTo(stored);
        assertThat(read.volumeTiers()).hasSize(2);
        assertThat(read.subscriptions()).hasSize(2);
    }

    @Test
    void test_negotiation_versionedUpdateIsAnOptimisticLock() {
        NegotiationRow row = negotiation(listing("seller-v", ListingMode.NEGOTIATED), "buyer-v");
        Instant at = now();

        long first = tx.write(() -> negotiations.transition(row.id(), "OPEN", "SELLER", at, 1, 0));
        long stale = tx.write(() -> negotiations.transition(row.id(), "OPEN", "SELLER", at, 1, 0));

        assertThat(first).isEqualTo(1);
        assertThat(stale).isZero();
        NegotiationRow found = tx.read(() -> negotiations.findById(row.id()).orElseThrow());
        assertThat(found.version()).isEqualTo(1);
        assertThat(found.turn()).isEqualTo("SELLER");
        assertThat(found.updatedAt()).isEqualTo(at);
    }

    @Test
    void test_offer_sameRoundTwice_isRefusedAsConflict() {
        NegotiationRow row = negotiation(listing("seller-o", ListingMode.NEGOTIATED), "buyer-o");
        OfferRow offer = new OfferRow(UUID.randomUUID().toString(), row.id(), 0, "BUYER", "buyer-o",
                new BigDecimal("10.00"), "CNY", 12, UsageScope.INTERNAL.name(), UpdateFrequency.DAILY.name(),
                DeliveryMode.FILE.name(), now());
        tx.write(() -> {
            chain().append(Ledger.OFFERS, offers.save(offer).id());
            return null;
        });

        OfferRow again = new OfferRow(UUID.randomUUID().toString(), row.id(), 0, "BUYER", "buyer-o",
                new BigDecimal("11.00"), "CNY", 12, UsageScope.INTERNAL.name(), UpdateFrequency.DAILY.name(),
                DeliveryMode.FILE.name(), now());
        assertThatThrownBy(() -> tx.write(() -> offers.save(again)))
                .as("a unique violation on the log is a conflict: retried, then 409")
                .isInstanceOfSatisfying(org.dataprice.api.problem.ProblemException.class,
                        e -> assertThat(e.type()).isEqualTo(org.dataprice.api.problem.ProblemType.CONFLICT));
        List<OfferRow> log = tx.read(() -> offers.findByNegotiationIdOrderByRoundNo(row.id()));
        assertThat(log).hasSize(1);
        assertThat(log.get(0).price()).isEqualByComparingTo("10.00");
        assertThat(log.get(0).offeredAt()).isEqualTo(offer.offeredAt());
    }

    @Test
    void test_negotiation_eightConcurrentProposals_exactlyOneWinsPerTurn() throws Exception {
        ListingRow listing = listing("seller-c", ListingMode.NEGOTIATED);
        NegotiationResponse opened = negotiationService.open(new OpenNegotiationRequest(listing.id(), Role.BUYER,
                now().plus(Duration.ofHours(1)), 100), "buyer-c");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (int turn = 0; turn < 3; turn++) {
                String actor = turn % 2 == 0 ? "buyer-c" : "seller-c";
                CountDownLatch go = new CountDownLatch(1);
                List<Future<Boolean>> outcomes = new ArrayList<>();
                for (int t = 0; t < 8; t++) {
                    OfferRequest request = new OfferRequest(new MoneyJson(new BigDecimal(100 + t), "CNY"), 12,
                            UsageScope.INTERNAL, UpdateFrequency.ONCE, DeliveryMode.API, null);
                    outcomes.add(pool.submit(() -> {
                        go.await();
                        try {
                            negotiationService.propose(opened.id(), actor, request);
                            return true;
                        } catch (DatapriceException e) {
                            assertThat(e.rule().id()).isEqualTo("out-of-turn");
                            return false;
                        } catch (org.dataprice.api.problem.ProblemException e) {
                            assertThat(e.type()).isEqualTo(org.dataprice.api.problem.ProblemType.CONFLICT);
                            return false;
                        }
                    }));
                }
                go.countDown();
                int won = 0;
                for (Future<Boolean> outcome : outcomes) {
                    won += outcome.get(60, TimeUnit.SECONDS) ? 1 : 0;
                }
                assertThat(won).as("turn " + turn).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
        NegotiationResponse after = negotiationService.find(opened.id(), "buyer-c");
        assertThat(after.version()).isEqualTo(3);
        assertThat(after.offers()).extracting(OfferResponse::round).containsExactly(0, 1, 2);
        assertThat(after.offers()).extracting(OfferResponse::proposer).containsExactly("BUYER", "SELLER", "BUYER");
    }

    @Test
    void test_auctionAndBids_roundTrip_andVersionedClose() {
        ListingRow listing = listing("seller-a", ListingMode.AUCTION);
        Instant now = now();
        AuctionRow auction = new AuctionRow(UUID.randomUUID().toString(), listing.id(), "seller-a", "VICKREY", "CNY",
                new BigDecimal("5.00"), null, new BigDecimal("5.00"), "INTERNAL", now.plus(Duration.ofMinutes(1)), false,
                null, null, now, 0, now);
        tx.write(() -> auctions.save(auction));
        BidRow bid = new BidRow(UUID.randomUUID().toString(), auction.id(), 1, "bidder", new BigDecimal("7.00"), "CNY",
                now);
        tx.write(() -> bids.save(bid));

        assertThat(tx.write(() -> auctions.transition(auction.id(), true, "bidder", new BigDecimal("5.00"), now, 1, 0)))
                .isEqualTo(1);
        assertThat(tx.write(() -> auctions.transition(auction.id(), true, "x", BigDecimal.ONE, now, 1, 0))).isZero();
        AuctionRow found = tx.read(() -> auctions.findById(auction.id()).orElseThrow());
        assertThat(found.closed()).isTrue();
        assertThat(found.winnerId()).isEqualTo("bidder");
        assertThat(found.price()).isEqualByComparingTo("5.00");
        assertThat(found.increment()).isNull();
        List<BidRow> log = tx.read(() -> bids.findByAuctionIdOrderBySeq(auction.id()));
        assertThat(log).hasSize(1);
        assertThat(log.get(0).bidAt()).isEqualTo(now);
    }

    @Test
    void test_deal_roundTripsEveryColumn_andQueriesByProductAndCategory() {
        ListingRow listing = listing("seller-d", ListingMode.NEGOTIATED);
        Instant at = Instant.parse("2026-03-31T23:30:00.123456Z");
        DealRow deal = new DealRow(UUID.randomUUID().toString(), listing.id(), listing.productId(), "ENTERPRISE",
                "INDUSTRY", "PER_MONTH", "INTERNAL", "NEGOTIATED", UUID.randomUUID().toString(), "seller-d", "buyer-d",
                LocalDate.of(2026, 3, 31), at, new BigDecimal("99.99"), new BigDecimal("3"), new BigDecimal("299.97"),
                "CNY");
        tx.write(() -> {
            chain().append(Ledger.DEALS, deals.save(deal).id());
            return null;
        });

        DealRow found = tx.read(() -> deals.findById(deal.id()).orElseThrow());

        assertThat(found.dealDate()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(found.concludedAt()).isEqualTo(at);
        assertThat(found.unitPrice()).isEqualByComparingTo("99.99");
        assertThat(found.quantity()).isEqualByComparingTo("3");
        assertThat(found.totalPrice()).isEqualByComparingTo("299.97");
        assertThat(found).usingRecursiveComparison().ignoringFields("unitPrice", "quantity", "totalPrice")
                .isEqualTo(deal);
        assertThat(tx.read(() -> deals.findByProductIdOrderByConcludedAt(listing.productId())))
                .extracting(DealRow::id).containsExactly(deal.id());
        assertThat(tx.read(() -> deals.findByCategoryOrderByConcludedAt("ENTERPRISE"))).extracting(DealRow::id)
                .contains(deal.id());
        assertThat(tx.read(() -> deals.findByModeAndSourceId("NEGOTIATED", deal.sourceId()))).isPresent();
    }

    @Test
    void test_tariffAndPeriod_roundTrip_andVersionBump() {
        Instant now = now();
        TariffRow tariff = new TariffRow(UUID.randomUUID().toString(), "pub-p", "CNY", true, "admin", now, 0);
        tx.write(() -> tariffs.save(tariff));
        TariffPeriodRow period = new TariffPeriodRow(UUID.randomUUID().toString(), tariff.id(), now,
                now.plus(Duration.ofDays(365)), new BigDecimal("0.10"), "[{\"fromVolume\":0,\"unitPrice\":0.1}]", "[]",
                "admin", now);
        tx.write(() -> periods.save(period));

        assertThat(tx.write(() -> tariffs.bump(tariff.id(), 0))).isEqualTo(1);
        assertThat(tx.write(() -> tariffs.bump(tariff.id(), 0))).isZero();
        assertThat(tx.read(() -> tariffs.findById(tariff.id()).orElseThrow()).version()).isEqualTo(1);
        TariffPeriodRow found = tx.read(() -> periods.findByTariffIdOrderByValidFrom(tariff.id())).get(0);
        assertThat(found.cap()).isEqualByComparingTo("0.10");
        assertThat(found).usingRecursiveComparison().ignoringFields("cap").isEqualTo(period);
    }
}
