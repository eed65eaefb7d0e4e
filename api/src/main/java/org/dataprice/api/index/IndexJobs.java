package org.dataprice.api.index;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import org.dataprice.api.job.JobContext;
import org.dataprice.api.job.JobHandler;
import org.dataprice.api.problem.ProblemException;
import org.dataprice.api.problem.ProblemType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.micronaut.serde.annotation.Serdeable;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The index's long work as background jobs, subject {@code /v1/indices/{id}}: a release ({@value #RELEASE}), resumable
 * because a release is stored once per period (a run started again after a restart finds it and links to it); and a
 * bulk CSV load ({@value #LOAD}), whose upload is spooled to a file of the instance that received it (never held in
 * memory, never stored in the table) and loaded by {@link TransactionLoader#loadCsv} with the request's Idempotency-Key
 * (exactly once by that key). A load is not resumable: its upload is not stored, so a load interrupted by a restart is
 * FAILED ("interrupted by restart"; the loader writes all rows or none, so nothing partial remains) and is sent again
 * — unless its rows had committed before the run was lost (the load commits, then the job is marked in a second
 * transaction): recovery then finds the load by (index, owner, Idempotency-Key, SHA-256 of the upload) and marks the job
 * SUCCEEDED with its link ({@link LoadJob#storedResult}).
 */
public final class IndexJobs {
    private static final Logger LOG = LoggerFactory.getLogger(IndexJobs.class);
    /** The kind of a release job. */
    public static final String RELEASE = "index.release";
    /** The kind of a bulk load job. */
    public static final String LOAD = "index.load";
    private static final String PREFIX = "/v1/indices/";

    private IndexJobs() {
    }

    /**
     * @param indexId an index
     * @return the subject of its jobs
     */
    public static String subject(String indexId) {
        return PREFIX + indexId;
    }

    /**
     * @param indexId an index
     * @param vintage a vintage
     * @return where the release is read
     */
    static String releaseHref(String indexId, int vintage) {
        return PREFIX + indexId + "/releases/" + vintage;
    }

    /** The first trade of a load (line 1 is the header): a load job's result link. */
    static String loadHref(String indexId, String loadId) {
        return PREFIX + indexId + "/transactions/" + loadId + ":2";
    }

    /**
     * A job that met a damaged trade segment ends FAILED as an HTTP request would be answered
     * ({@link CorruptSegmentHandler}): {@code store-integrity} with the segment named, logged at ERROR, not as an
     * internal error.
     */
    static ProblemException storeIntegrity(TradeSegments.CorruptSegmentException e, JobContext job) {
        LOG.error("Store integrity: {} (job {})", e.getMessage(), job.id());
        return new ProblemException(ProblemType.STORE_INTEGRITY, e.detail());
    }

    /** Runs {@value #RELEASE} jobs: {@link ReleaseService#publish}, then links to the release. */
    @Singleton
    static class ReleaseJob implements JobHandler {
        private final ReleaseService releases;
        private final JsonMapper json;

        ReleaseJob(ReleaseService releases, JsonMapper json) {
            this.releases = releases;
            this.json = json;
        }

        @Override
        public String kind() {
            return RELEASE;
        }

        @Override
        public boolean resumable() {
            return true;
        }

        @Override
        public void run(JobContext job) {
            ReleaseRequest request;
            try {
                request = json.readValue(job.input(), ReleaseRequest.class);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            String indexId = job.subject().substring(PREFIX.length());
            job.progress().advance(0, 1);
            ReleaseService.Outcome outcome;
            try {
                outcome = releases.publish(indexId, request.period(), request.reason(), job.owner(), "/v1/jobs/" + job.id());
            } catch (TradeSegments.CorruptSegmentException e) {
                throw storeIntegrity(e, job);
            }
            job.succeedCommitted(releaseHref(indexId, outcome.release().vintage()));
        }
    }

    /**
     * The stored input of a load job: where its upload was spooled, its charset and the Idempotency-Key.
     *
     * @param file    the spooled CSV
     * @param charset the charset's name
     * @param key     the Idempotency-Key
     * @param sha256  the upload's SHA-256 (hex)
     */
    @Serdeable
    record Spooled(String file, String charset, String key, String sha256) {
    }

    /** Runs {@value #LOAD} jobs: {@link TransactionLoader#loadCsv} over the spooled file, which is then deleted. */
    @Singleton
    static class LoadJob implements JobHandler {
        private final TransactionLoader loader;
        private final IndexStore store;
        private final JsonMapper json;

        LoadJob(TransactionLoader loader, IndexStore store, JsonMapper json) {
            this.loader = loader;
            this.store = store;
            this.json = json;
        }

        @Override
        public String kind() {
            return LOAD;
        }

        @Override
        public boolean resumable() {
            return false;
        }

        @Override
        public void run(JobContext job) {
            Spooled spooled = read(job.input());
            String indexId = job.subject().substring(PREFIX.length());
            Path file = Path.of(spooled.file());
            job.progress().advance(0, 1);
            try (InputStream in = Files.newInputStream(file)) {
                TransactionLoader.Outcome outcome = loader.loadCsv(indexId, in, Charset.forName(spooled.charset()), job.owner(),
                        spooled.key());
                job.succeedCommitted(loadHref(indexId, outcome.response().loadId()));
            } catch (TradeSegments.CorruptSegmentException e) {
                // a load on an index with characteristics reads the earlier loads' segments (one value per product)
                throw storeIntegrity(e, job);
            } catch (CsvRowsException e) {
                StringBuilder reason = new StringBuilder(e.getMessage());
                for (org.dataprice.api.problem.Problem.Violation v : e.violations()) {
                    reason.append("; ").append(v.field()).append(": ").append(v.message());
                }
                throw new ProblemException(ProblemType.VALIDATION, reason.toString());
            } catch (IOException e) {
                throw new UncheckedIOException("the spooled upload of job " + job.id() + " is unreadable", e);
            } finally {
                delete(file);
            }
        }

        /**
         * The load a lost run committed: the one stored under this job's owner and Idempotency-Key with the same
         * upload (SHA-256); a load under that key with another upload is not this job's result (its run would have
         * failed with {@code idempotency-key-reused}).
         */
        @Override
        public String storedResult(org.dataprice.api.job.JobRow job) {
            if (job.inputJson() == null) {
                return null;
            }
            Spooled spooled = read(job.inputJson());
            String indexId = job.subject().substring(PREFIX.length());
            return store.findLoad(indexId, job.owner(), spooled.key())
                    .filter(load -> load.payloadSha256().equals(spooled.sha256()))
                    .map(load -> loadHref(indexId, load.id()))
                    .orElse(null);
        }

        @Override
        public void discard(String input) {
            if (input != null) {
                delete(Path.of(read(input).file()));
            }
        }

        private Spooled read(String input) {
            try {
                return json.readValue(input, Spooled.class);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static void delete(Path file) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // a leftover spool file is harmless; the directory is the operator's to clean
            }
        }
    }
}
