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
import org.junit.jupiter.api.Assumptions;
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
 * released observation, and never the embargoed value. Without Chromium the test is skipped, or FAILS
 * when {@code CI=true}. Set {@code DATAPRICE_SCREENSHOT=/path.png} to also write a screenshot.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndexPageBrowserTest {
    /** The Chromium binary of the Debian package. */
    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("DATAPRICE_CHROMIUM", "/usr/bin/chromium"));

    private EmbeddedServer server;
    private String id;
    private String embargoedValue;
    private int releasedPoints;

    @BeforeAll
    void start() {
        if (!Files.isExecutable(CHROMIUM)) {
            String message = CHROMIUM + " not found: install Debian packages chromium and chromium-driver (.ci/browser.sh)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail(message + "; CI=true requires the browser test to run");
            }
            Assumptions.abort(message + "; browser test skipped");
        }
        server = ApplicationContext.run(EmbeddedServer.class, TestDatabases.h2("index-browser"), "test");
        server.getApplicationContext().getBean(TestClock.class).set(Instant.parse("2025-03-01T00:00:00Z"));
        Http http = new Http(server.getURL(), server.getApplicationContext().getBean(JsonMapper.class));
        String publisher = TestCredentials.key(server.getApplicationContext().getBean(ApiKeyService.class), Role.INDEX_PUBLISHER);
        id = "browser-dmi";
        check(http.post("/v1/indices", IndexFixtures.definition(id, "geks-fisher", "{}"), "X-API-KEY", publisher,
                Idempotent.HEADER, TestCredentials.idempotencyKey()), 201);
        check(http.post("/v1/indices/" + id + "/transactions", IndexFixtures.csv(0, 13, 1), "X-API-KEY", publisher,
                "Content-Type", "text/csv", Idempotent.HEADER, TestCredentials.idempotencyKey()), 201);
        check(http.post("/v1/indices/" + id + "/releases", "{\"period\":\"2025-01\"}", "X-API-KEY", publisher,
                Idempotent.HEADER, TestCredentials.idempotencyKey()), 201);
        Http.Response v2 = check(http.post("/v1/indices/" + id + "/releases", "{\"period\":\"2025-02\"}", "X-API-KEY",
                publisher, Idempotent.HEADER, TestCredentials.idempotencyKey()), 201);
        IndexViews.Release release = v2.read(IndexViews.Release.class);
        assertThat(release.embargoed()).isTrue();
        embargoedValue = release.values().stream().filter(v -> v.series().equals("COMPOSITE") && v.period().equals("2025-02"))
                .findFirst().orElseThrow().value();
        releasedPoints = 3 * 13; // composite + 2 categories, 2024-01..2025-01
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
