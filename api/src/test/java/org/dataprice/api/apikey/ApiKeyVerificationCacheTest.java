package org.dataprice.api.apikey;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** The API-key verification cache: TTL on a moving monotonic clock, eviction on revocation, bounded size. */
class ApiKeyVerificationCacheTest {
    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);

    private ApiKeyVerificationCache cache(Duration ttl, int size) {
        return new ApiKeyVerificationCache(ttl, size, nanos::get);
    }

    private static ApiKey key(String id) {
        return new ApiKey(id, "n", "READER", "00", "00", Instant.EPOCH, "test", null, null);
    }

    @Test
    void test_find_withinTtl_thenExpires() {
        ApiKeyVerificationCache cache = cache(Duration.ofSeconds(30), 10);
        cache.put("dpk_a_secret", key("a"));

        nanos.addAndGet(Duration.ofSeconds(29).toNanos());
        assertThat(cache.find("dpk_a_secret")).map(ApiKey::id).contains("a");
        assertThat(cache.find("dpk_a_other")).as("another text of the same id is not the verified one").isEmpty();

        nanos.addAndGet(Duration.ofSeconds(1).toNanos());
        assertThat(cache.find("dpk_a_secret")).as("at the TTL").isEmpty();
        assertThat(cache.size()).isZero();
    }

    @Test
    void test_evict_forgetsEveryTextOfTheKey() {
        ApiKeyVerificationCache cache = cache(Duration.ofSeconds(30), 10);
        cache.put("dpk_a_secret", key("a"));
        cache.put("dpk_b_secret", key("b"));

        cache.evict("a");

        assertThat(cache.find("dpk_a_secret")).isEmpty();
        assertThat(cache.find("dpk_b_secret")).isPresent();
    }

    @Test
    void test_put_full_dropsExpiredFirst_thenStopsCaching() {
        ApiKeyVerificationCache cache = cache(Duration.ofSeconds(30), 2);
        cache.put("t1", key("1"));
        cache.put("t2", key("2"));
        cache.put("t3", key("3"));
        assertThat(cache.size()).as("bounded").isEqualTo(2);
        assertThat(cache.find("t3")).isEmpty();

        nanos.addAndGet(Duration.ofSeconds(31).toNanos());
        cache.put("t3", key("3"));
        assertThat(cache.find("t3")).isPresent();
        assertThat(cache.size()).isEqualTo(1);
    }

    @Test
    void test_zeroTtl_cachesNothing() {
        ApiKeyVerificationCache cache = cache(Duration.ZERO, 10);
        cache.put("t", key("1"));

        assertThat(cache.find("t")).isEmpty();
        assertThat(cache.size()).isZero();
    }
}
