package org.dataprice.api.index;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dataprice.api.Http;
import org.dataprice.api.TestCredentials;
import org.dataprice.api.TestDatabases;
import org.dataprice.api.apikey.ApiKeyService;
import org.dataprice.api.idempotency.Idempotent;
import org.dataprice.api.security.Role;
import org.dataprice.api.time.TestClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * HTTP tests of the public index pages ({@code /indices}, {@code /indices/{id}}, {@code /indices/{id}/methodology}) on
 * their own database (so the landing page lists this class's indices only), with a configured contact: the
 * statistics-office content (units, frequency, readable method, round ticks, base line, year-on-year chart, coverage,
 * flags only where not A, calendar, revision policy, contact), the methodology generated from the definition, 404s, and
 * the embargo (nothing under embargo on any page, an index whose first release is embargoed is not listed).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndexPageHttpTest {
    static final String CONTACT = "Index desk · index@exchange.example";
    private static final Pattern Y_TICK = Pattern.compile("class=\"axis tick-y\"[^>]*>([^<]+)<");

    private ApplicationContext context;
    private Http http;
    private TestClock clock;
    private String publisher;

    @BeforeAll
    void start() {
        Map<String, Object> props = new HashMap<>(TestDatabases.h2("index-page-http"));
        props.put("dataprice.index.contact", CONTACT);
        EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, props, "test");
        context = server.getApplicationContext();
        clock = context.getBean(TestClock.class);
        http = new Http(server.getURL(), context.getBean(JsonMapper.class));
        publisher = TestCredentials.key(context.getBean(ApiKeyService.class), Role.INDEX_PUBLISHER);
    }

    @AfterAll
    void stop() {
        if (context != null) {
            context.close();
        }
    }

    @BeforeEach
    void now() {
        clock.set(Instant.parse("2025-03-01T00:00:00Z"));
    }

    private static String newId() {
        return "page-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private String defined(String method, String parameters) {
        return defined(IndexFixtures.definition("%ID%", method, parameters));
    }

    private String defined(String definition) {
        String id = newId();
        Http.Response r = http.post("/v1/indices", definition.replace("%ID%", id), "X-API-KEY", publisher,
                Idempotent.HEADER, TestCredentials.idempotencyKey());
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return id;
    }

    private void load(String id, int from, int to) {
        Http.Response r = http.post("/v1/indices/" + id + "/transactions", IndexFixtures.csv(from, to, 1), "X-API-KEY", publisher,
                "Content-Type", "text/csv", Idempotent.HEADER, TestCredentials.idempotencyKey());
        assertThat(r.status()).as(r.body()).isEqualTo(201);
    }

    private IndexViews.Release publish(String id, String period) {
        Http.Response r = http.post("/v1/indices/" + id + "/releases", "{\"period\":\"" + period + "\"}", "X-API-KEY", publisher,
                Idempotent.HEADER, TestCredentials.idempotencyKey());
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.read(IndexViews.Release.class);
    }

    /** 2024-01..2025-01 loaded and 2025-01 released (2025-02-15 09:30 Shanghai, before the clock). */
    private String released(String method, String parameters) {
        String id = defined(method, parameters);
        load(id, 0, 12);
        publish(id, "2025-01");
        return id;
    }

    static List<String> yTicks(String html, String svgId) {
        int start = html.indexOf("id=\"" + svgId + "\"");
        String svg = html.substring(start, html.indexOf("</svg>", start));
        List<String> out = new ArrayList<>();
        Matcher m = Y_TICK.matcher(svg);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    /** Every tick a whole multiple of one step 1, 2 or 5 × 10^k, evenly spaced. */
    static void assertRoundTicks(List<String> ticks) {
        assertThat(ticks).hasSizeGreaterThanOrEqualTo(3);
        BigDecimal step = new BigDecimal(ticks.get(1)).subtract(new BigDecimal(ticks.get(0)));
        BigDecimal unscaled = step.stripTrailingZeros();
        String mantissa = unscaled.unscaledValue().toString();
        assertThat(mantissa).as("step %s of %s", step, ticks).isIn("1", "2", "5");
        for (int k = 1; k < ticks.size(); k++) {
            BigDecimal t = new BigDecimal(ticks.get(k));
            assertThat(t.subtract(new BigDecimal(ticks.get(k - 1)))).as("even spacing of %s", ticks).isEqualByComparingTo(step);
            assertThat(t.remainder(step).signum()).as("%s a multiple of %s", t, step).isZero();
        }
    }

    @Test
    void test_page_statisticsOfficeContent() {
        String id = released("ccdi", "{\"window\":\"13\",\"splice\":\"MEAN\"}");

        Http.Response page = http.get("/indices/" + id);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        String html = page.body();
        assertThat(html).contains("id=\"units\">指数 Index, 2024-01 = 100<", "id=\"frequency\">月度 Monthly<",
                "id=\"base\">2024-01 = 100<", "GEKS-Törnqvist (CCDI), 13-month window, mean splice",
                "GEKS-托恩奎斯特（CCDI）法，13个月窗口，均值拼接");
        assertThat(html).doesNotContain("ccdi{", "splice=MEAN");
        // the charts: round ticks, the base line at 100, a year-on-year chart (13 months) with its zero line
        assertRoundTicks(yTicks(html, "chart"));
        assertRoundTicks(yTicks(html, "chart-yoy"));
        assertThat(yTicks(html, "chart")).contains("100");
        assertThat(html).containsPattern("<line class=\"baseline\"[^>]*data-value=\"100\"")
                .containsPattern("<line class=\"baseline\"[^>]*data-value=\"0\"");
        assertThat(html.split("<circle class=\"pt\"", -1)).hasSize(1 + 3 * 13);
        assertThat(html).contains("id=\"view-level\"", "id=\"view-yoy\"", "for=\"view-yoy\"").doesNotContain("id=\"yoy-empty\"");
        // every value is A: no flag shown, no legend
        assertThat(html).doesNotContain("flag-A", "id=\"flag-legend\"");
        // coverage of 2025-01: 6 products, 2 trades each
        assertThat(html).containsPattern(Pattern.compile("<td class=\"period\">2025-01</td>.*?<td class=\"num coverage-trades\">12</td>\\s*"
                + "<td class=\"num coverage-products\">6</td>", Pattern.DOTALL));
        // the calendar: the next two releases, in the index zone
        assertThat(html).contains("2025-02 — ", "2025-03-15 09:30 Asia/Shanghai", "2025-04-15 09:30 Asia/Shanghai",
                "datetime=\"2025-03-15T01:30:00Z\"");
        assertThat(html).contains("id=\"revision-policy\"", "flagged R", "id=\"contact\">" + CONTACT + "<");
        assertThat(html).contains("href=\"/indices/" + id + "/methodology\"", "href=\"/indices\"");
    }

    @Test
    void test_page_revisedValuesFlaggedWithLegend_embargoedVintageNeverShown() {
        String id = released("geks-fisher", "{}");
        // late trades for 2024-12 (an API product 5 % dearer) revise 2024-12; then the trades of 2025-02
        String late = "product_id,period,price,quantity,category\napi-0,2024-12,"
                + String.format(java.util.Locale.ROOT, "%.12f", 10 * Math.pow(1.01, 11) * 1.05) + ",50,API\n";
        assertThat(http.post("/v1/indices/" + id + "/transactions", late, "X-API-KEY", publisher, "Content-Type", "text/csv",
                Idempotent.HEADER, TestCredentials.idempotencyKey()).status()).isEqualTo(201);
        load(id, 13, 13);
        IndexViews.Release v2 = publish(id, "2025-02"); // embargoed until 2025-03-15 09:30 Shanghai
        assertThat(v2.embargoed()).isTrue();
        String embargoed = v2.values().stream().filter(v -> v.series().equals("COMPOSITE") && v.period().equals("2025-02"))
                .findFirst().orElseThrow().value();

        String before = http.get("/indices/" + id).body();
        assertThat(before).doesNotContain("data-period=\"2025-02\"", ">" + embargoed + "<", "<td class=\"period\">2025-02</td>", "flag-R");
        String landingBefore = http.get("/indices").body();
        assertThat(landingBefore).contains("data-index=\"" + id + "\"").doesNotContain(embargoed);
        String methodologyBefore = http.get("/indices/" + id + "/methodology").body();
        assertThat(methodologyBefore).contains(": 157.").doesNotContain(": 169.");

        clock.set(Instant.parse("2025-03-15T01:30:00Z"));
        String after = http.get("/indices/" + id).body();
        assertThat(after).contains("data-period=\"2025-02\"", "<span class=\"flag flag-R\">R</span>", "id=\"flag-legend\"",
                "revised since first published").doesNotContain("flag-A");
        assertThat(http.get("/indices/" + id + "/methodology").body()).contains(": 169.");
    }

    @Test
    void test_landing_listsReleasedIndicesOnly_firstReleaseUnderEmbargoNotListed() {
        String listed = released("geks-fisher", "{}");
        // 2025-01 is released on 2025-03-10 09:30 Shanghai, after the clock
        String pending = defined(IndexFixtures.definition("%ID%", "geks-fisher", "{}")
                .replace("2025-02-15T09:30:00+08:00", "2025-03-10T09:30:00+08:00"));
        load(pending, 0, 12);
        IndexViews.Release first = publish(pending, "2025-01");
        assertThat(first.embargoed()).isTrue();
        String value = first.values().stream().filter(v -> v.series().equals("COMPOSITE") && v.period().equals("2025-01"))
                .findFirst().orElseThrow().value();

        Http.Response landing = http.get("/indices");

        assertThat(landing.status()).isEqualTo(200);
        assertThat(landing.contentType()).startsWith("text/html");
        assertThat(landing.body()).contains("data-index=\"" + listed + "\"", "href=\"/indices/" + listed + "\"",
                "GEKS-Fisher, one window over all months").doesNotContain(pending);
        String pendingPage = http.get("/indices/" + pending).body();
        assertThat(pendingPage).contains("id=\"no-data\"", "2025-01 — ").doesNotContain(value, "<svg", "coverage-trades");
        assertThat(http.get("/indices/" + pending + "/methodology").body()).contains("No trades of a released month yet")
                .doesNotContain(": 156.");

        clock.set(Instant.parse("2025-03-10T01:30:00Z"));
        assertThat(http.get("/indices").body()).contains("data-index=\"" + listed + "\"", "data-index=\"" + pending + "\"", value);
    }

    @Test
    void test_landing_public_noCredentialsNeeded() {
        assertThat(http.get("/indices").status()).isEqualTo(200);
        assertThat(http.get("/indices", "X-API-KEY", "forged").status()).isEqualTo(200);
    }

    @Test
    void test_methodology_generatedFromTheDefinition() {
        String id = released("ccdi", "{\"window\":\"13\",\"splice\":\"MEAN\"}");

        Http.Response page = http.get("/indices/" + id + "/methodology");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("GEKS-Törnqvist (CCDI), 13-month window, mean splice", "id=\"formula\"",
                "P_0,t = Π_{l∈T} (P_0,l × P_l,t)^(1/|T|)", "the Törnqvist index", "窗口 Window: 13-month window",
                "拼接 Splice: mean splice", "method = ccdi", "splice = MEAN", "window = 13",
                "expenditure shares of 2024-01", "<code>API</code>", "数据接口 · Data APIs", "<code>DATASET</code>",
                "No price is filtered out.", "Published values are final unless revised.",
                "Trade records loaded by the publisher (CSV/JSON): 156.", "period ← period", "category ← category",
                "Asia/Shanghai", "GEKS-Fisher over all months.", "Unit values per product and month.");
    }

    @Test
    void test_unknownIndex_is404OnEveryPage() {
        for (String path : List.of("/indices/no-such-index", "/indices/no-such-index/methodology",
                "/indices/no-such-index/data.csv", "/indices/no-such-index/data.json")) {
            Http.Response r = http.get(path);
            assertThat(r.status()).as(path).isEqualTo(404);
            assertThat(r.problem().status()).isEqualTo(404);
        }
    }
}
