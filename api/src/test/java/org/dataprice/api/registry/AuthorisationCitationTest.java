package org.dataprice.api.registry;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.dataprice.api.Http;
import org.dataprice.api.TestDatabases;
import org.dataprice.api.apikey.ApiKeyService;
import org.dataprice.api.pricing.Market;
import org.dataprice.api.problem.Problem;
import org.dataprice.api.security.Role;
import org.dataprice.registry.authorisation.AuthorisationLedger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Settlements cite the authorisation they pay for (issue 16): a per-use fee or annual payment naming an
 * {@code authorisationId} is accepted only for a data authorisation IN_FORCE when the settlement is recorded and granted
 * by the party paid (its id or one of its principals); the settlement answers and shows the citation, and the
 * authorisation lists it (to those who may see the authorisation; 404 to a stranger for personal data). Refusals are 422
 * naming the payment's {@code authorisationId} by its JSON path. Also the ledger cache: a read with nothing new answers
 * the same checked ledger, a read after a new record continues it.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorisationCitationTest implements TestPropertyProvider {
    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    ApiKeyService keys;
    @Inject
    AuthorisationLedgers ledgers;
    @Inject
    AuthorisationRepository records;

    Http http;
    Market.Party person;
    Market.Party operator;
    Market.Party stranger;
    Market.Party settler;
    LocalDate today;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> out = new java.util.HashMap<>();
        TestDatabases.h2("authorisation-citations").forEach((k, v) -> out.put(k, String.valueOf(v)));
        return out;
    }

    @BeforeAll
    void setUp() {
        http = new Http(server.getURL(), json);
        person = Market.party(keys, Role.READER);
        operator = Market.party(keys, Role.READER);
        stranger = Market.party(keys, Role.READER);
        settler = Market.party(keys, Role.SETTLEMENT);
        today = LocalDate.now(ZoneOffset.UTC);
    }

    private String authorise(Market.Party grantor, LocalDate from, LocalDate until) {
        Http.Response r = http.post("/v1/authorisations/data-authorisations", "{\"classification\":\"PERSONAL\","
                + "\"grantee\":\"" + operator.name() + "\",\"purpose\":\"credit scoring\",\"from\":\"" + from
                + "\",\"until\":\"" + until + "\",\"revocable\":true,\"reason\":\"consent C-42\"}", grantor.headers());
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return (String) r.map().get("id");
    }

    /** The published example with A's per-use fee (A's principal: the person) and the operator's annual payment citing. */
    private Http.Response settle(String perUse, String annual) {
        String body = org.dataprice.api.split.SplitExamples.SETTLEMENT
                .replace("\"jwt:alice@provider-a\"", "\"" + person.name() + "\"")
                .replace("\"calls\": 10001}", "\"calls\": 10001" + (perUse == null ? "" : ", \"authorisationId\": \"" + perUse + "\"") + "}")
                .replace("\"years\": \"0.25\"}", "\"years\": \"0.25\"" + (annual == null ? "" : ", \"authorisationId\": \"" + annual + "\"") + "}");
        return http.post("/v1/settlements", body, settler.headers());
    }

    private static void assertRefused(Http.Response r, String field, String rule) {
        assertThat(r.status()).as(r.body()).isEqualTo(422);
        assertThat(r.contentType()).isEqualTo(Problem.MEDIA_TYPE);
        assertThat(r.problem().field()).isEqualTo(field);
        assertThat(r.problem().rule()).isEqualTo(rule);
    }

    @Test
    void test_perUseFee_citesTheGrantorsAuthorisation_shownAndListed() {
        String id = authorise(person, today.minusDays(1), today.plusDays(365));
        Http.Response settled = settle(id, null);
        assertThat(settled.status()).as(settled.body()).isEqualTo(201);
        String settlementId = (String) settled.map().get("id");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> cited = (List<Map<String, Object>>) settled.map().get("authorisations");
        assertThat(cited).hasSize(1);
        assertThat(cited.get(0)).containsEntry("term", "periods[0].terms.perUseFees[0]").containsEntry("authorisationId", id)
                .containsEntry("payee", "A").containsEntry("subjectId", settlementId);
        Http.Response shown = http.get("/v1/settlements/" + settlementId, "X-API-KEY", settler.key());
        assertThat(shown.body()).contains("\"authorisationId\":\"" + id + "\"");

        Http.Response listed = http.get("/v1/authorisations/" + id + "/citations", "X-API-KEY", person.key());
        assertThat(listed.status()).as(listed.body()).isEqualTo(200);
        List<Map<String, Object>> rows = listed.read(Argument.listOf(Argument.mapOf(String.class, Object.class)));
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row).containsEntry("kind", "settlement").containsEntry("subjectId", settlementId)
                    .doesNotContainKey("payee");
        });
        assertThat(http.get("/v1/authorisations/" + id + "/citations", "X-API-KEY", operator.key()).status()).isEqualTo(200);
        Http.Response hidden = http.get("/v1/authorisations/" + id + "/citations", "X-API-KEY", stranger.key());
        assertThat(hidden.status()).as("nothing personal to a stranger").isEqualTo(404);
        assertThat(http.get("/v1/authorisations/" + id + "/citations").status()).isEqualTo(401);
    }

    @Test
    void test_payments_citingAWrongAuthorisation_areRefusedNamingThePayment() {
        String id = authorise(person, today.minusDays(1), today.plusDays(365));
        assertRefused(settle("DAU-NOSUCH", null), "periods[0].terms.perUseFees[0].authorisationId", "unknown");
        assertRefused(settle(null, id), "periods[0].terms.annualPayments[0].authorisationId", "not-a-party");
        String later = authorise(person, today.plusDays(10), today.plusDays(365));
        Http.Response notYet = settle(later, null);
        assertRefused(notYet, "periods[0].terms.perUseFees[0].authorisationId", "invalid-state");
        assertThat(notYet.problem().detail()).contains("NOT_YET");
        String revoked = authorise(person, today.minusDays(1), today.plusDays(365));
        assertThat(http.post("/v1/authorisations/" + revoked + "/revocations", "{\"reason\":\"withdrawn\"}",
                person.headers()).status()).isEqualTo(201);
        assertRefused(settle(revoked, null), "periods[0].terms.perUseFees[0].authorisationId", "invalid-state");
        Http.Response blank = settle("", null);
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.problem().field()).isEqualTo("periods[0].terms.perUseFees[0].authorisationId");
        // nothing was recorded by the refused settlements
        assertThat(http.get("/v1/authorisations/" + id + "/citations", "X-API-KEY", person.key()).body()).isEqualTo("[]");
    }

    @Test
    void test_ledgerCache_answersTheStoredLedger_andFollowsItsHead() {
        authorise(person, today.minusDays(1), today.plusDays(365));
        AuthorisationLedger first = ledgers.current();
        assertThat(ledgers.current()).as("nothing recorded since: the same checked ledger").isSameAs(first);
        authorise(person, today.minusDays(1), today.plusDays(365));
        AuthorisationLedger next = ledgers.current();
        assertThat(next.records()).hasSize(first.records().size() + 1);
        assertThat(next.records().subList(0, first.records().size())).isEqualTo(first.records());
        assertThat(next.records()).isEqualTo(AuthorisationMapper.ledger(records.findAllOrderBySequence()).records());
    }
}
