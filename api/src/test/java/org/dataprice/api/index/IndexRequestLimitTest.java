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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A CSV body above {@code micronaut.server.max-request-size} (here 4 KB) is a 413 problem naming the
 * setting, not a 500; nothing is loaded.
 */
@MicronautTest(transactional = false)
@Property(name = "micronaut.server.max-request-size", value = "4KB")
class IndexRequestLimitTest {
    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    ApiKeyService keys;

    @Test
    void test_loadCsv_aboveRequestSizeLimit_is413() {
        Http http = new Http(server.getURL(), json);
        String publisher = TestCredentials.key(keys, Role.INDEX_PUBLISHER);
        String id = "limit-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        assertThat(http.post("/v1/indices", IndexFixtures.definition(id, "geks-fisher", "{}"), "X-API-KEY", publisher,
                Idempotent.HEADER, TestCredentials.idempotencyKey()).status()).isEqualTo(201);

        Http.Response response = http.post("/v1/indices/" + id + "/transactions", IndexFixtures.csv(0, 12, 1), "X-API-KEY",
                publisher, "Content-Type", "text/csv", Idempotent.HEADER, TestCredentials.idempotencyKey());

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.problem().type()).isEqualTo("https://dataprice.org/problems/payload-too-large");
    }
}
