package org.dataprice.api.index;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.dataprice.api.Http;
import org.dataprice.api.TestCredentials;
import org.dataprice.api.apikey.ApiKeyService;
import org.dataprice.api.idempotency.Idempotent;
import org.dataprice.api.ledger.Ledger;
import org.dataprice.api.ledger.RecordDigest;
import org.dataprice.api.security.Role;
import org.dataprice.api.time.TestClock;
import org.dataprice.index.series.Revision;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The revisions of a release, stored with it (V52) and shown by the release read path
 * ({@code GET /v1/indices/{id}/releases/{vintage}}, and the publish / preview answers): which earlier figure
 * each revised (series, month, the vintage that published it), by how much; the stored revisions are
 * exactly the core's; success, 404 for an unknown, malformed or embargoed vintage and an unknown index,
 * 401 and 403.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReleaseRevisionsTest {
    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    ApiKeyService keys;
    @Inject
    TestClock clock;
    @Inject
    IndexStore store;

    Http http;
    String publisher;
    String reader;
    String appraiser;

    @BeforeEach
    void setUp() {
        http = new Http(server.getURL(), json);
        if (publisher == null) {
            publisher = TestCredentials.key(keys, Role.INDEX_PUBLISHER);
            reader = TestCredentials.key(keys, Role.READER);
            appraiser = TestCredentials.key(keys, Role.APPRAISER);
        }
        clock.set(Instant.parse("2025-03-01T00:00:00Z"));
    }

    private Http.Response load(String id, String csv) {
        return http.post("/v1/indices/" + id + "/transactions", csv, "X-API-KEY", publisher, "Content-Type", "text/csv",
                Idempotent.HEADER, TestCredentials.idempotencyKey());
    }

    private Http.Response publish(String id, String period) {
        return http.post("/v1/indices/" + id + "/releases", "{\"period\":\"" + period + "\"}", "X-API-KEY", publisher);
    }

    private Http.Response get(String id, String vintage, String credential) {
        return http.get("/v1/indices/" + id + "/releases/" + vintage, "X-API-KEY", credential);
    }

    /** Vintage 1 (2025-01, released 2025-02-15) and vintage 2 (2025-02, released 2025-03-15) revising 2024-12. */
    private String twoVintages(String method) {
        String id = "rev-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(http.post("/v1/indices", IndexFixtures.definition(id, method, "{}"), "X-API-KEY", publisher,
                Idempotent.HEADER, TestCredentials.idempotencyKey()).status()).isEqualTo(201);
        assertThat(load(id, IndexFixtures.csv(0, 12, 1)).status()).isEqualTo(201);
        assertThat(publish(id, "2025-01").status()).isEqualTo(201);
        String late = "product_id,period,price,quantity,category\napi-0,2024-12,"
                + String.format(Locale.ROOT, "%.12f", 10 * Math.pow(1.01, 11) * 1.05) + ",50,API\n";
        assertThat(load(id, late).status()).isEqualTo(201);
        assertThat(load(id, IndexFixtures.csv(13, 13, 1)).status()).isEqualTo(201);
        return id;
    }

    @Test
    void test_release_showsTheFiguresItRevised_withTheirVintage_andIsStoredAsTheCoreComputedIt() {
        String id = twoVintages("jevons");
        Http.Response created = publish(id, "2025-02");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        IndexViews.Release answer = created.read(IndexViews.Release.class);
        // jevons chained month to month: only 2024-12 of API and the composite move (the late trade)
        assertThat(answer.revisions()).extracting(r -> r.series() + "/" + r.period())
                .containsExactly("COMPOSITE/2024-12", "API/2024-12");
        IndexViews.RevisionEntry api = answer.revisions().get(1);
        assertThat(api.fromVintage()).isEqualTo(1);
        assertThat(api.toVintage()).isEqualTo(2);
        assertThat(api.date()).isEqualTo(LocalDate.of(2025, 3, 15));
        assertThat(Double.parseDouble(api.newValue())).isGreaterThan(Double.parseDouble(api.previousValue()));
        assertThat(Double.parseDouble(api.percent())).isEqualTo(100 * (Double.parseDouble(api.newValue())
                / Double.parseDouble(api.previousValue()) - 1), org.assertj.core.api.Assertions.within(0.01));

        // the earlier figure it names is the value vintage 1 published for that month
        clock.set(Instant.parse("2025-03-15T01:30:00Z"));
        IndexViews.Release v1 = get(id, "1", reader).read(IndexViews.Release.class);
        assertThat(v1.revisions()).isEmpty();
        assertThat(v1.values()).filteredOn(v -> v.series().equals("API") && v.period().equals("2024-12"))
                .singleElement().satisfies(v -> assertThat(v.value()).isEqualTo(api.previousValue()));
        Http.Response read = get(id, "2", reader);
        assertThat(read.status()).isEqualTo(200);
        IndexViews.Release v2 = read.read(IndexViews.Release.class);
        assertThat(v2.revisions()).isEqualTo(answer.revisions());
        assertThat(v2.values()).filteredOn(v -> v.series().equals("API") && v.period().equals("2024-12"))
                .singleElement().satisfies(v -> assertThat(v.value()).isEqualTo(api.newValue()));
        assertThat(get(id, "2", publisher).read(IndexViews.Release.class).revisions()).isEqualTo(answer.revisions());
        // the revision log (derived from the stored vintages) and the stored revisions agree
        List<IndexViews.RevisionEntry> log = http.get("/v1/indices/" + id + "/revisions", "X-API-KEY", reader)
                .read(io.micronaut.core.type.Argument.listOf(IndexViews.RevisionEntry.class));
        assertThat(log).containsExactlyInAnyOrderElementsOf(answer.revisions());

        // stored unrounded, exactly as the core's NewVintage listed them (round trip of every field)
        IndexStore.ReleaseRow row = store.release(id, 2).orElseThrow();
        Map<String, List<Revision>> stored = store.revisions(row);
        assertThat(stored.keySet()).containsExactly("COMPOSITE", "API");
        Revision r = stored.get("API").get(0);
        assertThat(r.period()).isEqualTo(YearMonth.of(2024, 12));
        assertThat(r.fromVintage()).isEqualTo(1);
        assertThat(r.toVintage()).isEqualTo(2);
        assertThat(r.reason()).isEqualTo(row.reason());
        assertThat(r.previousValue()).isEqualTo(store.vintageObservations(id, 1).stream()
                .filter(o -> o.series().equals("API") && o.period().equals(YearMonth.of(2024, 12))).findFirst()
                .orElseThrow().value());
        assertThat(r.newValue()).isEqualTo(store.vintageObservations(id, 2).stream()
                .filter(o -> o.series().equals("API") && o.period().equals(YearMonth.of(2024, 12))).findFirst()
                .orElseThrow().value());

        // chained with its revisions: the ledger entry's content hash covers the revision rows, so editing one breaks it
        String chained = store.read(c -> {
            try (var s = c.prepareStatement("SELECT content_hash FROM ledger_entry WHERE ledger = 'index-releases' "
                    + "AND record_id = ?")) {
                s.setString(1, id + "/2");
                try (var rs = s.executeQuery()) {
                    return rs.next() ? rs.getString(1) : null;
                }
            }
        });
        java.util.Optional<String> hash = store.read(c -> RecordDigest.contentHash(c, Ledger.INDEX_RELEASES, id + "/2"));
        assertThat(hash).contains(chained);
        Integer revisionRows = store.read(c -> {
            try (var s = c.prepareStatement("SELECT COUNT(*) FROM index_revision WHERE index_id = ? AND vintage = 2")) {
                s.setString(1, id);
                try (var rs = s.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
        assertThat(revisionRows).isEqualTo(2);
    }

    @Test
    void test_release_republishAnswersTheStoredRevisions() {
        String id = twoVintages("jevons");
        IndexViews.Release first = publish(id, "2025-02").read(IndexViews.Release.class);
        Http.Response again = publish(id, "2025-02");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.read(IndexViews.Release.class).revisions()).isEqualTo(first.revisions()).isNotEmpty();
    }

    @Test
    void test_release_embargoed_unknown_malformed_are404() {
        String id = twoVintages("jevons");
        assertThat(publish(id, "2025-02").status()).isEqualTo(201);
        // vintage 2 is released 2025-03-15: before then it does not exist for a read, even for its publisher
        assertThat(get(id, "2", reader).status()).isEqualTo(404);
        assertThat(get(id, "2", publisher).status()).isEqualTo(404);
        assertThat(get(id, "1", reader).status()).isEqualTo(200);
        for (String vintage : new String[]{"3", "0", "-1", "abc", "1.0", "99999999999"}) {
            Http.Response r = get(id, vintage, reader);
            assertThat(r.status()).as(vintage).isEqualTo(404);
            assertThat(r.header("Content-Type")).as(vintage).startsWith("application/problem+json");
        }
        assertThat(get("no-such-index", "1", reader).status()).isEqualTo(404);
    }

    @Test
    void test_release_withoutCredentials_is401_otherRole_is403() {
        String id = twoVintages("jevons");
        assertThat(http.get("/v1/indices/" + id + "/releases/1").status()).isEqualTo(401);
        assertThat(get(id, "1", "not-a-key").status()).isEqualTo(401);
        assertThat(get(id, "1", appraiser).status()).isEqualTo(403);
    }

    @Test
    void test_preview_showsTheRevisions() {
        String id = twoVintages("jevons");
        IndexViews.Release v2 = publish(id, "2025-02").read(IndexViews.Release.class);
        IndexViews.Release preview = http.get("/v1/indices/" + id + "/preview", "X-API-KEY", publisher)
                .read(IndexViews.Release.class);
        assertThat(preview.revisions()).isEqualTo(v2.revisions()).isNotEmpty();
    }

    @Test
    void test_publish_embargoWithoutPreview_hidesTheRevisionsUntilRelease() {
        String id = "rev-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(http.post("/v1/indices", IndexFixtures.definition(id, "jevons", "{}").replace("\"publisherPreview\":true",
                "\"publisherPreview\":false"), "X-API-KEY", publisher, Idempotent.HEADER, TestCredentials.idempotencyKey())
                .status()).isEqualTo(201);
        assertThat(load(id, IndexFixtures.csv(0, 12, 1)).status()).isEqualTo(201);
        assertThat(publish(id, "2025-01").status()).isEqualTo(201);
        assertThat(load(id, IndexFixtures.csv(11, 11, 1.05)).status()).isEqualTo(201);
        assertThat(load(id, IndexFixtures.csv(13, 13, 1)).status()).isEqualTo(201);
        IndexViews.Release hidden = publish(id, "2025-02").read(IndexViews.Release.class);
        assertThat(hidden.values()).isEmpty();
        assertThat(hidden.revisions()).isEmpty();
        clock.set(Instant.parse("2025-03-15T01:30:00Z"));
        assertThat(get(id, "2", reader).read(IndexViews.Release.class).revisions()).isNotEmpty()
                .allMatch(r -> r.period().equals("2024-12") && r.fromVintage() == 1);
    }
}
