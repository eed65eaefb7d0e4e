package org.dataprice.api.storage;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.env.Environment;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The test hook on the space source (one per application context): the real file system's space, unless a test has
 * set {@link #simulate} a function of the directory (a disk filling up without filling the disk); counts the reads.
 * Call {@link StorageGuard#refresh()} after changing it, or move the {@code TestClock} by {@link StorageGuard#REFRESH}.
 */
@Singleton
@Replaces(FileSystemSpace.class)
@Requires(env = Environment.TEST)
public class TestSpace extends FileSystemSpace {
    private volatile Function<Path, Space> simulated;
    private final AtomicInteger reads = new AtomicInteger();

    /** @param space the space to answer per directory; null answers the real space */
    public void simulate(Function<Path, Space> space) {
        this.simulated = space;
    }

    /** Answers the real space again. */
    public void release() {
        this.simulated = null;
    }

    /** @return the reads so far */
    public int reads() {
        return reads.get();
    }

    @Override
    public Space read(Path directory) throws IOException {
        reads.incrementAndGet();
        Function<Path, Space> s = simulated;
        return s != null ? s.apply(directory) : super.read(directory);
    }
}
