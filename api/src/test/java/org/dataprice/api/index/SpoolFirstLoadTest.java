package org.dataprice.api.index;

import io.micronaut.context.annotation.Property;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.dataprice.api.Http;
import org.dataprice.api.TestCredentials;
import org.dataprice.api.apikey.ApiKeyService;
import org.dataprice.api.idempotency.Idempotent;
import org.dataprice.api.security.Role;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A bulk load validates its whole body before it writes anything ({@link TradeSpool}): a bad last row is
 * answered without a single write transaction having been opened (so there is nothing to roll back), a good body
 * is written in exactly one, and the spool file is deleted either way. Counted by {@link CountingIndexStore}.
 */
@MicronautTest(transactional = false)
@Property(name = CountingIndexStore.PROPERTY, value = "true")
class SpoolFirstLoadTest {
    private static final String HEADER = "product_id,period,price,quantity,category\n";

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    ApiKeyService keys;
    @Inject
    IndexStore store;

    private static List<Path> spools() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(f -> f.getFileName().toString().startsWith("dataprice-load-")).sorted().toList();
        }
    }

    private static String rows(int n) {
        StringBuilder out = new StringBuilder(HEADER);
        for (int k = 0; k < n; k++) {
            out.append("api-").append(k % 7).append(",2024-0").append(1 + k % 9).append(',').append(10 + k % 13)
                    .append(".25,").append(1 + k % 3).append(",API\n");
        }
        return out.toString();
    }

    @Test
    void test_badLastRow_opensNoWrite_goodBody_writesOnce_spoolDeleted() throws IOException {
        Http http = new Http(server.getURL(), json);
        String publisher = TestCredentials.key(keys, Role.INDEX_PUBLISHER);
        String id = "spool-" + UUID.randomUUID().toString().substring(0, 8);
        Http.Response defined = http.post("/v1/indices", IndexFixtures.definition(id, "jevons", "{}"), "X-API-KEY",
                publisher, Idempotent.HEADER, TestCredentials.idempotencyKey());
        assertThat(defined.status()).as(defined.body()).isEqualTo(201);
        CountingIndexStore counting = (CountingIndexStore) store;
        List<Path> before = spools();

        counting.reset();
        Http.Response bad = http.postBytes("/v1/indices/" + id + "/transactions",
                (rows(3_000) + "api-1,2024-01,12.5,0,API\n").getBytes(StandardCharsets.UTF_8), "X-API-KEY", publisher,
                "Content-Type", "text/csv", Idempotent.HEADER, TestCredentials.idempotencyKey());
        assertThat(bad.status()).as(bad.body()).isEqualTo(400);
        assertThat(bad.problem().violations().get(0).field()).isEqualTo("lines[3002].quantity");
        assertThat(counting.writes.get()).as("write transactions opened for a body with a bad last row").isZero();

        counting.reset();
        Http.Response good = http.postBytes("/v1/indices/" + id + "/transactions",
                rows(3_000).getBytes(StandardCharsets.UTF_8), "X-API-KEY", publisher,
                "Content-Type", "text/csv", Idempotent.HEADER, TestCredentials.idempotencyKey());
        assertThat(good.status()).as(good.body()).isEqualTo(201);
        assertThat(counting.writes.get()).as("write transactions of a good load").isEqualTo(1);
        assertThat(store.trades(id, YearMonth.of(2099, 12)).size()).isEqualTo(3_000);
        assertThat(spools()).as("spool files left in java.io.tmpdir").isEqualTo(before);
    }
}
