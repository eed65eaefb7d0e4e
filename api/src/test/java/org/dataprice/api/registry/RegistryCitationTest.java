package org.dataprice.api.registry;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.dataprice.api.Http;
import org.dataprice.api.apikey.ApiKeyService;
import org.dataprice.api.pricing.Market;
import org.dataprice.api.problem.Problem;
import org.dataprice.api.security.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The market cites the registry: a listing naming a registration is accepted only from a holder or licensee of the
 * product operating right of an ACTIVE registration that day (the core's {@code requireOperator}); refusals are 422
 * naming {@code registrationId}; a deal on a citing listing carries the citation; the registration lists both. A
 * valuation cites a registration ACTIVE at the end of its valuation date, shows it in the report's identification of
 * the asset and is listed among the citations; unknown, not yet registered and suspended are 422 naming it.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegistryCitationTest {
    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    ApiKeyService keys;

    Http http;
    Market.Party registrar;
    Market.Party seller;
    Market.Party licensee;
    Market.Party buyer;

    @BeforeAll
    void setUp() {
        http = new Http(server.getURL(), json);
        registrar = Market.party(keys, Role.REGISTRAR);
        seller = Market.party(keys, Role.READER);
        licensee = Market.party(keys, Role.READER);
        buyer = Market.party(keys, Role.READER);
    }

    private String register() {
        Http.Response r = http.post("/v1/registrations", RegistryExamples.REGISTER.replace("\"acme\"",
                "\"" + seller.name() + "\""), registrar.headers());
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return (String) r.map().get("registrationId");
    }

    private Http.Response list(Market.Party who, String registrationId, String mode) {
        String body = Market.listing("prod-" + UUID.randomUUID(), "ENTERPRISE", "INDUSTRY", mode, "100.00", Instant.now());
        return http.post("/v1/listings", "{\"registrationId\":\"" + registrationId + "\"," + body.strip().substring(1),
                who.headers());
    }

    private static void assertRefused(Http.Response r, String rule) {
        assertThat(r.status()).as(r.body()).isEqualTo(422);
        assertThat(r.contentType()).isEqualTo(Problem.MEDIA_TYPE);
        assertThat(r.problem().field()).isEqualTo("registrationId");
        assertThat(r.problem().rule()).isEqualTo(rule);
    }

    @Test
    void test_listing_byTheOperator_citesTheRegistration_andTheDealCarriesIt() {
        String id = register();
        Http.Response listed = list(seller, id, "FIXED_PRICE");
        assertThat(listed.status()).as(listed.body()).isEqualTo(201);
        assertThat(listed.map().get("registrationId")).isEqualTo(id);
        String listingId = Market.id(listed);
        assertThat(http.get("/v1/listings/" + listingId, "X-API-KEY", buyer.key()).map().get("registrationId"))
                .isEqualTo(id);
        Http.Response bought = http.post("/v1/listings/" + listingId + "/purchases", "{\"volume\": 2}", buyer.headers());
        assertThat(bought.status()).as(bought.body()).isEqualTo(201);

        Http.Response cited = http.get("/v1/registrations/" + id + "/citations", "X-API-KEY", buyer.key());
        assertThat(cited.status()).as(cited.body()).isEqualTo(200);
        List<Map<String, Object>> rows = cited.read(Argument.listOf(Argument.mapOf(String.class, Object.class)));
        assertThat(rows).extracting(r -> r.get("kind")).containsExactly("listing", "deal");
        assertThat(rows.get(0).get("subjectId")).isEqualTo(listingId);
        assertThat(cited.body()).doesNotContain(seller.name());
    }

    @Test
    void test_listing_byALicenseeInTerm_isAccepted() {
        String id = register();
        LocalDate today = Instant.now().atOffset(ZoneOffset.UTC).toLocalDate();
        Http.Response licensed = http.post("/v1/registrations/" + id + "/licenses", RegistryExamples.LICENSE
                .replace("\"acme\"", "\"" + seller.name() + "\"").replace("\"gamma\"", "\"" + licensee.name() + "\"")
                .replace("2026-01-01", today.minusDays(1).toString()).replace("2027-01-01", today.plusDays(30).toString()),
                registrar.headers());
        assertThat(licensed.status()).as(licensed.body()).isEqualTo(201);
        Http.Response listed = list(licensee, id, "NEGOTIATED");
        assertThat(listed.status()).as(listed.body()).isEqualTo(201);
    }

    @Test
    void test_listing_byANonOperator_isRefusedNamingRegistrationId() {
        String id = register();
        assertRefused(list(buyer, id, "NEGOTIATED"), "not-a-party");
        assertRefused(list(seller, "REG-0000-NOSUCHID", "NEGOTIATED"), "unknown");
        assertThat(http.post("/v1/registrations/" + id + "/suspensions", RegistryExamples.SUSPEND, registrar.headers())
                .status()).isEqualTo(201);
        assertRefused(list(seller, id, "NEGOTIATED"), "invalid-state");
        Http.Response badId = list(seller, "x".repeat(65), "NEGOTIATED");
        assertThat(badId.status()).isEqualTo(400);
        assertThat(badId.problem().field()).isEqualTo("registrationId");
    }

    private Http.Response valuation(Market.Party appraiser, String registrationId, LocalDate valuationDate) {
        String body = org.dataprice.api.valuation.ValuationExamples.ENGAGEMENT.strip()
                .replace("2024-12-31", valuationDate.toString());
        return http.post("/v1/valuations", "{\"registrationId\":\"" + registrationId + "\"," + body.substring(1),
                appraiser.headers());
    }

    @Test
    void test_valuation_citesAnActiveRegistration_showsItInTheReport_andIsListed() {
        String id = register();
        Market.Party appraiser = Market.party(keys, Role.APPRAISER);
        LocalDate today = Instant.now().atOffset(ZoneOffset.UTC).toLocalDate();
        Http.Response valued = valuation(appraiser, id, today.plusDays(1));
        assertThat(valued.status()).as(valued.body()).isEqualTo(201);
        String valuationId = (String) valued.map().get("id");
        @SuppressWarnings("unchecked")
        Map<String, Object> engagement = (Map<String, Object>) valued.map().get("engagement");
        assertThat(engagement.get("registrationId")).isEqualTo(id);
        Http.Response read = http.get("/v1/valuations/" + valuationId, "X-API-KEY", appraiser.key());
        assertThat(read.body()).contains("\"registrationId\":\"" + id + "\"");
        Http.Response html = http.get("/v1/valuations/" + valuationId + "/report.html", "X-API-KEY", appraiser.key());
        assertThat(html.status()).isEqualTo(200);
        assertThat(html.body()).contains("数据资产登记编号").contains(id);

        Http.Response cited = http.get("/v1/registrations/" + id + "/citations", "X-API-KEY", buyer.key());
        List<Map<String, Object>> rows = cited.read(Argument.listOf(Argument.mapOf(String.class, Object.class)));
        assertThat(rows).extracting(r -> r.get("kind")).containsExactly("valuation");
        assertThat(rows.get(0).get("subjectId")).isEqualTo(valuationId);
        Http.Response page = http.get("/registrations/" + id);
        assertThat(page.body()).contains(valuationId);
    }

    @Test
    void test_valuation_citingAnUnknownUnregisteredOrSuspendedRegistration_isRefusedNamingIt() {
        String id = register();
        Market.Party appraiser = Market.party(keys, Role.APPRAISER);
        LocalDate today = Instant.now().atOffset(ZoneOffset.UTC).toLocalDate();
        assertRefused(valuation(appraiser, "REG-0000-NOSUCHID", today), "unknown");
        Http.Response before = valuation(appraiser, id, today.minusDays(2));
        assertRefused(before, "invalid-state");
        assertThat(before.problem().detail()).contains("not yet registered");
        assertThat(http.post("/v1/registrations/" + id + "/suspensions", RegistryExamples.SUSPEND, registrar.headers())
                .status()).isEqualTo(201);
        assertRefused(valuation(appraiser, id, today.plusDays(1)), "invalid-state");
        Http.Response blank = valuation(appraiser, "", today);
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.problem().field()).isEqualTo("registrationId");
        assertThat(http.get("/v1/registrations/" + id + "/citations", "X-API-KEY", buyer.key()).body())
                .doesNotContain("valuation");
    }

    @Test
    void test_settlement_citesAKnownRegistration_orIsRefused() {
        String id = register();
        Market.Party settler = Market.party(keys, Role.SETTLEMENT);
        String example = org.dataprice.api.split.SplitExamples.SETTLEMENT.strip();
        Http.Response settled = http.post("/v1/settlements", "{\"registrationId\":\"" + id + "\"," + example.substring(1),
                settler.headers());
        assertThat(settled.status()).as(settled.body()).isEqualTo(201);
        Http.Response cited = http.get("/v1/registrations/" + id + "/citations", "X-API-KEY", settler.key());
        assertThat(cited.body()).contains("\"settlement\"").contains((String) settled.map().get("id"));
        assertRefused(http.post("/v1/settlements", "{\"registrationId\":\"REG-0000-NOSUCHID\"," + example.substring(1),
                settler.headers()), "unknown");
    }
}
