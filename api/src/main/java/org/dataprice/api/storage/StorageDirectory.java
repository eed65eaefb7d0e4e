package org.dataprice.api.storage;

import java.nio.file.Path;

/**
 * A directory the service writes files to, watched by {@link StorageGuard}: a bean of this type adds its directory
 * (the job package adds its upload spool). The guard watches two of its own: the embedded H2 store's directory and
 * {@code java.io.tmpdir} (bulk-load spools).
 */
public interface StorageDirectory {
    /** @return a short stable name for health details and metrics, e.g. {@code jobs-spool} */
    String name();

    /** @return the directory, absolute; it need not exist yet */
    Path path();
}
