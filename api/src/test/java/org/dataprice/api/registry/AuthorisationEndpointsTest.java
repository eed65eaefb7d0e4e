package org.dataprice.api.registry;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.dataprice.api.Http;
import org.dataprice.api.TestCredentials;
import org.dataprice.api.TestDatabases;
import org.dataprice.api.apikey.ApiKeyService;
import org.dataprice.api.pricing.Market;
import org.dataprice.api.pricing.PricingExamples;
import org.dataprice.api.problem.Problem;
import org.dataprice.api.security.Role;
import org.dataprice.registry.json.CanonicalJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Authorisation records over HTTP (授权、存证、溯源): operation agreements by the REGISTRAR, data authorisations by
 * their grantor (or the REGISTRAR naming it), grantor-only revocation, privacy (nothing personal to strangers), status
 * at an instant with the hash-chain evidence, provenance of a registration through its authorised and derived sources,
 * and the error paths (the problem's field is the request's JSON path), roles, credentials and idempotent replay.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorisationEndpointsTest implements TestPropertyProvider {
    private static final String AGREEMENTS = "/v1/authorisations/operation-agreements";
    private static final String AUTHORISATIONS = "/v1/authorisations/data-authorisations";

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    ApiKeyService keys;

    Http http;
    Market.Party registrar;
    Market.Party person;
    Market.Party operator;
    Market.Party stranger;
    Market.Party admin;
    LocalDate today;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> out = new java.util.HashMap<>();
        TestDatabases.h2("authorisations").forEach((k, v) -> out.put(k, String.valueOf(v)));
        return out;
    }

    @BeforeAll
    void setUp() {
        http = new Http(server.getURL(), json);
        registrar = Market.party(keys, Role.REGISTRAR);
        person = Market.party(keys, Role.READER);
        operator = Market.party(keys, Role.READER);
        stranger = Market.party(keys, Role.READER);
        admin = Market.party(keys, Role.ADMIN);
        today = LocalDate.now(ZoneOffset.UTC);
    }

    private String consent(String classification, String revocable, LocalDate from, LocalDate until) {
        return "{\"classification\":\"" + classification + "\",\"grantee\":\"" + operator.name()
                + "\",\"purpose\":\"credit scoring with consent\",\"from\":\"" + from + "\",\"until\":\"" + until + "\""
                + (revocable == null ? "" : ",\"revocable\":" + revocable) + ",\"reason\":\"consent C-42\"}";
    }

    private String consent(String classification) {
        return consent(classification, "true", today.minusDays(1), today.plusYears(1));
    }

    private Map<String, Object> created(Http.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.header("Location")).isEqualTo("/v1/authorisations/" + r.map().get("id"));
        return r.map();
    }

    private String authorise(String classification) {
        return (String) created(http.post(AUTHORISATIONS, consent(classification), person.headers())).get("id");
    }

    private Http.Response show(String id, Market.Party who) {
        return http.get("/v1/authorisations/" + id, "X-API-KEY", who.key());
    }

    private Http.Response status(String id, String at, Market.Party who) {
        return http.get("/v1/authorisations/" + id + "/status" + (at == null ? "" : "?at=" + at), "X-API-KEY", who.key());
    }

    private Http.Response revoke(String id, Market.Party who) {
        return http.post("/v1/authorisations/" + id + "/revocations", AuthorisationExamples.REVOCATION, who.headers());
    }

    private static void assertProblem(Http.Response r, int status, String rule, String field) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.contentType()).isEqualTo(Problem.MEDIA_TYPE);
        if (rule != null) {
            assertThat(r.problem().rule()).as(r.body()).isEqualTo(rule);
        }
        assertThat(r.problem().field()).as(r.body()).isEqualTo(field);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> obj(Map<String, Object> m, String key) {
        return (Map<String, Object>) m.get(key);
    }

    @Test
    void test_agreement_recordedByRegistrar_hashedIntoTheChain_visibleToAll() {
        Map<String, Object> a = created(http.post(AGREEMENTS, AuthorisationExamples.AGREEMENT, registrar.headers()));
        assertThat((String) a.get("id")).matches("OPA-\\d{4}-[0-9A-F]{12}");
        assertThat(a).containsEntry("kind", "operation-agreement").containsEntry("classification", "PUBLIC")
                .containsEntry("provider", "cq-bigdata-bureau").containsEntry("operator", "operator-x")
                .containsEntry("feeBasis", "free").containsEntry("revocable", false);
        Map<String, Object> recorded = obj(a, "recorded");
        assertThat(recorded.get("type")).isEqualTo("agree");
        assertThat(recorded.get("actor")).isEqualTo(registrar.name());
        assertThat(recorded.get("hash")).as("hash = SHA-256 of the canonical body shown")
                .isEqualTo(CanonicalJson.sha256Hex(CanonicalJson.bytes(obj(recorded, "body"))));
        Http.Response seen = show((String) a.get("id"), stranger);
        assertThat(seen.status()).as(seen.body()).isEqualTo(200);
        assertThat(seen.map()).containsEntry("view", "FULL").containsEntry("operator", "operator-x");
    }

    @Test
    void test_agreement_feeBasisNamesAnExistingTariff() {
        Http.Response tariff = http.post("/v1/tariffs", PricingExamples.TARIFF, admin.headers());
        assertThat(tariff.status()).as(tariff.body()).isEqualTo(201);
        String tariffId = (String) tariff.map().get("id");
        Map<String, Object> a = created(http.post(AGREEMENTS, AuthorisationExamples.AGREEMENT
                .replace("\"free\"", "\"" + tariffId + "\""), registrar.headers()));
        assertThat(a.get("feeBasis")).isEqualTo(tariffId);
        assertProblem(http.post(AGREEMENTS, AuthorisationExamples.AGREEMENT.replace("\"free\"", "\"no-such-tariff\""),
                registrar.headers()), 422, "unknown", "feeBasis");
    }

    @Test
    void test_agreement_errorPaths() {
        assertProblem(http.post(AGREEMENTS, AuthorisationExamples.AGREEMENT.replace("\"operator-x\"", "\"cq-bigdata-bureau\""),
                registrar.headers()), 422, "duplicate", "operator");
        assertProblem(http.post(AGREEMENTS, AuthorisationExamples.AGREEMENT.replace("2029-03-01", "2026-03-01"),
                registrar.headers()), 422, "greater-than", "until");
        assertProblem(http.post(AGREEMENTS, AuthorisationExamples.AGREEMENT.replace("\"operator-x\"", "\"operator x\""),
                registrar.headers()), 422, null, "operator");
        assertProblem(http.post(AGREEMENTS, AuthorisationExamples.AGREEMENT.replace("signed 2026-02-20", "x".repeat(501)),
                registrar.headers()), 422, null, "reason");
        Http.Response noScope = http.post(AGREEMENTS, AuthorisationExamples.AGREEMENT
                .replace("\"scope\": \"traffic sensors, aggregated hourly\",", ""), registrar.headers());
        assertThat(noScope.status()).as(noScope.body()).isEqualTo(400);
        assertThat(noScope.problem().field()).isEqualTo("scope");
        Http.Response badDate = http.post(AGREEMENTS, AuthorisationExamples.AGREEMENT.replace("2026-03-01", "2026-13-01"),
                registrar.headers());
        assertThat(badDate.status()).as(badDate.body()).isEqualTo(400);
        assertThat(badDate.problem().field()).isEqualTo("from");
    }

    @Test
    void test_auth_wrongRoleForgedOrMissingKey_isRefused() {
        assertThat(http.post(AGREEMENTS, AuthorisationExamples.AGREEMENT, person.headers()).status())
                .as("only the REGISTRAR records agreements").isEqualTo(403);
        assertThat(http.post(AGREEMENTS, AuthorisationExamples.AGREEMENT, "Idempotency-Key", "k-1").status()).isEqualTo(401);
        assertThat(http.post(AUTHORISATIONS, consent("PERSONAL"), "X-API-KEY", "dp_forged_0123456789abcdef",
                "Idempotency-Key", "k-2").status()).isEqualTo(401);
        assertThat(http.post(AUTHORISATIONS, consent("PERSONAL"), "Authorization", "Bearer "
                + TestCredentials.jwt("forger", Instant.now().plusSeconds(600), "another-secret-of-at-least-32-bytes-xxxxxx",
                Role.REGISTRAR), "Idempotency-Key", "k-3").status()).isEqualTo(401);
        String id = authorise("ENTERPRISE");
        assertThat(http.get("/v1/authorisations/" + id).status()).isEqualTo(401);
        assertThat(http.get("/v1/authorisations/" + id + "/status").status()).isEqualTo(401);
        assertThat(http.post("/v1/authorisations/" + id + "/revocations", AuthorisationExamples.REVOCATION,
                "Idempotency-Key", "k-4").status()).isEqualTo(401);
        Http.Response noKey = http.post(AUTHORISATIONS, consent("PERSONAL"), "X-API-KEY", person.key());
        assertThat(noKey.status()).isEqualTo(400);
        assertThat(noKey.problem().type()).contains("idempotency-key-missing");
    }

    @Test
    void test_authorisation_byGrantorOrRegistrar_errorPaths() {
        Map<String, Object> mine = created(http.post(AUTHORISATIONS, consent("PERSONAL"), person.headers()));
        assertThat((String) mine.get("id")).matches("DAU-\\d{4}-[0-9A-F]{12}");
        assertThat(mine).containsEntry("grantor", person.name()).containsEntry("grantee", operator.name())
                .containsEntry("view", "FULL").containsEntry("status", "IN_FORCE").containsEntry("revocable", true);
        assertThat(obj(mine, "recorded").get("actor")).isEqualTo(person.name());
        String onBehalf = consent("ENTERPRISE").replace("{", "{\"grantor\":\"" + person.name() + "\",");
        Map<String, Object> byRegistrar = created(http.post(AUTHORISATIONS, onBehalf, registrar.headers()));
        assertThat(byRegistrar.get("grantor")).isEqualTo(person.name());
        assertThat(obj(byRegistrar, "recorded").get("actor")).isEqualTo(registrar.name());
        Http.Response forOther = http.post(AUTHORISATIONS, onBehalf, stranger.headers());
        assertThat(forOther.status()).as("only the grantor or the REGISTRAR records it").isEqualTo(403);
        assertProblem(http.post(AUTHORISATIONS, consent("ENTERPRISE"), registrar.headers()), 422, "missing", "grantor");
        assertProblem(http.post(AUTHORISATIONS, consent("PERSONAL", "false", today, today.plusDays(30)),
                person.headers()), 422, "invalid-state", "revocable");
        assertProblem(http.post(AUTHORISATIONS, consent("PUBLIC"), person.headers()), 422, "unknown", "classification");
        assertProblem(http.post(AUTHORISATIONS, consent("PERSONAL").replace(operator.name(), person.name()),
                person.headers()), 422, "duplicate", "grantee");
        assertProblem(http.post(AUTHORISATIONS, consent("PERSONAL", null, today, today), person.headers()),
                422, "greater-than", "until");
        Http.Response badKind = http.post(AUTHORISATIONS, consent("SECRET"), person.headers());
        assertThat(badKind.status()).as(badKind.body()).isBetween(400, 422);
        assertThat(badKind.problem().field()).isEqualTo("classification");
        Map<String, Object> defaulted = created(http.post(AUTHORISATIONS, consent("ENTERPRISE", null, today, today.plusDays(9)),
                person.headers()));
        assertThat(defaulted.get("revocable")).as("revocable unless said otherwise").isEqualTo(true);
    }

    @Test
    void test_privacy_personalHiddenFromStrangers_enterprisePublicPart() {
        String personal = authorise("PERSONAL");
        assertThat(show(personal, operator).map()).containsEntry("view", "FULL").containsEntry("grantor", person.name());
        assertThat(show(personal, registrar).map()).containsEntry("view", "FULL");
        assertThat(show(personal, stranger).status()).as("nothing personal to others").isEqualTo(404);
        assertThat(status(personal, null, stranger).status()).isEqualTo(404);
        assertThat(revoke(personal, stranger).status()).isEqualTo(404);
        String enterprise = authorise("ENTERPRISE");
        Http.Response pub = show(enterprise, stranger);
        assertThat(pub.status()).isEqualTo(200);
        assertThat(pub.map()).containsEntry("view", "PUBLIC").containsEntry("classification", "ENTERPRISE")
                .doesNotContainKeys("grantor", "grantee", "purpose");
        assertThat(obj(pub.map(), "recorded")).containsKey("hash").doesNotContainKeys("actor", "reason", "body");
        assertThat(pub.body()).doesNotContain(person.name()).doesNotContain(operator.name()).doesNotContain("credit scoring");
        assertThat(show("DAU-2026-000000000000", registrar).status()).isEqualTo(404);
    }

    @Test
    void test_revocation_grantorOnly_once_revocableOnly() {
        String id = authorise("PERSONAL");
        assertThat(revoke(id, operator).status()).as("the grantee is a party but not the grantor").isEqualTo(403);
        assertThat(revoke(id, registrar).status()).as("the REGISTRAR does not revoke a consent").isEqualTo(403);
        Http.Response r = revoke(id, person);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.map().get("status")).isEqualTo("REVOKED");
        assertThat(obj(r.map(), "revoked")).containsEntry("type", "revoke").containsEntry("actor", person.name());
        assertProblem(revoke(id, person), 422, "invalid-state", "status");
        String fixed = (String) created(http.post(AUTHORISATIONS, consent("ENTERPRISE", "false", today, today.plusDays(9)),
                person.headers())).get("id");
        assertProblem(revoke(fixed, person), 422, "invalid-state", "status");
        String agreement = (String) created(http.post(AGREEMENTS, AuthorisationExamples.AGREEMENT, registrar.headers()))
                .get("id");
        assertProblem(revoke(agreement, registrar), 422, "unknown", "status");
        assertThat(revoke("DAU-2026-000000000000", person).status()).isEqualTo(404);
        assertProblem(http.post("/v1/authorisations/" + id + "/revocations", "{}", person.headers()), 400, null, "reason");
    }

    @Test
    void test_statusAt_answersFromTheRecordsMadeByThen_withEvidence() {
        String id = authorise("PERSONAL");
        Map<String, Object> made = obj(show(id, person).map(), "recorded");
        Instant recordedAt = Instant.parse((String) made.get("at"));
        Map<String, Object> before = status(id, recordedAt.minusMillis(1).toString(), person).map();
        assertThat(before).containsEntry("status", "UNKNOWN");
        assertThat(before.get("recorded")).isNull();
        assertThat(((Number) obj(before, "head").get("sequence")).longValue())
                .isLessThan(((Number) made.get("sequence")).longValue());
        Map<String, Object> revokedNow = obj(revoke(id, person).map(), "revoked");
        Instant revokedAt = Instant.parse((String) revokedNow.get("at"));
        Map<String, Object> inForce = status(id, recordedAt.toString(), operator).map();
        assertThat(inForce).containsEntry("status", "IN_FORCE");
        assertThat(obj(inForce, "recorded")).containsEntry("hash", made.get("hash"));
        assertThat(inForce.get("revoked")).as("not revoked by then").isNull();
        Map<String, Object> after = status(id, revokedAt.toString(), operator).map();
        assertThat(after).containsEntry("status", "REVOKED");
        assertThat(obj(after, "revoked")).containsEntry("hash", revokedNow.get("hash"));
        assertThat(obj(after, "head").get("sequence")).isEqualTo(revokedNow.get("sequence"));
        String later = (String) created(http.post(AUTHORISATIONS, consent("ENTERPRISE", null, today.plusDays(10),
                today.plusDays(20)), person.headers())).get("id");
        assertThat(status(later, null, stranger).map()).containsEntry("status", "NOT_YET");
        assertThat(status(id, "yesterday", person).status()).isEqualTo(400);
        assertThat(status("DAU-2026-000000000000", null, registrar).status()).isEqualTo(404);
    }

    @Test
    void test_dataAuthorisation_sameIdempotencyKey_recordsOnce() {
        String key = TestCredentials.idempotencyKey();
        Http.Response first = http.post(AUTHORISATIONS, consent("ENTERPRISE"), person.headers(key));
        Http.Response again = http.post(AUTHORISATIONS, consent("ENTERPRISE"), person.headers(key));
        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.map().get("id")).isEqualTo(first.map().get("id"));
        String id = (String) first.map().get("id");
        String revokeKey = TestCredentials.idempotencyKey();
        assertThat(http.post("/v1/authorisations/" + id + "/revocations", AuthorisationExamples.REVOCATION,
                person.headers(revokeKey)).status()).isEqualTo(201);
        assertThat(http.post("/v1/authorisations/" + id + "/revocations", AuthorisationExamples.REVOCATION,
                person.headers(revokeKey)).status()).as("replayed, not a second revocation (which is 422)").isEqualTo(201);
        String agreementKey = TestCredentials.idempotencyKey();
        Object a1 = http.post(AGREEMENTS, AuthorisationExamples.AGREEMENT, registrar.headers(agreementKey)).map().get("id");
        Object a2 = http.post(AGREEMENTS, AuthorisationExamples.AGREEMENT, registrar.headers(agreementKey)).map().get("id");
        assertThat(a2).isEqualTo(a1);
    }

    @Test
    void test_provenance_tracesAuthorisedAndDerivedSources() {
        String auth = authorise("PERSONAL");
        String authHash = (String) obj(show(auth, person).map(), "recorded").get("hash");
        String source = register("PERSONAL", "AUTHORISED", auth, person.name());
        String product = register("ENTERPRISE", "DERIVED", source, operator.name());
        Map<String, Object> p = provenance(product, null, operator);
        assertThat(p).containsEntry("complete", true).containsEntry("view", "FULL");
        Map<String, Object> derived = trace(obj(p, "root"));
        assertThat(derived).containsEntry("finding", "DERIVED").containsEntry("reference", source);
        Map<String, Object> authorised = trace(obj(derived, "derived"));
        assertThat(authorised).containsEntry("finding", "AUTHORISATION_IN_FORCE").containsEntry("evidence", authHash)
                .containsEntry("status", "IN_FORCE");
        Http.Response publicView = http.get("/v1/registrations/" + product + "/provenance", "X-API-KEY", stranger.key());
        assertThat(publicView.status()).isEqualTo(200);
        assertThat(publicView.map()).containsEntry("view", "PUBLIC");
        assertThat(publicView.body()).doesNotContain(auth).doesNotContain(person.name());
        Instant beforeRevocation = Instant.parse((String) p.get("at"));
        assertThat(revoke(auth, person).status()).isEqualTo(201);
        Map<String, Object> now = provenance(product, null, operator);
        assertThat(now).containsEntry("complete", false);
        assertThat(trace(obj(trace(obj(now, "root")), "derived"))).containsEntry("finding", "AUTHORISATION_NOT_IN_FORCE")
                .containsEntry("status", "REVOKED");
        assertThat(provenance(product, beforeRevocation.toString(), operator)).as("as it stood then")
                .containsEntry("complete", true);
        assertProblem(http.get("/v1/registrations/" + product + "/provenance?at=2000-01-01T00:00:00Z", "X-API-KEY",
                operator.key()), 422, "unknown", "at");
        assertThat(http.get("/v1/registrations/REG-2026-000000000000/provenance", "X-API-KEY", operator.key()).status())
                .isEqualTo(404);
        String dangling = register("PERSONAL", "AUTHORISED", "DAU-2026-FFFFFFFFFFFF", person.name());
        Map<String, Object> unknown = provenance(dangling, null, registrar);
        assertThat(unknown).containsEntry("complete", false);
        assertThat(trace(obj(unknown, "root"))).containsEntry("finding", "AUTHORISATION_UNKNOWN")
                .as("no evidence (empty values are left out)").doesNotContainKey("evidence");
    }

    private String register(String classification, String kind, String reference, String holder) {
        String body = RegistryExamples.REGISTER.replace("\"acme\"", "\"" + holder + "\"")
                .replace("\"ENTERPRISE\"", "\"" + classification + "\"")
                .replace("\"kind\": \"COLLECTED\", \"reference\": \"\"", "\"kind\": \"" + kind + "\", \"reference\": \""
                        + reference + "\"");
        Http.Response r = http.post("/v1/registrations", body, registrar.headers());
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return (String) r.map().get("registrationId");
    }

    private Map<String, Object> provenance(String id, String at, Market.Party who) {
        Http.Response r = http.get("/v1/registrations/" + id + "/provenance" + (at == null ? "" : "?at=" + at),
                "X-API-KEY", who.key());
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.map();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> trace(Map<String, Object> node) {
        List<Map<String, Object>> sources = (List<Map<String, Object>>) node.get("sources");
        assertThat(sources).hasSize(1);
        return sources.get(0);
    }

    @Test
    void test_concurrentRecords_eachTakesItsOwnPlaceInTheOneChain() throws Exception {
        int n = 8;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(n);
        try {
            List<java.util.concurrent.Future<Http.Response>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < n; i++) {
                answers.add(pool.submit(() -> http.post(AUTHORISATIONS, consent("ENTERPRISE"), person.headers())));
            }
            java.util.Set<Object> sequences = new java.util.HashSet<>();
            java.util.Set<Object> hashes = new java.util.HashSet<>();
            for (java.util.concurrent.Future<Http.Response> f : answers) {
                Map<String, Object> recorded = obj(created(f.get(60, java.util.concurrent.TimeUnit.SECONDS)), "recorded");
                sequences.add(recorded.get("sequence"));
                hashes.add(recorded.get("previousHash"));
            }
            assertThat(sequences).as("one sequence number each").hasSize(n);
            assertThat(hashes).as("each links to a different predecessor").hasSize(n);
        } finally {
            pool.shutdownNow();
        }
        test_ledger_chainsEveryRecord();
    }

    @Test
    void test_ledger_chainsEveryRecord() {
        authorise("ENTERPRISE");
        Http.Response v = http.get("/v1/ledgers/verification", "X-API-KEY", admin.key());
        assertThat(v.status()).as(v.body()).isEqualTo(200);
        assertThat(v.body()).contains("\"ledger\":\"authorisation-records\"");
        Object failure = v.map().get("failure");
        assertThat(failure == null ? "" : String.valueOf(failure)).as("no failure in this ledger")
                .doesNotContain("authorisation-records");
    }
}
