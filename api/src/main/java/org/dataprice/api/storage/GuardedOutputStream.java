package org.dataprice.api.storage;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * A file stream checked by {@link StorageGuard#guard} before each write: the write is refused (a 507
 * {@code ProblemException}) instead of done when the file system would fall below its floor. Not thread-safe.
 */
final class GuardedOutputStream extends FilterOutputStream {
    private final StorageGuard guard;
    private final String directory;
    private long written;
    /** The generation of the reading last checked against. */
    long generation = -1;
    /** {@link #written} when that reading was first seen. */
    long base;

    GuardedOutputStream(StorageGuard guard, String directory, OutputStream out) {
        super(out);
        this.guard = guard;
        this.directory = directory;
    }

    @Override
    public void write(int b) throws IOException {
        guard.checkGrowth(directory, written, this, 1);
        out.write(b);
        written++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        guard.checkGrowth(directory, written, this, len);
        out.write(b, off, len);
        written += len;
    }
}
