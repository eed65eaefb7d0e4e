package org.dataprice.api.job;

import jakarta.inject.Singleton;
import org.dataprice.api.storage.StorageDirectory;

import java.nio.file.Path;

/**
 * The job upload spool ({@code dataprice.jobs.spool-dir}, default {@code java.io.tmpdir/dataprice-jobs}), where a
 * bulk load sent with {@code Prefer: respond-async} waits for its job: watched by the free-space guard under the name
 * {@value #NAME}.
 */
@Singleton
public class JobSpoolDirectory implements StorageDirectory {
    /** The directory's name in health details and metrics. */
    public static final String NAME = "jobs-spool";
    private final JobConfiguration configuration;

    /** @param configuration the job settings */
    public JobSpoolDirectory(JobConfiguration configuration) {
        this.configuration = configuration;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Path path() {
        return configuration.spool();
    }
}
