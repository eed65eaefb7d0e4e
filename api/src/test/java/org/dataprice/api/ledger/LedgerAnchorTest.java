package org.dataprice.api.ledger;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import org.dataprice.api.Http;
import org.dataprice.api.TestCredentials;
import org.dataprice.api.apikey.ApiKeyService;
import org.dataprice.api.idempotency.Idempotent;
import org.dataprice.api.security.Role;
import org.dataprice.api.storage.H2DataDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The anchor outside an H2 file database: a store restored from an older copy of its file (what a
 * truncating crash or disk fault leaves) is self-consistent, yet detected at start-up because the anchor
 * is newer; removing the anchor (an operator accepting the older store) clears it. Also: the data
 * directory is created {@code rwx------}, and the database and anchor files are {@code rw-------}.
 */
class LedgerAnchorTest {
    private static final String SETTLEMENT = """
            {"currency":"CNY","parties":[{"id":"p1","principals":[]},{"id":"p2","principals":[]}],
             "periods":[{"label":"2025-01","pool":"300.00","terms":{
               "dividend":{"basis":"EQUITY","weights":[{"party":"p1","weight":"1"},{"party":"p2","weight":"2"}]}}}]}""";

    @TempDir
    Path tmp;

    private Map<String, Object> props(Path dir) {
        Map<String, Object> props = new HashMap<>();
        props.put("datasources.default.url", "jdbc:h2:file:" + dir.resolve("dataprice")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=FALSE");
        props.put("datasources.default.username", "sa");
        props.put("datasources.default.password", "");
        return props;
    }

    private static void settle(EmbeddedServer server, int n) {
        Http http = new Http(server.getURL(), server.getApplicationContext().getBean(JsonMapper.class));
        String key = TestCredentials.key(server.getApplicationContext().getBean(ApiKeyService.class), Role.SETTLEMENT);
        for (int i = 0; i < n; i++) {
            Http.Response r = http.post("/v1/settlements", SETTLEMENT, "X-API-KEY", key, Idempotent.HEADER,
                    TestCredentials.idempotencyKey());
            assertThat(r.status()).as(r.body()).isEqualTo(201);
        }
    }

    private static LedgerVerification integrity(EmbeddedServer server) {
        return server.getApplicationContext().getBean(LedgerIntegrity.class).last().orElseThrow();
    }

    @Test
    void test_olderCopyOfTheStore_isDetectedAtStartup() throws IOException {
        Path dir = tmp.resolve("data");
        Path db = dir.resolve("dataprice.mv.db");
        Path older = tmp.resolve("older.mv.db");
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, props(dir), "test")) {
            settle(server, 2);
        }
        Files.copy(db, older);
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, props(dir), "test")) {
            assertThat(integrity(server).ok()).isTrue();
            settle(server, 3);
        }
        Path anchor = dir.resolve("dataprice.ledger-anchor");
        assertThat(Files.readString(anchor)).contains("settlements 5 ");

        Files.copy(older, db, StandardCopyOption.REPLACE_EXISTING);
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, props(dir), "test")) {
            LedgerVerification v = integrity(server);
            assertThat(v.ok()).isFalse();
            assertThat(v.failure().kind()).isEqualTo(LedgerVerification.Kind.BEHIND_ANCHOR);
            assertThat(v.failure().ledger()).isEqualTo("settlements");
            assertThat(v.failure().seq()).isEqualTo(5);
            assertThat(v.failure().reason()).contains("head at seq 2");
            Http http = new Http(server.getURL(), server.getApplicationContext().getBean(JsonMapper.class));
            assertThat(http.get("/health/readiness").status()).isEqualTo(503);
            String key = TestCredentials.key(server.getApplicationContext().getBean(ApiKeyService.class), Role.SETTLEMENT);
            assertThat(http.post("/v1/settlements", SETTLEMENT, "X-API-KEY", key, Idempotent.HEADER,
                    TestCredentials.idempotencyKey()).status()).isEqualTo(503);
        }

        Files.delete(anchor);
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, props(dir), "test")) {
            assertThat(integrity(server).ok()).as("the operator accepted the older store").isTrue();
            settle(server, 1);
        }
        assertThat(Files.readString(anchor)).contains("settlements 3 ");
    }

    /**
     * A valuation appends four records to two ledgers (the valuation; its JSON, HTML and CSV documents) in one
     * transaction: the anchor file is rewritten once for that commit, holding both heads (it was rewritten per record).
     */
    @Test
    void test_oneCommitOfSeveralRecords_rewritesTheAnchorOnce() throws IOException {
        Path dir = tmp.resolve("once");
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, props(dir), "test")) {
            LedgerAnchor anchor = server.getApplicationContext().getBean(LedgerAnchor.class);
            Http http = new Http(server.getURL(), server.getApplicationContext().getBean(JsonMapper.class));
            String appraiser = TestCredentials.key(server.getApplicationContext().getBean(ApiKeyService.class), Role.APPRAISER);
            long before = anchor.rewrites();
            Http.Response created = http.post("/v1/valuations", org.dataprice.api.valuation.ValuationExamples.ENGAGEMENT,
                    "X-API-KEY", appraiser, Idempotent.HEADER, TestCredentials.idempotencyKey());
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            assertThat(anchor.rewrites() - before).isEqualTo(1);
            assertThat(Files.readString(dir.resolve("dataprice.ledger-anchor"))).contains("\nvaluations 1 ")
                    .contains("\ndocuments 3 ");
        }
    }

    /** record and flush: one rewrite serves every head recorded before it; a leftover temporary file is replaced. */
    @Test
    void test_flush_writesOnceForEveryHeadRecordedBefore() throws IOException {
        Path file = tmp.resolve("direct").resolve("x.ledger-anchor");
        LedgerAnchor anchor = new LedgerAnchor(file);
        long first = anchor.record(Ledger.VALUATIONS, new LedgerHead(1, "a".repeat(64)));
        long second = anchor.record(Ledger.DOCUMENTS, new LedgerHead(3, "b".repeat(64)));
        anchor.flush(first);
        assertThat(anchor.rewrites()).isEqualTo(1);
        anchor.flush(second);
        assertThat(anchor.rewrites()).as("the first flush already wrote the second head").isEqualTo(1);
        assertThat(anchor.read()).containsEntry(Ledger.VALUATIONS, new LedgerHead(1, "a".repeat(64)))
                .containsEntry(Ledger.DOCUMENTS, new LedgerHead(3, "b".repeat(64)));

        anchor.flush(anchor.record(Ledger.VALUATIONS, new LedgerHead(1, "c".repeat(64))));
        assertThat(anchor.rewrites()).as("not beyond the recorded head: nothing to write").isEqualTo(1);

        Files.writeString(file.resolveSibling("x.ledger-anchor.tmp"), "left by a crash");
        anchor.advance(Ledger.VALUATIONS, new LedgerHead(2, "d".repeat(64)));
        assertThat(anchor.rewrites()).isEqualTo(2);
        assertThat(anchor.read()).containsEntry(Ledger.VALUATIONS, new LedgerHead(2, "d".repeat(64)));
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(file.resolveSibling("x.ledger-anchor.tmp")).doesNotExist();
    }

    @Test
    void test_dataDirectoryAndFiles_areOwnerOnly() throws IOException {
        Path dir = tmp.resolve("fresh").resolve("data");
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, props(dir), "test")) {
            settle(server, 1);
            assertThat(Files.getPosixFilePermissions(dir)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
            try (Stream<Path> files = Files.list(dir)) {
                assertThat(files.filter(Files::isRegularFile)).isNotEmpty().allSatisfy(f -> assertThat(
                        Files.getPosixFilePermissions(f)).as(f.toString()).isEqualTo(PosixFilePermissions.fromString("rw-------")));
            }
        }
    }

    @Test
    void test_existingWorldReadableDirectory_isNarrowed() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("old"));
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        H2DataDirectory.secureDirectory(dir);
        assertThat(Files.getPosixFilePermissions(dir)).isEqualTo(H2DataDirectory.DIRECTORY);
    }

    @Test
    void test_databasePath_ofH2Urls() {
        assertThat(H2DataDirectory.databasePath("jdbc:h2:file:./data/dataprice;MODE=PostgreSQL"))
                .contains(Path.of("./data/dataprice").toAbsolutePath().normalize());
        assertThat(H2DataDirectory.databasePath("jdbc:h2:/var/lib/dp/db")).contains(Path.of("/var/lib/dp/db"));
        assertThat(H2DataDirectory.databasePath("jdbc:h2:mem:x;DB_CLOSE_DELAY=-1")).isEmpty();
        assertThat(H2DataDirectory.databasePath("jdbc:h2:tcp://host/db")).isEmpty();
        assertThat(H2DataDirectory.databasePath("jdbc:postgresql://127.0.0.1/db")).isEmpty();
        assertThat(LedgerAnchor.resolve("", "jdbc:h2:file:/srv/data/dataprice;X=1"))
                .isEqualTo(Path.of("/srv/data/dataprice.ledger-anchor"));
        assertThat(LedgerAnchor.resolve("", "jdbc:postgresql://127.0.0.1/db")).isNull();
        assertThat(LedgerAnchor.resolve("none", "jdbc:h2:file:/srv/data/dataprice")).isNull();
        assertThat(LedgerAnchor.resolve("/etc/dp/anchor", "jdbc:postgresql://127.0.0.1/db")).isEqualTo(Path.of("/etc/dp/anchor"));
    }
}
