package org.dataprice.api.index;

import org.dataprice.api.time.TestClock;
import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import org.dataprice.api.Http;
import org.dataprice.api.TestCredentials;
import org.dataprice.api.TestDatabases;
import org.dataprice.api.apikey.ApiKeyService;
import org.dataprice.api.idempotency.Idempotent;
import org.dataprice.api.security.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * End to end in a real headless Chromium (Debian {@code chromium}, installed by {@code .ci/browser.sh}):
 * the embedded server publishes vintage 1 (released) and vintage 2 (still under embargo); Chromium
 * loads the public page with {@code --dump-dom}; the DOM must show the page, one chart point per
 * released observation, and never the embargoed value. Then, driven through the DevTools protocol
 * ({@link ChromiumSession}) at a desktop (1280 px) and a phone (360 px) width: no horizontal overflow, the chart
 * present and within the viewport, round-number ticks, the base line at 100, the headline not clipped, the level /
 * year-on-year toggle working with a mouse click; the landing and methodology pages fit the phone too. Screenshots
 * go to {@code api/target/screenshots/} (kept by CI as artefacts). Without Chromium the test is skipped, or FAILS
 * when {@code CI=true}. Set {@code DATAPRICE_SCREENSHOT=/path.png} to also write a screenshot of the dump run.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndexPageBrowserTest {
    /** The Chromium binary of the Debian package. */
    static final Path CHROMIUM = ChromiumSession.CHROMIUM;

    private EmbeddedServer server;
    private String id;
    private String embargoedValue;
    private int releasedPoints;
    private JsonMapper json;

    @BeforeAll
    void start() {
        ChromiumSession.requireChromium();
        server = ApplicationContext.run(EmbeddedServer.class, TestDatabases.h2("index-browser"), "test");
        server.getApplicationContext().getBean(TestClock.class).set(Instant.parse("2025-03-01T00:00:00Z"));
        Http http = new Http(server.getURL(), server.getApplicationContext().getBean(JsonMapper.class));
        String publisher = TestCredentials.key(server.getApplicationContext().getBean(ApiKeyService.class), Role.INDEX_PUBLISHER);
        id = "browser-dmi";
        // 25 months on base 2023-01, so the year-on-year chart has 13 points per series
        check(http.post("/v1/indices", IndexFixtures.definition(id, "ccdi", "{\"window\":\"13\",\"splice\":\"MEAN\"}")
                .replace("\"base\":{\"from\":\"2024-01\"", "\"base\":{\"from\":\"2023-01\""), "X-API-KEY", publisher,
                Idempotent.HEADER, TestCredentials.idempotencyKey()), 201);
        check(http.post("/v1/indices/" + id + "/transactions", IndexFixtures.csv(-12, 13, 1), "X-API-KEY", publisher,
                "Content-Type", "text/csv", Idempotent.HEADER, TestCredentials.idempotencyKey()), 201);
        check(http.post("/v1/indices/" + id + "/releases", "{\"period\":\"2025-01\"}", "X-API-KEY", publisher,
                Idempotent.HEADER, TestCredentials.idempotencyKey()), 201);
        Http.Response v2 = check(http.post("/v1/indices/" + id + "/releases", "{\"period\":\"2025-02\"}", "X-API-KEY",
                publisher, Idempotent.HEADER, TestCredentials.idempotencyKey()), 201);
        IndexViews.Release release = v2.read(IndexViews.Release.class);
        assertThat(release.embargoed()).isTrue();
        embargoedValue = release.values().stream().filter(v -> v.series().equals("COMPOSITE") && v.period().equals("2025-02"))
                .findFirst().orElseThrow().value();
        releasedPoints = 3 * 25; // composite + 2 categories, 2023-01..2025-01
        json = server.getApplicationContext().getBean(JsonMapper.class);
    }

    private static Http.Response check(Http.Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        return response;
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.getApplicationContext().close();
        }
    }

    @Test
    void test_page_inHeadlessChromium_showsReleasedDataOnly() throws Exception {
        String url = server.getURL() + "/indices/" + id;

        String dom = chromium(List.of("--dump-dom", url));

        assertThat(dom).contains("数据要素市场价格指数", "Data Market Price Index", "id=\"headline-value\"", "id=\"next-release\"");
        assertThat(count(dom, "<circle class=\"pt\"")).isEqualTo(releasedPoints);
        assertThat(dom).doesNotContain("data-period=\"2025-02\"");
        assertThat(dom).doesNotContain(">" + embargoedValue + "<").doesNotContain("data-value=\"" + embargoedValue + "\"");
        assertThat(dom).contains("/indices/" + id + "/data.csv", "/indices/" + id + "/data.json",
                "/indices/" + id + "/data.sdmx.csv", "/indices/" + id + "/methodology");
        String screenshot = System.getenv("DATAPRICE_SCREENSHOT");
        if (screenshot != null && !screenshot.isBlank()) {
            chromium(List.of("--screenshot=" + screenshot, "--window-size=900,1400", "--hide-scrollbars", url));
        }
    }

    /** Where the screenshots go (surefire runs in the module directory): CI keeps them as artefacts. */
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @org.junit.jupiter.params.ParameterizedTest(name = "{0} px")
    @org.junit.jupiter.params.provider.ValueSource(ints = {1280, 360})
    void test_page_layoutAtDesktopAndPhoneWidth(int width) throws Exception {
        boolean phone = width < 600;
        try (ChromiumSession chromium = new ChromiumSession(CHROMIUM, json)) {
            chromium.viewport(width, phone ? 740 : 900, phone);
            chromium.open(server.getURL() + "/indices/" + id);

            assertThat(number(chromium.eval("window.innerWidth"))).isEqualTo(width);
            assertNoHorizontalOverflow(chromium, width);
            // the chart: present, inside the viewport, round ticks, the base line exactly at the tick "100"
            assertThat(number(chromium.eval("document.querySelectorAll('#chart circle.pt').length"))).isEqualTo(releasedPoints);
            assertThat(number(chromium.eval("document.getElementById('chart').getBoundingClientRect().width")))
                    .isGreaterThan(Math.min(width, 880) - 40).isLessThanOrEqualTo(width);
            List<String> ticks = strings(chromium.eval("[...document.querySelectorAll('#chart .tick-y')].map(t => t.textContent)"));
            IndexPageHttpTest.assertRoundTicks(ticks);
            assertThat(ticks).contains("100");
            assertThat(chromium.eval("document.querySelector('#chart line.baseline').getAttribute('y1')"))
                    .isEqualTo(chromium.eval("[...document.querySelectorAll('#chart .tick-y')].find(t => t.textContent === '100')"
                            + ".getAttribute('y')"));
            // the headline is whole: inside the viewport and not cut by its box
            assertThat(number(chromium.eval("document.getElementById('headline-value').getBoundingClientRect().right")))
                    .isLessThanOrEqualTo(width);
            assertThat(chromium.eval("(() => { const h = document.getElementById('headline'); return h.scrollWidth <= h.clientWidth; })()"))
                    .isEqualTo(true);
            // no flag "A" anywhere; the readable method name
            assertThat(number(chromium.eval("document.querySelectorAll('.flag-A').length"))).isZero();
            assertThat((String) chromium.eval("document.getElementById('method').textContent"))
                    .contains("GEKS-Törnqvist (CCDI), 13-month window, mean splice");
            chromium.screenshot(SCREENSHOTS.resolve("index-page-" + width + ".png"));

            // the toggle: level shown, year-on-year hidden; a click on the label swaps them
            assertThat(visible(chromium, "panel-level")).isTrue();
            assertThat(visible(chromium, "panel-yoy")).isFalse();
            chromium.click("#toggle-yoy");
            assertThat(chromium.eval("document.getElementById('view-yoy').checked")).isEqualTo(true);
            assertThat(visible(chromium, "panel-yoy")).isTrue();
            assertThat(visible(chromium, "panel-level")).isFalse();
            IndexPageHttpTest.assertRoundTicks(strings(chromium.eval(
                    "[...document.querySelectorAll('#chart-yoy .tick-y')].map(t => t.textContent)")));
            assertThat(chromium.eval("document.querySelector('#chart-yoy line.baseline').getAttribute('data-value')")).isEqualTo("0");
            assertThat(number(chromium.eval("document.querySelectorAll('#chart-yoy polyline.series').length"))).isEqualTo(3);
            assertNoHorizontalOverflow(chromium, width);
            chromium.screenshot(SCREENSHOTS.resolve("index-page-" + width + "-yoy.png"));
            chromium.click("#toggle-level");
            assertThat(visible(chromium, "panel-level")).isTrue();

            for (String page : List.of("/indices", "/indices/" + id + "/methodology")) {
                chromium.open(server.getURL() + page);
                assertNoHorizontalOverflow(chromium, width);
                chromium.screenshot(SCREENSHOTS.resolve((page.equals("/indices") ? "indices" : "methodology") + "-" + width + ".png"));
            }
            assertThat((String) chromium.eval("document.body.textContent")).contains("P_0,t = Π");
        }
    }

    private static void assertNoHorizontalOverflow(ChromiumSession chromium, int width) throws Exception {
        assertThat(number(chromium.eval("document.documentElement.scrollWidth"))).as("page width at %d px", width)
                .isLessThanOrEqualTo(width);
        // no element sticks out to the right of the viewport (a wide table scrolls inside its own box)
        assertThat(strings(chromium.eval("[...document.querySelectorAll('body *')].filter(e => !e.closest('.table-wrap')"
                + " && e.getBoundingClientRect().right > window.innerWidth + 0.5).map(e => e.tagName + '#' + e.id + '.' + e.className)")))
                .as("elements beyond %d px", width).isEmpty();
    }

    private static boolean visible(ChromiumSession chromium, String id) throws Exception {
        return Boolean.TRUE.equals(chromium.eval("(() => { const e = document.getElementById('" + id
                + "'); return getComputedStyle(e).display !== 'none' && e.getBoundingClientRect().height > 0; })()"));
    }

    private static double number(Object value) {
        return ((Number) value).doubleValue();
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object value) {
        return (List<String>) value;
    }

    private static int count(String text, String needle) {
        Matcher m = Pattern.compile(Pattern.quote(needle)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** Runs headless Chromium with a fresh profile; returns its standard output. */
    private static String chromium(List<String> args) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("dataprice-chromium-");
        try {
            List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                    "--disable-dev-shm-usage", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile));
            command.addAll(args);
            Path out = profile.resolve("stdout.txt");
            Process process = new ProcessBuilder(command).redirectOutput(out.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(90, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                Assertions.fail("chromium did not finish within 90 s");
            }
            assertThat(process.exitValue()).as("chromium exit code").isZero();
            return Files.readString(out, StandardCharsets.UTF_8);
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
