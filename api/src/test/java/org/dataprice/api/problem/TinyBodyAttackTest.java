package org.dataprice.api.problem;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.dataprice.api.Http;
import org.dataprice.api.TestCredentials;
import org.dataprice.api.apikey.ApiKeyService;
import org.dataprice.api.security.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tiny-body attacks of issue 10 item 4 that concern parsing: each answers a 4xx naming the field,
 * never a 500 (before the fix {@code "1e-999999999"} as a money amount allocated ~1 GB building an error
 * message, 8 in parallel ran out of memory; {@code 1e999999999} was a 500). Sent 8 at a time where the
 * original attack was parallel. No timing asserts (the machines are noisy): a hang fails the 30 s
 * client timeout, an allocation of gigabytes fails the test JVM's heap.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TinyBodyAttackTest {
    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    ApiKeyService keys;

    Http http;
    String key;

    @BeforeAll
    void setUp() {
        http = new Http(server.getURL(), json);
        key = TestCredentials.key(keys, Role.ADMIN, Role.APPRAISER, Role.READER, Role.SETTLEMENT);
    }

    private Problem attack(String path, String body, int status, String type, String field) {
        Http.Response response = http.post(path, body, "X-API-KEY", key, "Idempotency-Key", TestCredentials.idempotencyKey());
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).isEqualTo(Problem.MEDIA_TYPE);
        assertThat(response.body()).hasSizeLessThan(2_000);
        Problem problem = response.problem();
        assertThat(problem.type()).isEqualTo(ProblemType.BASE + type);
        assertThat(problem.field()).isEqualTo(field);
        return problem;
    }

    @Test
    void test_tinyExponentMoneyAmount_eightInParallel_is422() {
        List<CompletableFuture<Problem>> all = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String amount = i % 2 == 0 ? "\"1e-999999999\"" : "1e-999999999";
            all.add(CompletableFuture.supplyAsync(() -> attack("/v1/finance/npv",
                    "{\"rate\":0.1,\"amounts\":[1," + amount + "]}", 422, "number-limits", "amounts[1]")));
        }
        for (CompletableFuture<Problem> f : all) {
            assertThat(f.join().detail()).contains("at most 40 significant digits").endsWith("was 1e-999999999");
        }
    }

    @Test
    void test_hugeExponent_is422NotA500() {
        attack("/v1/finance/npv", "{\"rate\":1e999999999,\"amounts\":[1]}", 422, "number-limits", "rate");
        attack("/v1/options/monte-carlo", "{\"spot\":100,\"rate\":0.05,\"volatility\":0.2,\"expiry\":1,"
                + "\"payoff\":{\"kind\":\"EUROPEAN\",\"type\":\"CALL\",\"strike\":\"1e999999999\"},\"paths\":1000,\"seed\":1}",
                422, "number-limits", "payoff.strike");
    }

    @Test
    void test_moneyAmountOfTheListingEndpoints_is422() {
        Problem problem = attack("/v1/listings", "{\"productId\":\"p\",\"quote\":{\"amount\":\"1e-999999999\","
                + "\"currency\":\"CNY\"}}", 422, "number-limits", "quote.amount");
        assertThat(problem.rule()).isEqualTo("number-limits");
    }

    @Test
    void test_longNumber_isCutInTheMessage() {
        String digits = "9".repeat(100_000);
        Problem problem = attack("/v1/finance/npv", "{\"rate\":\"" + digits + "\",\"amounts\":[1]}", 422,
                "number-limits", "rate");
        assertThat(problem.detail()).hasSizeLessThan(300).contains("100000 characters");
        attack("/v1/finance/npv", "{\"rate\":" + "9".repeat(999) + ",\"amounts\":[1]}", 422, "number-limits", "rate");
        // a token above the parser's own limit is stopped while it is read, before the field is known
        Http.Response lexed = http.post("/v1/finance/npv", "{\"rate\":" + digits + ",\"amounts\":[1]}", "X-API-KEY", key);
        assertThat(lexed.status()).as(lexed.body()).isEqualTo(422);
        assertThat(lexed.problem().rule()).isEqualTo("number-limits");
        assertThat(lexed.body()).hasSizeLessThan(2_000);
    }

    @Test
    void test_deepNesting_is4xx() {
        String deep = "[".repeat(50_000) + "]".repeat(50_000);
        attack("/v1/finance/npv", "{\"rate\":0.1,\"amounts\":" + deep + "}", 400, "invalid-value", "amounts[0]");
        Http.Response response = http.post("/v1/finance/npv", deep, "X-API-KEY", key);
        assertThat(response.status()).as(response.body()).isBetween(400, 499);
        assertThat(response.contentType()).isEqualTo(Problem.MEDIA_TYPE);
    }

    @Test
    void test_longString_is422NamingField() {
        String name = "x".repeat(1_000_001);
        Problem problem = attack("/v1/api-keys", "{\"name\":\"" + name + "\",\"roles\":[\"READER\"]}", 422,
                "limit-exceeded", "name");
        assertThat(problem.detail()).contains("1000000 characters");
    }

    @Test
    void test_hugeArrayAboveEndpointLimit_is422NamingField() {
        Problem problem = attack("/v1/finance/npv", "{\"rate\":0.1,\"amounts\":[" + "1,".repeat(100_000) + "1]}", 422,
                "limit-exceeded", "amounts");
        assertThat(problem.detail()).contains("100000");
    }
}
