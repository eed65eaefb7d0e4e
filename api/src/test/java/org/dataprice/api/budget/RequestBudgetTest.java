package org.dataprice.api.budget;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Property;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.dataprice.api.Http;
import org.dataprice.api.TestCredentials;
import org.dataprice.api.apikey.ApiKeyService;
import org.dataprice.api.problem.Problem;
import org.dataprice.api.problem.ProblemType;
import org.dataprice.api.security.Role;
import org.junit.jupiter.api.Test;

import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The request time budget: work that exceeds its (tiny, configured) budget is stopped and answers 503
 * {@code time-budget-exceeded}; a client that disconnects mid-request stops its work. Asserts on state
 * (counters of started, stopped and finished work; the {@value RequestBudget#CANCELLED_METRIC} metric),
 * never on durations, apart from generous bounds on how long to wait for a state.
 */
@MicronautTest(transactional = false)
@Property(name = "dataprice.request-budget.overrides", value = "/test/budget/tiny=100ms,/v1/pricing/model-price/fit=1ms")
class RequestBudgetTest {
    private static final Duration GENEROUS = Duration.ofSeconds(20);

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    MeterRegistry meters;
    @Inject
    ApiKeyService keys;
    @Inject
    RequestBudget budget;

    @Test
    void test_budget_spentStopsTheWorkAnd503() {
        int stopped = BudgetTestController.STOPPED.get();
        double cancelled = count("time_budget");
        Http.Response r = new Http(server.getURL(), json).get("/test/budget/tiny/spin");
        assertThat(r.status()).isEqualTo(503);
        Problem p = r.problem();
        assertThat(p.type()).isEqualTo(ProblemType.TIME_BUDGET_EXCEEDED.uri());
        assertThat(p.detail()).contains("100 ms");
        assertThat(BudgetTestController.STOPPED.get()).as("the worker left its loop").isGreaterThan(stopped);
        assertThat(BudgetTestController.FINISHED.get()).as("no work ran to its end").isZero();
        assertThat(count("time_budget")).isGreaterThan(cancelled);
    }

    @Test
    void test_budget_clientDisconnectStopsTheWork() throws Exception {
        int started = BudgetTestController.STARTED.get();
        int stopped = BudgetTestController.STOPPED.get();
        double gone = count("client_gone");
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET /test/budget/spin HTTP/1.1\r\nHost: localhost\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            waitFor(() -> BudgetTestController.STARTED.get() > started);
            assertThat(BudgetTestController.STOPPED.get()).as("still running while connected").isEqualTo(stopped);
        }
        waitFor(() -> BudgetTestController.STOPPED.get() > stopped);
        waitFor(() -> count("client_gone") > gone);
        assertThat(BudgetTestController.FINISHED.get()).isZero();
    }

    @Test
    void test_budget_realEndpointAnswers503() {
        String reader = TestCredentials.key(keys, Role.READER);
        StringBuilder body = new StringBuilder("{\"points\":[");
        for (int i = 0; i < 100_000; i++) {
            body.append(i == 0 ? "" : ",").append("{\"variance\":").append(i + 1).append(",\"price\":").append(i % 97).append('}');
        }
        body.append("]}");
        double cancelled = count("time_budget");
        Http.Response r = new Http(server.getURL(), json).post("/v1/pricing/model-price/fit", body.toString(),
                "X-API-KEY", reader);
        assertThat(r.status()).isEqualTo(503);
        assertThat(r.problem().type()).isEqualTo(ProblemType.TIME_BUDGET_EXCEEDED.uri());
        assertThat(count("time_budget")).isGreaterThan(cancelled);
    }

    @Test
    void test_budgetFor_longestPrefixWins() {
        assertThat(budget.budgetFor("/test/budget/tiny/spin")).isEqualTo(Duration.ofMillis(100));
        assertThat(budget.budgetFor("/test/budget/spin")).isEqualTo(Duration.ofSeconds(30));
        assertThat(budget.budgetFor("/v1/pricing/model-price/fit")).isEqualTo(Duration.ofMillis(1));
    }

    @Test
    void test_run_outsideARequestJustRuns() {
        assertThat(budget.compute(() -> 42)).isEqualTo(42);
    }

    private double count(String reason) {
        Counter c = meters.find(RequestBudget.CANCELLED_METRIC).tag("reason", reason).counter();
        return c == null ? 0 : c.count();
    }

    private static void waitFor(BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + GENEROUS.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition within %s", GENEROUS).isLessThan(end);
            Thread.sleep(10);
        }
    }
}
