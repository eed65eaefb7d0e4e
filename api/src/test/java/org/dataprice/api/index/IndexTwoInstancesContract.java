package org.dataprice.api.index;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import org.dataprice.api.Http;
import org.dataprice.api.TestCredentials;
import org.dataprice.api.apikey.ApiKeyService;
import org.dataprice.api.idempotency.Idempotent;
import org.dataprice.api.security.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two service instances on ONE database: a release of a period is computed and stored exactly once
 * however many requests (with different Idempotency-Keys) reach either instance at the same moment;
 * a CSV load retried on both instances with one key stores its rows once. Subclasses choose the
 * database (H2 always; PostgreSQL as the foundation's {@code TestDatabases.postgres()} decides).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class IndexTwoInstancesContract {
    private EmbeddedServer a;
    private EmbeddedServer b;
    private Http httpA;
    private Http httpB;
    private String publisher;

    /** @return datasource properties shared by both instances */
    abstract java.util.Map<String, Object> database();

    @BeforeAll
    void start() {
        java.util.Map<String, Object> props = database();
        a = ApplicationContext.run(EmbeddedServer.class, props, "test");
        b = ApplicationContext.run(EmbeddedServer.class, props, "test");
        httpA = new Http(a.getURL(), a.getApplicationContext().getBean(JsonMapper.class));
        httpB = new Http(b.getURL(), b.getApplicationContext().getBean(JsonMapper.class));
        publisher = TestCredentials.key(a.getApplicationContext().getBean(ApiKeyService.class), Role.INDEX_PUBLISHER);
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

    private <T> List<T> race(int n, java.util.function.IntFunction<T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int k = i;
                futures.add(pool.submit(() -> {
                    go.await();
                    return call.apply(k);
                }));
            }
            go.countDown();
            List<T> out = new ArrayList<>();
            for (Future<T> f : futures) {
                out.add(f.get(120, TimeUnit.SECONDS));
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void test_publish_concurrentOnTwoInstances_computesOnce() throws Exception {
        String id = "two-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(httpA.post("/v1/indices", IndexFixtures.definition(id, "geks-fisher", "{}"), "X-API-KEY", publisher,
                Idempotent.HEADER, TestCredentials.idempotencyKey()).status()).isEqualTo(201);
        assertThat(httpB.post("/v1/indices/" + id + "/transactions", IndexFixtures.csv(0, 12, 1), "X-API-KEY", publisher,
                "Content-Type", "text/csv", Idempotent.HEADER, TestCredentials.idempotencyKey()).status()).isEqualTo(201);

        List<Http.Response> answers = race(8, k -> (k % 2 == 0 ? httpA : httpB).post("/v1/indices/" + id + "/releases",
                "{\"period\":\"2025-01\"}", "X-API-KEY", publisher, Idempotent.HEADER, TestCredentials.idempotencyKey()));

        assertThat(answers).allMatch(r -> r.status() == 200 || r.status() == 201);
        assertThat(answers).filteredOn(r -> r.status() == 201).hasSize(1);
        Set<Integer> vintages = new HashSet<>();
        answers.forEach(r -> vintages.add(r.read(IndexViews.Release.class).vintage()));
        assertThat(vintages).containsExactly(1);
        IndexStore store = a.getApplicationContext().getBean(IndexStore.class);
        assertThat(store.releases(id)).hasSize(1);
        assertThat(store.observations(id, 10)).hasSize(3 * 13);
    }

    @Test
    void test_loadCsv_sameKeyOnTwoInstances_storesOnce() throws Exception {
        String id = "two-" + UUID.randomUUID().toString().substring(0, 8);
        httpA.post("/v1/indices", IndexFixtures.definition(id, "geks-fisher", "{}"), "X-API-KEY", publisher,
                Idempotent.HEADER, TestCredentials.idempotencyKey());
        String key = TestCredentials.idempotencyKey();
        String csv = IndexFixtures.csv(0, 12, 1);

        List<Http.Response> answers = race(4, k -> (k % 2 == 0 ? httpA : httpB).post("/v1/indices/" + id + "/transactions",
                csv, "X-API-KEY", publisher, "Content-Type", "text/csv", Idempotent.HEADER, key));

        assertThat(answers).allMatch(r -> r.status() == 201);
        assertThat(answers).filteredOn(r -> r.header(Idempotent.REPLAYED_HEADER) == null).hasSize(1);
        IndexStore store = a.getApplicationContext().getBean(IndexStore.class);
        assertThat(store.trades(id, java.time.YearMonth.of(2030, 1)).size()).isEqualTo(12 * 13);
    }
}
