package org.dataprice.api.registry;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import org.dataprice.api.Http;
import org.dataprice.api.TestDatabases;
import org.dataprice.api.apikey.ApiKeyService;
import org.dataprice.api.index.ChromiumSession;
import org.dataprice.api.pricing.Market;
import org.dataprice.api.security.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public timeline page of a registration in a real headless Chromium ({@link ChromiumSession}, DevTools protocol) at
 * a desktop (1280 px) and a phone (360 px) width: the events in time order with their certificates' status, the
 * citation, no horizontal overflow (long hashes and ids wrap; the citations table scrolls in its own box), the asset's
 * name not clipped, and no party's name anywhere. Screenshots go to {@code api/target/screenshots/}. Without Chromium the
 * test is skipped, or FAILS when {@code CI=true}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegistrationPageBrowserTest {
    static final Path CHROMIUM = ChromiumSession.CHROMIUM;
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private EmbeddedServer server;
    private JsonMapper json;
    private String id;
    private String listingId;
    private Market.Party holder;

    @BeforeAll
    void start() {
        ChromiumSession.requireChromium();
        server = ApplicationContext.run(EmbeddedServer.class, TestDatabases.h2("registry-browser"), "test");
        json = server.getApplicationContext().getBean(JsonMapper.class);
        // the default of dataprice.registry.public-base-url (application.yml) is an absolute URL, colons and all
        assertThat(server.getApplicationContext().getBean(RegistryDocuments.class).verificationUrl("0"))
                .isEqualTo("http://localhost:8080/v1/certificates/verification?hash=0");
        Http http = new Http(server.getURL(), json);
        ApiKeyService keys = server.getApplicationContext().getBean(ApiKeyService.class);
        Market.Party registrar = Market.party(keys, Role.REGISTRAR);
        holder = Market.party(keys, Role.READER);
        Http.Response r = http.post("/v1/registrations", RegistryExamples.REGISTER.replace("\"acme\"",
                "\"" + holder.name() + "\""), registrar.headers());
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        id = (String) r.map().get("registrationId");
        assertThat(http.post("/v1/registrations/" + id + "/amendments", RegistryExamples.AMEND, registrar.headers()).status())
                .isEqualTo(201);
        assertThat(http.post("/v1/registrations/" + id + "/suspensions", RegistryExamples.SUSPEND, registrar.headers()).status())
                .isEqualTo(201);
        assertThat(http.post("/v1/registrations/" + id + "/reinstatements", RegistryExamples.REINSTATE, registrar.headers())
                .status()).isEqualTo(201);
        String body = Market.listing("prod-" + UUID.randomUUID(), "ENTERPRISE", "INDUSTRY", "FIXED_PRICE", "100.00", Instant.now());
        Http.Response listed = http.post("/v1/listings", "{\"registrationId\":\"" + id + "\"," + body.strip().substring(1),
                holder.headers());
        assertThat(listed.status()).as(listed.body()).isEqualTo(201);
        listingId = Market.id(listed);
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.getApplicationContext().close();
        }
    }

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {1280, 360})
    void test_timeline_layoutAtDesktopAndPhoneWidth(int width) throws Exception {
        boolean phone = width < 600;
        try (ChromiumSession chromium = new ChromiumSession(CHROMIUM, json)) {
            chromium.viewport(width, phone ? 740 : 900, phone);
            chromium.open(server.getURL() + "/registrations/" + id);

            assertThat(number(chromium.eval("window.innerWidth"))).isEqualTo(width);
            assertThat(chromium.eval("document.getElementById('registration-id').textContent")).isEqualTo(id);
            assertThat(strings(chromium.eval("[...document.querySelectorAll('#events li.event')].map(e => e.dataset.type)")))
                    .containsExactly("register", "amend", "suspend", "reinstate");
            assertThat(strings(chromium.eval("[...document.querySelectorAll('#events li.event .status')].map(e => e.textContent)")))
                    .containsExactly("SUPERSEDED", "SUPERSEDED", "SUPERSEDED", "VALID");
            // times ascend
            List<String> times = strings(chromium.eval("[...document.querySelectorAll('#events time')].map(t => t.dateTime)"));
            assertThat(times).isSortedAccordingTo((a, b) -> Instant.parse(a).compareTo(Instant.parse(b)));
            assertThat(strings(chromium.eval("[...document.querySelectorAll('#citations tbody td')].map(t => t.textContent)")))
                    .contains("listing", listingId);
            assertThat((String) chromium.eval("document.body.textContent")).doesNotContain(holder.name());
            // every verification link is the public one
            assertThat(strings(chromium.eval("[...document.querySelectorAll('a.verify')].map(a => a.getAttribute('href'))")))
                    .hasSize(4).allSatisfy(h -> assertThat(h).matches("/v1/certificates/verification\\?hash=[0-9a-f]{64}"));

            assertThat(number(chromium.eval("document.documentElement.scrollWidth"))).as("page width at %d px", width)
                    .isLessThanOrEqualTo(width);
            assertThat(strings(chromium.eval("[...document.querySelectorAll('body *')].filter(e => !e.closest('.table-wrap')"
                    + " && e.getBoundingClientRect().right > window.innerWidth + 0.5).map(e => e.tagName + '#' + e.id + '.' + e.className)")))
                    .as("elements beyond %d px", width).isEmpty();
            assertThat(chromium.eval("(() => { const h = document.getElementById('asset-name'); return h.scrollWidth <= h.clientWidth; })()"))
                    .isEqualTo(true);
            chromium.screenshot(SCREENSHOTS.resolve("registration-timeline-" + width + ".png"));
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
