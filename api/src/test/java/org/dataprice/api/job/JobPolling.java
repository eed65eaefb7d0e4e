package org.dataprice.api.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.dataprice.api.Http;

/** Test helper: reads a job over HTTP and waits (at most 60 s) for one of the states wanted. */
public final class JobPolling {
    private JobPolling() {
    }

    /**
     * @param http     the client
     * @param location the job's path
     * @param key      the caller's API key
     * @return the job (asserts 200)
     */
    public static JobResponse job(Http http, String location, String key) {
        Http.Response r = http.get(location, "X-API-KEY", key);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.read(JobResponse.class);
    }

    /**
     * @param http     the client
     * @param location the job's path
     * @param key      the caller's API key
     * @param states   the states to wait for
     * @return the job once in one of them (asserts it got there within 60 s)
     */
    public static JobResponse await(Http http, String location, String key, String... states) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        JobResponse j = job(http, location, key);
        while (!List.of(states).contains(j.state()) && System.nanoTime() < deadline) {
            sleep(50);
            j = job(http, location, key);
        }
        assertThat(j.state()).as("job %s", j).isIn((Object[]) states);
        return j;
    }

    /** @param millis how long to sleep */
    public static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
