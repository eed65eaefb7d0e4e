package org.dataprice.api.storage;

import jakarta.inject.Singleton;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads the space of the file system holding a directory: {@link FileStore#getUsableSpace()} (the bytes this JVM's user
 * may still write: on Linux {@code statvfs} {@code f_bavail × f_frsize}, which leaves out the blocks reserved for root)
 * and {@link FileStore#getTotalSpace()}. A directory that does not exist yet (a spool created on first use) is read
 * through its nearest existing parent. One {@code statvfs} per call: {@link StorageGuard} caches the answers. Tests
 * replace this bean to simulate a filling disk.
 */
@Singleton
public class FileSystemSpace {

    /**
     * The space of one file system.
     *
     * @param usableBytes bytes that may still be written, ≥ 0
     * @param totalBytes  the file system's size, ≥ 0
     */
    public record Space(long usableBytes, long totalBytes) {
    }

    /**
     * @param directory an absolute directory; not null
     * @return the space of its file system
     * @throws IOException when no existing parent can be read
     */
    public Space read(Path directory) throws IOException {
        Path p = directory.toAbsolutePath();
        while (p != null && !Files.exists(p)) {
            p = p.getParent();
        }
        if (p == null) {
            throw new IOException("no existing parent of " + directory);
        }
        FileStore store = Files.getFileStore(p);
        return new Space(store.getUsableSpace(), store.getTotalSpace());
    }
}
