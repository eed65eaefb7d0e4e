package org.dataprice.api.supervision;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.dataprice.api.Http;
import org.dataprice.api.apikey.ApiKeyService;
import org.dataprice.api.pricing.Market;
import org.dataprice.api.pricing.PricingExamples;
import org.dataprice.api.pricing.deal.DealRow;
import org.dataprice.api.pricing.deal.DealService;
import org.dataprice.api.security.Role;
import org.dataprice.api.time.TestClock;
import org.dataprice.api.transaction.Transactions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The per-deal monitor's cells against the stored deals: a cell read first and then refreshed after more deals holds
 * exactly the log unit prices the old path computed from the stored rows ({@link SupervisionMapper#monitored}, sorted),
 * and a cell with a small window holds exactly the latest deals in the order the ledger chained them.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MonitoredCellsTest {
    private static final long[] VOLUMES = {500, 5000, 15000, 700, 20000, 1200, 300, 12000, 9000};

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    ApiKeyService keys;
    @Inject
    TestClock clock;
    @Inject
    MonitoredCells cells;
    @Inject
    DealService deals;
    @Inject
    Transactions transactions;

    Http http;
    Market.Party seller;
    Market.Party buyer;
    String listingId;

    @BeforeAll
    void setUp() {
        http = new Http(server.getURL(), json);
        seller = Market.party(keys, Role.READER);
        buyer = Market.party(keys);
        Http.Response listing = http.post("/v1/listings", PricingExamples.LISTING_FIXED_PRICE, seller.headers());
        assertThat(listing.status()).as(listing.body()).isEqualTo(201);
        listingId = Market.id(listing);
    }

    private double buy(long volume) {
        Http.Response bought = http.post("/v1/listings/" + listingId + "/purchases", "{\"volume\": " + volume + "}",
                buyer.headers());
        assertThat(bought.status()).as(bought.body()).isEqualTo(201);
        DealRow row = transactions.read(() -> deals.rows("PUBLIC", month().atDay(1), month().atEndOfMonth(), 100_000))
                .stream().filter(r -> r.id().equals(bought.map().get("dealId"))).findFirst().orElseThrow();
        return SupervisionMapper.monitored(row, null).logUnitPrice();
    }

    private YearMonth month() {
        return YearMonth.from(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
    }

    private double[] storedSorted() {
        List<Double> logs = new ArrayList<>();
        for (DealRow r : transactions.read(() -> deals.rows("PUBLIC", month().atDay(1), month().atEndOfMonth(),
                100_000))) {
            if (r.currency().equals("CNY") && r.totalPrice().signum() > 0) {
                logs.add(SupervisionMapper.monitored(r, null).logUnitPrice());
            }
        }
        return logs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    }

    private double[] read(MonitoredCells from) {
        return transactions.write(() -> from.sortedLogs("PUBLIC", "CNY", month(), "not-a-deal"));
    }

    @Test
    void test_firstLoadThenRefresh_equalTheStoredDeals_andTheSmallWindowKeepsTheLatest() {
        MonitoredCells small = new MonitoredCells(transactions, 3, MonitoredCells.RELOAD_AFTER);
        // more new ledger entries than 2 since its last look: the cell is reloaded rather than read entry by entry
        MonitoredCells reloading = new MonitoredCells(transactions, 100, 2);
        List<Double> bought = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            bought.add(buy(VOLUMES[i]));
        }
        assertThat(read(cells)).containsExactly(storedSorted());
        assertThat(read(small)).hasSize(2);
        assertThat(read(reloading)).containsExactly(storedSorted());
        for (int i = 2; i < VOLUMES.length; i++) {
            bought.add(buy(VOLUMES[i]));
        }
        double[] stored = storedSorted();
        assertThat(stored).hasSizeGreaterThanOrEqualTo(VOLUMES.length);
        assertThat(read(cells)).containsExactly(stored);
        double[] latest = bought.subList(bought.size() - 3, bought.size()).stream().mapToDouble(Double::doubleValue)
                .sorted().toArray();
        assertThat(read(small)).containsExactly(latest);
        assertThat(read(reloading)).containsExactly(stored);
        bought.add(buy(4000));
        // one new entry: read one by one, not reloaded
        assertThat(read(reloading)).containsExactly(storedSorted());
        double[] after = storedSorted();
        assertThat(read(cells)).containsExactly(after);
        // a read with nothing new changes nothing
        assertThat(read(cells)).containsExactly(after);
        assertThat(Arrays.stream(read(cells)).distinct().count()).isGreaterThan(1);
    }
}
