package org.dataprice.api.crash;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real jar started on a damaged default store (H2 file under {@code ./data}) does not serve as
 * if nothing happened: readiness is DOWN naming the ledger and record, every write is refused with
 * 503 {@code ledger-integrity}, reads still answer. Two kinds of damage: a stored settlement edited
 * behind the service's back, and the database file replaced by an older copy (what a truncated
 * file or a restored backup looks like: a self-consistent but shorter history).
 */
class CorruptedStoreH2IT {

    private static Connection connect(Path workDir) throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + workDir.resolve("data/dataprice").toAbsolutePath()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "sa", "");
    }

    /** Writes some of every kind, then stops the service gracefully. */
    private static Workload writeSome(Path workDir, int writes) {
        Workload workload = new Workload();
        try (ServiceProcess service = ServiceProcess.start(workDir, Map.of(), "384m")) {
            workload.setUp(service.base());
            for (int i = 0; i < writes; i++) {
                Workload.Write write = workload.next();
                Workload.Answer answer = workload.send(service.base(), write, Duration.ofSeconds(30));
                assertThat(answer.ok()).as(answer.body()).isTrue();
            }
        }
        return workload;
    }

    private static void assertRefusesWritesButReads(Path workDir, String expectedReason) {
        try (ServiceProcess service = ServiceProcess.start(workDir, Map.of(), "384m", "/health/liveness")) {
            HttpResponse<String> readiness = service.get("/health/readiness");
            assertThat(readiness.statusCode()).as(readiness.body()).isEqualTo(503);

            Workload workload = new Workload();
            Workload.Answer write = workload.send(service.base(), new Workload.Write(Workload.Kind.SETTLEMENT,
                    "after-damage", "/v1/settlements", """
                    {"currency":"CNY","parties":[{"id":"A","principals":[]}],
                     "periods":[{"label":"P","pool":"10.00","terms":{"dividend":{"basis":"VALUE",
                       "weights":[{"party":"A","weight":"1"}]}}}]}""", workload.settlerToken()), Duration.ofSeconds(30));
            assertThat(write.status()).as(write.body()).isEqualTo(503);
            assertThat(write.body()).contains("ledger-integrity").contains(expectedReason);

            HttpResponse<String> page = service.get("/indices/" + Workload.INDEX_ID + "/methodology");
            assertThat(page.statusCode()).as("reads keep working").isEqualTo(200);
        }
    }

    @Test
    void test_editedSettlement_startsNotReadyAndRefusesWrites(@TempDir Path workDir) throws Exception {
        writeSome(workDir, 12);
        try (Connection c = connect(workDir); Statement s = c.createStatement()) {
            // an amount inside the oldest settlement's statements document: A's total gains a leading 1
            assertThat(s.executeUpdate("UPDATE split_settlement_period SET statements = REPLACE(statements, "
                    + "'\"party\":\"A\",\"total\":\"', '\"party\":\"A\",\"total\":\"1') "
                    + "WHERE settlement_id = (SELECT MIN(id) FROM split_settlement)")).isPositive();
        }
        assertRefusesWritesButReads(workDir, "settlements");
    }

    @Test
    void test_olderCopyOfTheDatabaseFile_startsNotReadyAndRefusesWrites(@TempDir Path workDir) throws Exception {
        writeSome(workDir, 6);
        Path file = workDir.resolve("data/dataprice.mv.db");
        Path older = workDir.resolve("older.mv.db");
        Files.copy(file, older);
        writeSome(workDir, 6);
        Files.copy(older, file, StandardCopyOption.REPLACE_EXISTING);
        assertRefusesWritesButReads(workDir, "anchor");
    }
}
