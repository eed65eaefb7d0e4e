package org.dataprice.api.scratch;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.dataprice.api.Http;
import org.dataprice.api.TestCredentials;
import org.dataprice.api.apikey.ApiKeyService;
import org.dataprice.api.security.Role;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class ScratchTest {
    @Inject EmbeddedServer server;
    @Inject JsonMapper json;
    @Inject ApiKeyService keys;

    @Test
    void explore() {
        Http http = new Http(server.getURL(), json);
        String k = TestCredentials.key(keys, Role.ADMIN, Role.APPRAISER, Role.READER, Role.SETTLEMENT);
        String[][] cases = {
            {"/v1/api-keys", "{\"name\":null,\"roles\":[\"READER\"]}"},
            {"/v1/api-keys", "{\"roles\":[\"READER\"]}"},
            {"/v1/api-keys", "{\"name\":\"x\",\"roles\":[\"READER\", null]}"},
            {"/v1/api-keys", "{\"name\":\"x\",\"roles\":[\"READER\", \"GOD\"]}"},
            {"/v1/api-keys", "{\"name\":\"x\",\"roles\":[\"READER\"],\"expiresAt\":\"yesterday\"}"},
            {"/v1/api-keys", "{\"name\":\"x\",\"roles\":\"READER\"}"},
            {"/v1/api-keys", "{\"name\":\"" + "x".repeat(2_000_000) + "\",\"roles\":[\"READER\"]}"},
            {"/v1/api-keys", "{\"name\":" + "1".repeat(5000) + ",\"roles\":[\"READER\"]}"},
            {"/v1/appraisal/quality/entropy", "{\"values\":[[1,2],[3,\"x\"]]}"},
            {"/v1/appraisal/quality/entropy", "{\"values\":" + "[".repeat(5000) + "]".repeat(5000) + "}"},
            {"/v1/appraisal/quality/entropy", "{\"values\":[[1,2],[3,4]]"},
            {"/v1/appraisal/quality/entropy", "{\"values\":[[1,2],[3,4]],}"},
            {"/v1/options/monte-carlo", "{\"spot\":1,\"rate\":0,\"volatility\":0.2,\"expiry\":1,\"payoff\":{\"kind\":\"EUROPEAN\",\"type\":\"CALL\",\"strike\":1},\"paths\":100,\"seed\":9223372036854775808}"},
            {"/v1/finance/npv", "{\"rate\":0.1,\"amounts\":[1," + "9".repeat(1_000_000) + "]}"},
        };
        for (String[] c : cases) {
            long t = System.nanoTime();
            Http.Response r = http.post(c[0], c[1], "X-API-KEY", k, "Idempotency-Key", java.util.UUID.randomUUID().toString());
            System.out.println("### " + c[1].substring(0, Math.min(100, c[1].length())) + " -> " + r.status() + " " + (System.nanoTime() - t) / 1_000_000 + "ms " + r.body().substring(0, Math.min(600, r.body().length())));
        }
    }
}
