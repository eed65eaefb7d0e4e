package org.dataprice.api.idempotency;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import org.dataprice.api.Http;
import org.dataprice.api.TestCredentials;
import org.dataprice.api.apikey.ApiKeyService;
import org.dataprice.api.security.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two service instances (two application contexts with their own HTTP servers) on ONE database:
 * an idempotent POST runs exactly once whichever instance each retry reaches. Subclasses choose the
 * database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class TwoInstancesContract {
    private EmbeddedServer a;
    private EmbeddedServer b;
    private Http httpA;
    private Http httpB;
    private String caller;

    /** @return datasource properties shared by both instances */
    abstract Map<String, Object> database();

    @BeforeAll
    void start() {
        Map<String, Object> props = database();
        a = ApplicationContext.run(EmbeddedServer.class, props, "test");
        b = ApplicationContext.run(EmbeddedServer.class, props, "test");
        httpA = new Http(a.getURL(), a.getApplicationContext().getBean(JsonMapper.class));
        httpB = new Http(b.getURL(), b.getApplicationContext().getBean(JsonMapper.class));
        caller = TestCredentials.key(a.getApplicationContext().getBean(ApiKeyService.class), Role.READER);
    }

    @AfterAll
    void stop() {
        if (a != null) {
            a.getApplicationContext().close();
        }
        if (b != null) {
            b.getApplicationContext().close();
        }
    }

    private static Http.Response make(Http http, String key, String name, String credential) {
        return http.post("/test/idempotent/things", "{\"name\":\"" + name + "\"}", "X-API-KEY", credential,
                Idempotent.HEADER, key);
    }

    @Test
    void test_twoInstances_keyCreatedOnOneIsKnownToTheOther() {
        assertThat(make(httpB, TestCredentials.idempotencyKey(), "t-" + UUID.randomUUID(), caller).status())
                .isEqualTo(201);
    }

    @Test
    void test_twoInstances_inFlightOnOneIs409OnTheOtherThenReplayed() throws Exception {
        String key = TestCredentials.idempotencyKey();
        String name = "two-" + UUID.randomUUID();
        IdempotencyTestController.Gate gate = new IdempotencyTestController.Gate();
        IdempotencyTestController.GATES.put(name, gate);
        try {
            CompletableFuture<Http.Response> first = CompletableFuture.supplyAsync(() -> make(httpA, key, name, caller));
            assertThat(gate.entered().await(30, TimeUnit.SECONDS)).isTrue();

            assertThat(make(httpB, key, name, caller).status()).isEqualTo(409);

            gate.release().countDown();
            assertThat(first.get(30, TimeUnit.SECONDS).status()).isEqualTo(201);
        } finally {
            gate.release().countDown();
            IdempotencyTestController.GATES.remove(name);
        }
        Http.Response replay = make(httpB, key, name, caller);
        assertThat(replay.status()).isEqualTo(201);
        assertThat(replay.header(Idempotent.REPLAYED_HEADER)).isEqualTo("true");
        assertThat(IdempotencyTestController.executions(name)).isEqualTo(1);
    }

    @Test
    void test_twoInstances_concurrentRetriesRunExactlyOnce() throws Exception {
        String key = TestCredentials.idempotencyKey();
        String name = "race-" + UUID.randomUUID();
        int requests = 8;
        ExecutorService pool = Executors.newFixedThreadPool(requests);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Http.Response>> futures = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                Http http = i % 2 == 0 ? httpA : httpB;
                futures.add(pool.submit(() -> {
                    start.await();
                    return make(http, key, name, caller);
                }));
            }
            start.countDown();
            int executed = 0;
            for (Future<Http.Response> future : futures) {
                Http.Response response = future.get(60, TimeUnit.SECONDS);
                assertThat(response.status()).as(response.body()).isIn(201, 409);
                if (response.status() == 201 && response.header(Idempotent.REPLAYED_HEADER) == null) {
                    executed++;
                }
            }
            assertThat(executed).isEqualTo(1);
            assertThat(IdempotencyTestController.executions(name)).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
