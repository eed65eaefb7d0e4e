package org.dataprice.api.demo;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.dataprice.api.apikey.ApiKeyService;
import org.dataprice.api.apikey.LocalAdminKey;
import org.dataprice.api.index.IndexDefinitionRequest;
import org.dataprice.api.index.IndexDefinitionService;
import org.dataprice.api.index.ReleaseService;
import org.dataprice.api.index.TransactionLoader;
import org.dataprice.api.pricing.auction.AuctionResponse;
import org.dataprice.api.pricing.auction.AuctionService;
import org.dataprice.api.pricing.auction.BidRequest;
import org.dataprice.api.pricing.auction.OpenAuctionRequest;
import org.dataprice.api.pricing.listing.AppraisalRequest;
import org.dataprice.api.pricing.listing.CreateListingRequest;
import org.dataprice.api.pricing.listing.ListingService;
import org.dataprice.api.pricing.negotiation.NegotiationResponse;
import org.dataprice.api.pricing.negotiation.NegotiationService;
import org.dataprice.api.pricing.negotiation.OfferRequest;
import org.dataprice.api.pricing.negotiation.OpenNegotiationRequest;
import org.dataprice.api.security.Role;
import org.dataprice.api.split.settlement.SettlementRequest;
import org.dataprice.api.split.settlement.SettlementService;
import org.dataprice.api.time.ServiceClock;
import org.dataprice.api.valuation.ValuationList;
import org.dataprice.api.valuation.ValuationRequest;
import org.dataprice.api.valuation.ValuationService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code DATAPRICE_DEMO=true} ({@code dataprice.demo.enabled}): on start with an empty store, seeds the demo market of
 * {@link DemoScenario} through the services the endpoints call (the same load → core → save, ledger entries and rules
 * as over HTTP, each request record checked by bean validation as the controller's {@code @Valid} would), creates demo
 * API keys, logs them once with the pages to open, and writes them to {@code dataprice.demo.keys-file}
 * ({@code ./data/demo-keys.json}, owner-only) as a {@link DemoMarket}.
 *
 * <p>Outcomes ({@link Outcome}): {@code SEEDED}; {@code ALREADY_SEEDED} (the demo index exists: nothing is written, the
 * pages are logged again from the keys file); {@code NOT_EMPTY} (the store holds other valuations or indices: nothing
 * is written); {@code REFUSED} (the datasource is not an embedded H2 store and {@code dataprice.demo.force} is not
 * set: a demo never writes its keys and fake trades into a production database). A seed that fails half-way leaves
 * what it wrote; the next start finds the store not empty and says so (delete {@code ./data} to start again).
 */
@Singleton
@Requires(property = "dataprice.demo.enabled", value = "true", defaultValue = "false")
public class DemoSeeder {
    private static final Logger LOG = LoggerFactory.getLogger(DemoSeeder.class);
    private static final String BY = "demo";

    /** What a start did. */
    public enum Outcome { SEEDED, ALREADY_SEEDED, NOT_EMPTY, REFUSED }

    private final ValuationService valuations;
    private final ListingService listings;
    private final NegotiationService negotiations;
    private final AuctionService auctions;
    private final SettlementService settlements;
    private final IndexDefinitionService indices;
    private final TransactionLoader loader;
    private final ReleaseService releases;
    private final ApiKeyService keys;
    private final JsonMapper json;
    private final Validator validator;
    private final Clock clock;
    private final String datasourceUrl;
    private final boolean force;
    private final Path keysFile;
    private final String baseUrl;

    /**
     * @param valuations    valuations
     * @param listings      listings and appraisals
     * @param negotiations  negotiations
     * @param auctions      auctions
     * @param settlements   settlements
     * @param indices       index definitions
     * @param loader        index transaction loads
     * @param releases      index releases
     * @param keys          API keys
     * @param json          the service's JSON mapper (parses the scenario's bodies as the endpoints do)
     * @param validator     bean validation, as the controllers' {@code @Valid}
     * @param clock         the service clock
     * @param datasourceUrl the store's JDBC URL
     * @param force         seed even into a non-embedded store
     * @param keysFile      where the demo keys and links are written
     * @param port          the HTTP port, for the logged links
     */
    public DemoSeeder(ValuationService valuations, ListingService listings, NegotiationService negotiations,
                      AuctionService auctions, SettlementService settlements, IndexDefinitionService indices,
                      TransactionLoader loader, ReleaseService releases, ApiKeyService keys, JsonMapper json,
                      Validator validator, Clock clock,
                      @Value("${datasources.default.url:}") String datasourceUrl,
                      @Value("${dataprice.demo.force:false}") boolean force,
                      @Value("${dataprice.demo.keys-file:./data/demo-keys.json}") String keysFile,
                      @Value("${micronaut.server.port:8080}") int port) {
        this.valuations = valuations;
        this.listings = listings;
        this.negotiations = negotiations;
        this.auctions = auctions;
        this.settlements = settlements;
        this.indices = indices;
        this.loader = loader;
        this.releases = releases;
        this.keys = keys;
        this.json = json;
        this.validator = validator;
        this.clock = clock;
        this.datasourceUrl = datasourceUrl;
        this.force = force;
        this.keysFile = Path.of(keysFile).toAbsolutePath().normalize();
        this.baseUrl = "http://localhost:" + (port > 0 ? port : 8080);
    }

    /** @param event the application start */
    @EventListener
    public void onStartup(StartupEvent event) {
        seed();
    }

    /** @return the file the demo keys and links are written to */
    public Path keysFile() {
        return keysFile;
    }

    /**
     * Seeds the demo market when the store is empty (see the class comment for the outcomes).
     *
     * @return what this call did
     */
    public synchronized Outcome seed() {
        if (!org.dataprice.api.storage.H2DataDirectory.isEmbeddedH2(datasourceUrl) && !force) {
            LOG.error("DATAPRICE_DEMO is set but the store is not the embedded H2 database ({}): refusing to seed demo keys "
                    + "and demo trades into what may be production. Set DATAPRICE_DEMO_FORCE=true to seed anyway.",
                    datasourceUrl.replaceAll("[?;].*", ""));
            return Outcome.REFUSED;
        }
        if (indices.ids().contains(DemoScenario.INDEX_ID)) {
            logAlreadySeeded();
            return Outcome.ALREADY_SEEDED;
        }
        if (!indices.ids().isEmpty() || valuations.list(0, 1).total() > 0) {
            LOG.warn("DATAPRICE_DEMO is set but the store is not empty (it holds valuations or indices and no demo index "
                    + "'{}'): nothing seeded. Start on an empty store (e.g. move ./data away) to seed the demo market.",
                    DemoScenario.INDEX_ID);
            return Outcome.NOT_EMPTY;
        }
        DemoMarket market = seedMarket(new DemoScenario(ServiceClock.now(clock)));
        try {
            LocalAdminKey.writeOwnerOnly(keysFile, json.writeValueAsString(market) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the demo keys to " + keysFile, e);
        }
        LOG.info("Demo market seeded. Demo API keys (shown once here; also in {}, readable by its owner only):", keysFile);
        market.keys().forEach((role, key) -> LOG.info("  demo key {}: {}", role, key));
        logLinks(market.links());
        return Outcome.SEEDED;
    }

    private void logAlreadySeeded() {
        Map<String, String> links = links(findValuation().orElse("<id>"));
        if (Files.isRegularFile(keysFile)) {
            try {
                links = json.readValue(Files.readString(keysFile, StandardCharsets.UTF_8), DemoMarket.class).links();
            } catch (IOException | RuntimeException e) {
                LOG.warn("cannot read {}: {}", keysFile, e.getMessage());
            }
        }
        LOG.info("Demo market already seeded: nothing written. Demo keys are in {} (jq -r .keys.reader {})", keysFile, keysFile);
        logLinks(links);
    }

    private void logLinks(Map<String, String> links) {
        LOG.info("Open (the report needs the header X-API-KEY: the reader key; see the README tour):");
        LOG.info("  valuation report, HTML: {}", links.get("reportHtml"));
        LOG.info("  valuation report, PDF:  {}", links.get("reportPdf"));
        LOG.info("  price index page:       {}", links.get("indexPage"));
        LOG.info("  Swagger UI:             {}", links.get("swaggerUi"));
    }

    private Optional<String> findValuation() {
        ValuationList page = valuations.list(0, ValuationService.MAX_PAGE_SIZE);
        return page.items().stream().filter(i -> DemoScenario.VALUATION_REFERENCE.equals(i.reference()))
                .map(ValuationList.Item::id).findFirst();
    }

    private Map<String, String> links(String valuationId) {
        Map<String, String> links = new LinkedHashMap<>();
        links.put("reportHtml", baseUrl + "/v1/valuations/" + valuationId + "/report.html");
        links.put("reportPdf", baseUrl + "/v1/valuations/" + valuationId + "/report.pdf");
        links.put("indexPage", baseUrl + "/indices/" + DemoScenario.INDEX_ID);
        links.put("swaggerUi", baseUrl + "/swagger-ui/index.html");
        return links;
    }

    private DemoMarket seedMarket(DemoScenario s) {
        Map<String, String> keyTexts = new LinkedHashMap<>();
        Map<String, String> principals = new LinkedHashMap<>();
        key("reader", EnumSet.of(Role.READER), keyTexts, principals);
        key("appraiser", EnumSet.of(Role.APPRAISER, Role.READER), keyTexts, principals);
        key("seller", EnumSet.of(Role.READER), keyTexts, principals);
        key("buyer", EnumSet.of(Role.READER), keyTexts, principals);
        key("bidder", EnumSet.of(Role.READER), keyTexts, principals);
        key("publisher", EnumSet.of(Role.INDEX_PUBLISHER, Role.READER), keyTexts, principals);
        key("settlement", EnumSet.of(Role.SETTLEMENT, Role.READER), keyTexts, principals);
        key("processor", EnumSet.of(Role.READER), keyTexts, principals);
        key("exchange", EnumSet.of(Role.READER), keyTexts, principals);
        Map<String, String> ids = new LinkedHashMap<>();

        // valuation: its report is issued on creation
        String valuationId = valuations.create(parse(s.valuation(), ValuationRequest.class), principals.get("appraiser")).id();
        ids.put("valuation", valuationId);

        // listings, the negotiated one appraised by citing the valuation
        String listingId = listings.create(parse(s.negotiatedListing(), CreateListingRequest.class), principals.get("seller")).id();
        listings.appraise(listingId, parse(s.appraisal(valuationId), AppraisalRequest.class), principals.get("appraiser"));
        String auctionListingId = listings.create(parse(s.auctionListing(), CreateListingRequest.class), principals.get("seller")).id();
        ids.put("listing", listingId);
        ids.put("auctionListing", auctionListingId);

        // a negotiation concluded into a deal
        String negotiationId = negotiations.open(parse(s.negotiation(listingId), OpenNegotiationRequest.class),
                principals.get("buyer")).id();
        negotiations.propose(negotiationId, principals.get("buyer"), parse(s.offer(), OfferRequest.class));
        NegotiationResponse accepted = negotiations.accept(negotiationId, principals.get("seller"));
        ids.put("negotiation", negotiationId);
        ids.put("negotiationDeal", accepted.dealId());

        // a sealed-bid auction concluded: bids before its deadline, closed once the service clock has passed it
        Instant opensAt = ServiceClock.now(clock);
        String auctionId = auctions.open(parse(s.auction(auctionListingId, opensAt), OpenAuctionRequest.class),
                principals.get("seller")).id();
        List<String> bids = s.bids();
        auctions.bid(auctionId, principals.get("buyer"), parse(bids.get(0), BidRequest.class));
        auctions.bid(auctionId, principals.get("bidder"), parse(bids.get(1), BidRequest.class));
        awaitClock(opensAt.plus(DemoScenario.AUCTION_DEADLINE));
        AuctionResponse closed = auctions.close(auctionId, principals.get("seller"));
        ids.put("auction", auctionId);
        ids.put("auctionDeal", closed.dealId());

        // a settlement whose pool is drawn from the product's deals
        ids.put("settlement", settlements.create(parse(s.settlement(principals.get("seller"), principals.get("processor"),
                principals.get("exchange")), SettlementRequest.class), principals.get("settlement")).id());

        // the price index: definition, one CSV load, then each calendar month released in order (all in the past)
        String publisher = principals.get("publisher");
        indices.define(parse(s.indexDefinition(), IndexDefinitionRequest.class), publisher);
        loader.loadCsv(DemoScenario.INDEX_ID, new ByteArrayInputStream(s.indexTrades().getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8, publisher, "demo-index-trades-1");
        for (var period : s.releasedPeriods()) {
            releases.publish(DemoScenario.INDEX_ID, period.toString(), "monthly release", publisher,
                    "/v1/indices/" + DemoScenario.INDEX_ID + "/releases");
        }
        ids.put("index", DemoScenario.INDEX_ID);
        return new DemoMarket(s.today(), keyTexts, ids, links(valuationId));
    }

    private void key(String role, Set<Role> roles, Map<String, String> texts, Map<String, String> principals) {
        ApiKeyService.CreatedKey created = keys.create("demo-" + role, roles, null, BY);
        texts.put(role, created.text());
        principals.put(role, "apikey:" + created.key().id());
    }

    private <T> T parse(String body, Class<T> type) {
        T value;
        try {
            value = json.readValue(body, type);
        } catch (IOException e) {
            throw new UncheckedIOException("the demo scenario's " + type.getSimpleName() + " does not parse", e);
        }
        Set<ConstraintViolation<T>> violations = validator.validate(value);
        if (!violations.isEmpty()) {
            throw new IllegalStateException("the demo scenario's " + type.getSimpleName() + " is invalid: " + violations);
        }
        return value;
    }

    /** Waits (at most 10 s) until the service clock has passed the instant. */
    private void awaitClock(Instant instant) {
        long until = System.nanoTime() + 10_000_000_000L;
        while (!ServiceClock.now(clock).isAfter(instant)) {
            if (System.nanoTime() > until) {
                throw new IllegalStateException("the service clock did not pass the demo auction's deadline " + instant);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the demo auction's deadline", e);
            }
        }
    }
}
