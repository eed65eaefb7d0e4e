package org.dataprice.api.supervision;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import org.dataprice.api.Http;
import org.dataprice.api.TestDatabases;
import org.dataprice.api.apikey.ApiKeyService;
import org.dataprice.api.index.ChromiumSession;
import org.dataprice.api.pricing.Market;
import org.dataprice.api.pricing.PricingExamples;
import org.dataprice.api.security.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.dataprice.api.time.TestClock;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The supervisor dashboard in a real headless Chromium over DevTools (as {@code IndexPageBrowserTest}), with the
 * supervisor's key sent as a header: after a purchase far below its appraisal band, at 1280 and 360 px the page shows
 * the HIGH alert counted, 30 trend bars, the month's HHI bar with the threshold line, no horizontal overflow, and a
 * click on the alert opens its evidence (the deal id), figures and explanation steps. Screenshots go to
 * {@code api/target/screenshots/}. Without Chromium the test is skipped, or fails when {@code CI=true}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SupervisionDashboardBrowserTest {
    static final Path CHROMIUM = ChromiumSession.CHROMIUM;

    private EmbeddedServer server;
    private JsonMapper json;
    private String supervisorKey;
    private String dealId;
    private String coverAuction;

    @BeforeAll
    void start() {
        ChromiumSession.requireChromium();
        server = ApplicationContext.run(EmbeddedServer.class, TestDatabases.h2("supervision-browser"), "test");
        json = server.getApplicationContext().getBean(JsonMapper.class);
        ApiKeyService keys = server.getApplicationContext().getBean(ApiKeyService.class);
        Http http = new Http(server.getURL(), json);
        Market.Party seller = Market.party(keys, Role.READER);
        Market.Party buyer = Market.party(keys);
        Market.Party appraiser = Market.party(keys, Role.APPRAISER);
        supervisorKey = Market.party(keys, Role.SUPERVISOR).key();
        String listing = Market.id(check(http.post("/v1/listings", PricingExamples.LISTING_FIXED_PRICE, seller.headers())));
        check(http.post("/v1/listings/" + listing + "/appraisals", PricingExamples.APPRAISAL, appraiser.headers()));
        check(http.post("/v1/listings/" + listing + "/justification", PricingExamples.JUSTIFICATION, seller.headers()));
        dealId = (String) check(http.post("/v1/listings/" + listing + "/purchases", PricingExamples.PURCHASE_VOLUME,
                buyer.headers())).map().get("dealId");
        coverAuction = coverBidding(http, keys, seller);
    }

    /** A sealed-bid auction in the same category whose three losing bids sit together at 80 % of the winner's. */
    private String coverBidding(Http http, ApiKeyService keys, Market.Party seller) {
        TestClock clock = server.getApplicationContext().getBean(TestClock.class);
        Instant now = clock.instant();
        if (!YearMonth.from(now.atZone(ZoneOffset.UTC)).equals(YearMonth.from(now.plus(Duration.ofHours(1))
                .atZone(ZoneOffset.UTC)))) {
            clock.set(now.minus(Duration.ofDays(1))); // the findings shown are this month's: stay in one month
        }
        String listing = Market.id(check(http.post("/v1/listings", Market.listing("dash-auction", "PUBLIC", "INDUSTRY",
                "AUCTION", "100.00", clock.instant()), seller.headers())));
        String id = Market.id(check(http.post("/v1/auctions", """
                {"listingId":"%s","format":"FIRST_PRICE","reserve":{"amount":"100.00","currency":"CNY"},"deadline":"%s"}"""
                .formatted(listing, clock.instant().plus(Duration.ofMinutes(10))), seller.headers())));
        for (String amount : List.of("1000.00", "800.00", "800.50", "799.50")) {
            check(http.post("/v1/auctions/" + id + "/bids", "{\"amount\":{\"amount\":\"" + amount
                    + "\",\"currency\":\"CNY\"}}", Market.party(keys).headers()));
        }
        clock.advance(Duration.ofMinutes(11));
        Http.Response closed = http.post("/v1/auctions/" + id + "/close", null, seller.headers());
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        return id;
    }

    private static Http.Response check(Http.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r;
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.getApplicationContext().close();
        }
    }

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {1280, 360})
    void test_dashboard_layoutAndDrillDown(int width) throws Exception {
        boolean phone = width < 600;
        try (ChromiumSession chromium = new ChromiumSession(CHROMIUM, json)) {
            chromium.send("Network.enable", Map.of());
            chromium.send("Network.setExtraHTTPHeaders", Map.of("headers", Map.of("X-API-KEY", supervisorKey)));
            chromium.viewport(width, phone ? 740 : 900, phone);
            chromium.open(server.getURL() + "/v1/supervision/dashboard");

            assertThat(chromium.eval("document.querySelector('#severities [data-severity=HIGH] .n').textContent"))
                    .isEqualTo("1");
            assertThat(number(chromium.eval("document.querySelectorAll('#trend rect.bar').length"))).isEqualTo(30);
            // every alert of this store was raised today (the band alert and, since the reference price is fed, the
            // reference-price alert of the same deal): today's bar counts them all
            String listed = new Http(server.getURL(), json).get("/v1/supervision/alerts", "X-API-KEY", supervisorKey)
                    .body();
            int raised = listed.split("\"ruleId\"", -1).length - 1;
            assertThat(raised).isGreaterThanOrEqualTo(1);
            assertThat(chromium.eval("[...document.querySelectorAll('#trend rect.bar')].some(r => "
                    + "r.getAttribute('data-count') === '" + raised + "')")).isEqualTo(true);
            assertThat(number(chromium.eval("document.querySelectorAll('#concentration rect.hhi').length"))).isEqualTo(1);
            assertThat(chromium.eval("document.querySelector('#concentration line.threshold').getAttribute('data-value')"))
                    .isEqualTo("1800");
            assertThat(number(chromium.eval("document.getElementById('concentration').getBoundingClientRect().right")))
                    .isLessThanOrEqualTo(width);
            assertThat(number(chromium.eval("document.documentElement.scrollWidth"))).isLessThanOrEqualTo(width);
            assertThat(strings(chromium.eval("[...document.querySelectorAll('body *')].filter(e => "
                    + "e.getBoundingClientRect().right > window.innerWidth + 1).map(e => e.tagName)"))).isEmpty();

            assertThat(chromium.eval("document.querySelector('#alerts details').open")).isEqualTo(false);
            chromium.click("#alerts details summary");
            assertThat(chromium.eval("document.querySelector('#alerts details').open")).isEqualTo(true);
            assertThat((String) chromium.eval("document.querySelector('#alerts details').innerText")).contains(dealId);
            assertThat(number(chromium.eval("document.querySelectorAll('#alerts details ol.steps li').length")))
                    .isGreaterThan(0);
            assertThat(number(chromium.eval(
                    "document.querySelectorAll('#collusion li[data-rule=\"pattern.coverBidding\"]').length")))
                    .isEqualTo(1);
            chromium.eval("document.querySelector('#collusion details').scrollIntoView({block: 'center'})");
            chromium.click("#collusion details summary");
            assertThat((String) chromium.eval("document.querySelector('#collusion details').innerText"))
                    .contains(coverAuction).contains("loserCv");
            chromium.screenshot(Path.of("target", "screenshots").resolve("supervision-dashboard-" + width + ".png"));
        }
    }

    private static double number(Object value) {
        return ((Number) value).doubleValue();
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object value) {
        return (List<String>) value;
    }
}
