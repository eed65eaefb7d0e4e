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
import org.dataprice.api.time.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Instant;
import java.time.YearMonth;
import java.util.StringJoiner;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a release reads of the past does not grow with the number of earlier releases (issue 12; the
 * cost target of docs/benchmarks.md "Index release"): two indices with the same trades release the
 * same period, one after 1 earlier release, one after 16; the release reads one stored vintage and the
 * same number of observation and release rows in both. The old service read every vintage 1..v to
 * keep v (16 × the rows here), which this test would have caught. Counted by {@link CountingIndexStore}.
 */
@MicronautTest(transactional = false)
@Property(name = CountingIndexStore.PROPERTY, value = "true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReleaseReadsTest {
    /** Months of trades: 2024-01 .. 2025-06. */
    private static final int MONTHS = 18;
    private static final YearMonth FIRST = YearMonth.of(2024, 1);
    private static final YearMonth LAST = FIRST.plusMonths(MONTHS - 1);

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    ApiKeyService keys;
    @Inject
    TestClock clock;
    @Inject
    IndexStore store;

    private String define(Http http, String publisher) {
        String id = "reads-" + UUID.randomUUID().toString().substring(0, 8);
        StringJoiner calendar = new StringJoiner(",", "\"calendar\":[", "]");
        for (YearMonth m = FIRST.plusMonths(1); !m.isAfter(LAST); m = m.plusMonths(1)) {
            calendar.add("{\"period\":\"" + m + "\",\"releaseAt\":\"" + m.plusMonths(1).atDay(15) + "T09:30:00+08:00\"}");
        }
        String body = IndexFixtures.definition(id, "geks-fisher", "{}").replaceAll("(?s)\"calendar\":\\[.*?\\]",
                calendar.toString());
        Http.Response defined = http.post("/v1/indices", body, "X-API-KEY", publisher, Idempotent.HEADER,
                TestCredentials.idempotencyKey());
        assertThat(defined.status()).as(defined.body()).isEqualTo(201);
        Http.Response loaded = http.post("/v1/indices/" + id + "/transactions", IndexFixtures.csv(0, MONTHS - 1, 1),
                "X-API-KEY", publisher, "Content-Type", "text/csv", Idempotent.HEADER, TestCredentials.idempotencyKey());
        assertThat(loaded.status()).as(loaded.body()).isEqualTo(201);
        return id;
    }

    private void publish(Http http, String publisher, String id, YearMonth period) {
        Http.Response r = http.post("/v1/indices/" + id + "/releases", "{\"period\":\"" + period + "\"}", "X-API-KEY",
                publisher, Idempotent.HEADER, TestCredentials.idempotencyKey());
        assertThat(r.status()).as(r.body()).isEqualTo(201);
    }

    /** Releases {@code earlier} periods before LAST, then LAST; answers the reads of the last release. */
    private long[] readsOfLastRelease(Http http, String publisher, int earlier) {
        String id = define(http, publisher);
        for (int k = earlier; k >= 1; k--) {
            publish(http, publisher, id, LAST.minusMonths(k));
        }
        CountingIndexStore counting = (CountingIndexStore) store;
        counting.reset();
        publish(http, publisher, id, LAST);
        return new long[]{counting.vintagesRead.get(), counting.observationRows.get(), counting.releaseRows.get()};
    }

    @Test
    void test_release_readsOfThePast_doNotGrowWithTheNumberOfEarlierReleases() {
        clock.set(Instant.parse("2025-08-01T00:00:00Z"));
        Http http = new Http(server.getURL(), json);
        String publisher = TestCredentials.key(keys, Role.INDEX_PUBLISHER);

        long[] afterOne = readsOfLastRelease(http, publisher, 1);
        long[] afterSixteen = readsOfLastRelease(http, publisher, 16);

        // one vintage read to compute (the previous one) and one to answer (the new one)
        assertThat(afterOne[0]).isEqualTo(2);
        // previous vintage (3 series × 17 months) + the new vintage answered (3 × 18)
        assertThat(afterOne[1]).isEqualTo(3 * 17 + 3 * 18);
        assertThat(afterSixteen).containsExactly(afterOne);
    }
}
