package org.dataprice.api.split;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.data.connection.ConnectionOperations;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.dataprice.api.Http;
import org.dataprice.api.TestCredentials;
import org.dataprice.api.apikey.ApiKeyService;
import org.dataprice.api.idempotency.Idempotent;
import org.dataprice.api.job.JobList;
import org.dataprice.api.job.JobPolling;
import org.dataprice.api.job.JobResponse;
import org.dataprice.api.security.Role;
import org.dataprice.api.split.settlement.SettlementResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Settlements and contribution runs as jobs over HTTP (issue 14): {@code Prefer: respond-async}, or a request above its
 * threshold ({@code dataprice.jobs.async-statements}, {@code async-samples}), answers 202 with
 * {@code Location: /v1/jobs/{id}} and the Job; the job shows progress (a settlement's in periods) and links, done, to
 * the stored result, which equals the synchronous answer; the same Idempotency-Key returns the same job and stores one
 * result (also for the settlement's replay-from-Location); a cancel stops a running contribution run (the single worker
 * is free again at once) and a queued settlement, and stores nothing; bad input is refused before a job is made; a
 * settlement whose terms break a rule FAILS with the rule; another caller's run is 404.
 */
@MicronautTest(transactional = false)
@Property(name = "dataprice.jobs.threads", value = "1")
@Property(name = "dataprice.jobs.async-statements", value = "6")
@Property(name = "dataprice.jobs.async-samples", value = "5000")
@Property(name = "dataprice.jobs.progress-interval", value = "100ms")
@Property(name = "dataprice.jobs.poll-interval", value = "200ms")
@Property(name = "dataprice.split.max-samples", value = "1000000000")
@Property(name = "dataprice.split.max-sampling-work", value = "1000000000000")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SplitJobsHttpTest {
    private static final String SHAPLEY = """
            {"method": "SHAPLEY_MONTE_CARLO", "game": {"type": "GLOVE", "left": 10, "right": 20},
             "sampling": {"seed": 20090601, "maxSamples": 4000, "variant": "ANTITHETIC", "targetStandardError": 0, "confidence": 0.95}}""";
    /** A billion permutations of 60 players: hours of work, so it is surely running when it is cancelled. */
    private static final String ENDLESS = """
            {"method": "SHAPLEY_MONTE_CARLO", "game": {"type": "GLOVE", "left": 30, "right": 30},
             "sampling": {"seed": 1, "maxSamples": 1000000000, "targetStandardError": 0}}""";

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    ApiKeyService keys;

    private Http http() {
        return new Http(server.getURL(), json);
    }

    /** A dividend-only settlement: parties A and B, {@code periods} periods of pool 1000 + i. */
    private static String settlement(int periods, String extraParty) {
        StringBuilder p = new StringBuilder();
        for (int i = 0; i < periods; i++) {
            p.append(i == 0 ? "" : ",").append("""
                    {"label":"P%d","pool":"%d.25","terms":{"dividend":{"basis":"VALUE","weights":[{"party":"A","weight":"2"},{"party":"B","weight":"1"}]}}}"""
                    .formatted(i, 1000 + i));
        }
        return """
                {"currency":"CNY","parties":[{"id":"A","principals":[]},{"id":"B","principals":[]}%s],"periods":[%s]}"""
                .formatted(extraParty == null ? "" : ",{\"id\":\"" + extraParty + "\",\"principals\":[]}", p);
    }

    private JobResponse job(String location, String key) {
        return JobPolling.job(http(), location, key);
    }

    private JobResponse await(String location, String key, String... states) {
        return JobPolling.await(http(), location, key, states);
    }

    @SuppressWarnings("unchecked")
    private long count(String sql, String arg) {
        ConnectionOperations<Connection> connections = server.getApplicationContext().getBean(ConnectionOperations.class);
        return connections.executeRead(status -> {
            try (PreparedStatement s = status.getConnection().prepareStatement(sql)) {
                s.setString(1, arg);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    return r.getLong(1);
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static String principal(String key) {
        return "apikey:" + key.substring(4, 20);
    }

    @Test
    void test_settlement_preferAsync_202_progressInPeriods_resultEqualsTheSynchronousAnswer() {
        String settler = TestCredentials.key(keys, Role.SETTLEMENT);
        Http.Response sync = http().post("/v1/settlements", settlement(3, null), "X-API-KEY", settler,
                "Idempotency-Key", TestCredentials.idempotencyKey());
        assertThat(sync.status()).as("6 statements: not above the threshold").isEqualTo(201);

        Http.Response accepted = http().post("/v1/settlements", settlement(3, null), "X-API-KEY", settler,
                "Idempotency-Key", TestCredentials.idempotencyKey(), "Prefer", "respond-async");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        assertThat(accepted.header("Preference-Applied")).isEqualTo("respond-async");
        String location = accepted.header("Location");
        assertThat(location).matches("/v1/jobs/[0-9a-f-]{36}");
        JobResponse queued = accepted.read(JobResponse.class);
        assertThat(queued.kind()).isEqualTo("settlement.run");
        assertThat(queued.subject()).isEqualTo("/v1/settlements");

        JobResponse done = await(location, settler, "SUCCEEDED");
        assertThat(done.result()).matches("/v1/settlements/[0-9a-f-]{36}");
        assertThat(done.progress().done()).as("periods").isEqualTo(3);
        assertThat(done.progress().total()).isEqualTo(3);
        assertThat(done.progress().fraction()).isEqualByComparingTo(BigDecimal.ONE);
        SettlementResponse recorded = http().get(done.result(), "X-API-KEY", settler).read(SettlementResponse.class);
        SettlementResponse direct = sync.read(SettlementResponse.class);
        assertThat(recorded.createdBy()).isEqualTo(principal(settler));
        assertThat(recorded.totals()).isEqualTo(direct.totals());
        assertThat(recorded.totalPaid()).isEqualTo(direct.totalPaid());
        assertThat(recorded.periods()).hasSize(3);
        assertThat(count("SELECT COUNT(*) FROM split_settlement WHERE created_by = ?", principal(settler))).isEqualTo(2);
    }

    @Test
    void test_settlement_aboveThreshold_isAJob_sameKeySameJobOneSettlement() {
        String settler = TestCredentials.key(keys, Role.SETTLEMENT);
        String key = TestCredentials.idempotencyKey();
        Http.Response first = http().post("/v1/settlements", settlement(4, null), "X-API-KEY", settler, "Idempotency-Key", key);
        assertThat(first.status()).as("8 statements > 6: a job without Prefer: %s", first.body()).isEqualTo(202);
        assertThat(first.header("Preference-Applied")).isNull();
        JobResponse done = await(first.header("Location"), settler, "SUCCEEDED");

        Http.Response again = http().post("/v1/settlements", settlement(4, null), "X-API-KEY", settler, "Idempotency-Key", key);
        assertThat(again.status()).as(again.body()).isEqualTo(202);
        assertThat(again.header(Idempotent.REPLAYED_HEADER)).isEqualTo("true");
        assertThat(again.header("Location")).isEqualTo(first.header("Location"));
        JobResponse replayed = again.read(JobResponse.class);
        assertThat(replayed.state()).as("the replay shows the job as it is now").isEqualTo("SUCCEEDED");
        assertThat(replayed.result()).isEqualTo(done.result());
        assertThat(count("SELECT COUNT(*) FROM split_settlement WHERE created_by = ?", principal(settler)))
                .as("recorded once").isEqualTo(1);
    }

    @Test
    void test_settlement_badInputRefusedBeforeAJob_brokenTermsFailTheJobWithTheRule() {
        String settler = TestCredentials.key(keys, Role.SETTLEMENT);
        Http.Response bad = http().post("/v1/settlements", settlement(1, null).replace("\"CNY\"", "\"ZZZ\""), "X-API-KEY", settler,
                "Idempotency-Key", TestCredentials.idempotencyKey(), "Prefer", "respond-async");
        assertThat(bad.status()).as(bad.body()).isEqualTo(422);
        assertThat(bad.problem().field()).isEqualTo("currency");
        assertThat(http().get("/v1/jobs", "X-API-KEY", settler).read(JobList.class).total()).as("no job made").isZero();

        Http.Response accepted = http().post("/v1/settlements", settlement(1, "Z"), "X-API-KEY", settler,
                "Idempotency-Key", TestCredentials.idempotencyKey(), "Prefer", "respond-async");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        JobResponse failed = await(accepted.header("Location"), settler, "FAILED");
        assertThat(failed.failure().type()).endsWith("/unknown");
        assertThat(failed.failure().reason()).contains("Z");
        assertThat(failed.result()).isNull();
        assertThat(count("SELECT COUNT(*) FROM split_settlement WHERE created_by = ?", principal(settler))).isZero();
    }

    @Test
    void test_contribution_preferAsync_202_resultStoredOnceEqualsTheSynchronousAnswer_othersGet404() {
        String reader = TestCredentials.key(keys, Role.READER);
        Http.Response sync = http().post("/v1/contributions", SHAPLEY, "X-API-KEY", reader);
        assertThat(sync.status()).as(sync.body()).isEqualTo(200);
        String key = TestCredentials.idempotencyKey();
        Http.Response accepted = http().post("/v1/contributions", SHAPLEY, "X-API-KEY", reader, "Prefer", "respond-async",
                "Idempotency-Key", key);
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        assertThat(accepted.read(JobResponse.class).kind()).isEqualTo("contribution.run");
        JobResponse done = await(accepted.header("Location"), reader, "SUCCEEDED");
        assertThat(done.result()).matches("/v1/contributions/runs/[0-9a-f-]{36}");
        // progress counted in the core's blocks: 2,000 antithetic pairs in blocks of 500
        assertThat(done.progress().total()).as("blocks").isEqualTo(4);
        assertThat(done.progress().done()).isEqualTo(4);
        Http.Response stored = http().get(done.result(), "X-API-KEY", reader);
        assertThat(stored.status()).as(stored.body()).isEqualTo(200);
        JsonNode a = stored.read(JsonNode.class);
        assertThat(a).as("the stored answer equals the synchronous one").isEqualTo(sync.read(JsonNode.class));

        Http.Response again = http().post("/v1/contributions", SHAPLEY, "X-API-KEY", reader, "Prefer", "respond-async",
                "Idempotency-Key", key);
        assertThat(again.status()).isEqualTo(202);
        assertThat(again.header("Location")).as("same key, same job").isEqualTo(accepted.header("Location"));
        String jobId = done.id();
        assertThat(count("SELECT COUNT(*) FROM contribution_run WHERE job_id = ?", jobId)).as("stored once").isEqualTo(1);
        Http.Response other = http().post("/v1/contributions", SHAPLEY.replace("20090601", "7"), "X-API-KEY", reader,
                "Prefer", "respond-async", "Idempotency-Key", key);
        assertThat(other.status()).as("same key, another request").isEqualTo(422);

        String stranger = TestCredentials.key(keys, Role.READER);
        assertThat(http().get(done.result(), "X-API-KEY", stranger).status()).as("another caller's run").isEqualTo(404);
        assertThat(http().get("/v1/contributions/runs/00000000-0000-4000-8000-000000000000", "X-API-KEY", reader).status())
                .isEqualTo(404);
        String admin = TestCredentials.key(keys, Role.ADMIN);
        assertThat(http().get(done.result(), "X-API-KEY", admin).status()).isEqualTo(200);
    }

    @Test
    void test_contribution_exactMethodAsJob_progressInCoalitions_resultEqualsTheSynchronousAnswer() {
        String reader = TestCredentials.key(keys, Role.READER);
        String exact = """
                {"method": "SHAPLEY_EXACT", "game": {"type": "GLOVE", "left": 6, "right": 7}}""";
        Http.Response sync = http().post("/v1/contributions", exact, "X-API-KEY", reader);
        assertThat(sync.status()).as(sync.body()).isEqualTo(200);
        Http.Response accepted = http().post("/v1/contributions", exact, "X-API-KEY", reader, "Prefer", "respond-async",
                "Idempotency-Key", TestCredentials.idempotencyKey());
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        JobResponse done = await(accepted.header("Location"), reader, "SUCCEEDED");
        // 13 players: 2^13 coalitions tabulated, then 2^13 summed, reported per chunk of the core's enumeration
        assertThat(done.progress().total()).as("coalitions").isEqualTo(2 * 8192);
        assertThat(done.progress().done()).isEqualTo(2 * 8192);
        assertThat(done.progress().fraction()).isEqualByComparingTo(BigDecimal.ONE);
        Http.Response stored = http().get(done.result(), "X-API-KEY", reader);
        assertThat(stored.status()).as(stored.body()).isEqualTo(200);
        assertThat(stored.read(JsonNode.class)).isEqualTo(sync.read(JsonNode.class));
    }

    @Test
    void test_contribution_aboveThreshold_isAJob_badInputRefusedBeforeAJob() {
        String reader = TestCredentials.key(keys, Role.READER);
        Http.Response big = http().post("/v1/contributions", SHAPLEY.replace("4000", "6000"), "X-API-KEY", reader);
        assertThat(big.status()).as("6,000 samples > 5,000: %s", big.body()).isEqualTo(202);
        assertThat(big.header("Preference-Applied")).isNull();
        await(big.header("Location"), reader, "SUCCEEDED");

        Http.Response bad = http().post("/v1/contributions", SHAPLEY.replace("\"left\": 10", "\"left\": -1"), "X-API-KEY", reader,
                "Prefer", "respond-async");
        assertThat(bad.status()).as(bad.body()).isEqualTo(422);
        assertThat(bad.problem().field()).startsWith("game.");
        assertThat(http().get("/v1/jobs", "X-API-KEY", reader).read(JobList.class).total()).as("only the good one").isEqualTo(1);
    }

    @Test
    void test_cancel_runningContributionStops_queuedSettlementCancelled_nothingStored() throws InterruptedException {
        String both = TestCredentials.key(keys, Role.READER, Role.SETTLEMENT);
        Http.Response endless = http().post("/v1/contributions", ENDLESS, "X-API-KEY", both, "Prefer", "respond-async");
        assertThat(endless.status()).as(endless.body()).isEqualTo(202);
        String running = endless.header("Location");
        await(running, both, "RUNNING");
        // the sampling reports its blocks (10^9 permutations in blocks of 1,000) while it runs
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
        JobResponse progressing = job(running, both);
        while (progressing.progress().done() == 0 && System.nanoTime() < deadline) {
            Thread.sleep(50);
            progressing = job(running, both);
        }
        assertThat(progressing.progress().total()).as("blocks").isEqualTo(1_000_000);
        assertThat(progressing.progress().done()).as("%s", progressing).isPositive().isLessThan(1_000_000);
        // one worker: the settlement waits QUEUED behind the endless run
        Http.Response s = http().post("/v1/settlements", settlement(2, null), "X-API-KEY", both,
                "Idempotency-Key", TestCredentials.idempotencyKey(), "Prefer", "respond-async");
        assertThat(s.status()).isEqualTo(202);
        Http.Response cancelQueued = http().send("DELETE", s.header("Location"), null, "X-API-KEY", both);
        assertThat(cancelQueued.status()).as(cancelQueued.body()).isEqualTo(200);
        assertThat(cancelQueued.read(JobResponse.class).state()).isEqualTo("CANCELLED");
        assertThat(job(s.header("Location"), both).startedAt()).as("never started").isNull();

        Http.Response cancel = http().send("DELETE", running, null, "X-API-KEY", both);
        assertThat(cancel.status()).as(cancel.body()).isEqualTo(200);
        assertThat(cancel.read(JobResponse.class).state()).isEqualTo("CANCELLED");
        // the only worker is free at once: a small run finishes while the cancelled one would have needed hours
        Http.Response next = http().post("/v1/contributions", SHAPLEY, "X-API-KEY", both, "Prefer", "respond-async");
        await(next.header("Location"), both, "SUCCEEDED");
        assertThat(count("SELECT COUNT(*) FROM contribution_run WHERE created_by = ?", principal(both))).as("only the small run")
                .isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM split_settlement WHERE created_by = ?", principal(both))).isZero();
    }
}
