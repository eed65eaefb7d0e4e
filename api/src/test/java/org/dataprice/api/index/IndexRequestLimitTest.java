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

    /**
     * A client that writes its whole body before reading the answer (the JDK's HTTP/1.1 client does) must not wait
     * for its timeout when the body is far above the limit: 32 MB, more than the socket buffers hold, so the service
     * must keep reading or close the connection after its early 413.
     */
    @Test
    void test_loadCsv_farAboveLimit_writeFirstClient_answeredOrClosed_neverWaitsForItsTimeout() throws Exception {
        Http http = new Http(server.getURL(), json);
        String publisher = TestCredentials.key(keys, Role.INDEX_PUBLISHER);
        String id = "limit-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        assertThat(http.post("/v1/indices", IndexFixtures.definition(id, "geks-fisher", "{}"), "X-API-KEY", publisher,
                Idempotent.HEADER, TestCredentials.idempotencyKey()).status()).isEqualTo(201);
        byte[] line = "product-00001,2025-01,12.5000,3,API\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        long size = 32L << 20;
        java.net.http.HttpClient client = java.net.http.HttpClient.newBuilder()
                .version(java.net.http.HttpClient.Version.HTTP_1_1).build();
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(server.getURL() + "/v1/indices/" + id + "/transactions"))
                .timeout(java.time.Duration.ofSeconds(60)).header("Content-Type", "text/csv").header("X-API-KEY", publisher)
                .header(Idempotent.HEADER, TestCredentials.idempotencyKey())
                .POST(java.net.http.HttpRequest.BodyPublishers.fromPublisher(
                        java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.InputStream() {
                            long sent;

                            @Override
                            public int read() {
                                return sent >= size ? -1 : line[(int) (sent++ % line.length)];
                            }

                            @Override
                            public int read(byte[] b, int off, int len) {
                                if (sent >= size) {
                                    return -1;
                                }
                                int n = (int) Math.min(len, size - sent);
                                for (int i = 0; i < n; i++) {
                                    b[off + i] = line[(int) (sent++ % line.length)];
                                }
                                return n;
                            }
                        }), size))
                .build();
        long t0 = System.nanoTime();
        Integer status;
        try {
            status = client.send(request, java.net.http.HttpResponse.BodyHandlers.ofString()).statusCode();
        } catch (java.io.IOException e) {
            status = null; // the connection was closed under the client's write: answered, not left waiting
        }
        long seconds = (System.nanoTime() - t0) / 1_000_000_000L;
        assertThat(seconds).as("answered or closed, status %s", status).isLessThan(30);
        if (status != null) {
            assertThat(status).isEqualTo(413);
        }
    }
}
