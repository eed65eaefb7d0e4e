package org.dataprice.api.apikey;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.dataprice.api.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;

/**
 * Development convenience: on start with the embedded H2 store, makes sure a working admin key is in
 * {@code ./data/admin-api-key} (configurable), readable and writable by its owner only
 * ({@code rw-------}), and logs the file's path, never the key. A new key (holding all four roles)
 * is created when the file is missing or its key no longer authenticates. Never runs when the
 * datasource is not H2 (a PostgreSQL store is production), nor when
 * {@code dataprice.security.bootstrap-admin-key} is false.
 */
@Singleton
@Requires(property = "dataprice.security.bootstrap-admin-key", value = "true", defaultValue = "true")
@Requires(property = "datasources.default.url", pattern = "jdbc:h2:.*")
public class LocalAdminKey {
    private static final Logger LOG = LoggerFactory.getLogger(LocalAdminKey.class);
    static final String KEY_NAME = "local-admin";

    private final ApiKeyService keys;
    private final Path file;

    /**
     * @param keys the key service
     * @param file where to write the key
     */
    public LocalAdminKey(ApiKeyService keys, @Value("${dataprice.security.admin-key-file:./data/admin-api-key}") String file) {
        this.keys = keys;
        this.file = Path.of(file).toAbsolutePath().normalize();
    }

    /**
     * @param event the application start
     */
    @EventListener
    public void onStartup(StartupEvent event) {
        ensure();
    }

    /** @return the file holding the local admin key */
    public Path file() {
        return file;
    }

    /**
     * Creates the key file when missing or stale.
     *
     * @return whether a new key was created
     */
    public synchronized boolean ensure() {
        try {
            if (Files.isRegularFile(file)) {
                String existing = Files.readString(file, StandardCharsets.UTF_8).strip();
                if (keys.authenticate(existing).isPresent()) {
                    LOG.info("Local admin API key: {}", file);
                    return false;
                }
            }
            ApiKeyService.CreatedKey created = keys.create(KEY_NAME, EnumSet.allOf(Role.class), null, "bootstrap");
            writeOwnerOnly(file, created.text() + "\n");
            LOG.info("Created a local admin API key (all roles) in {} (readable by its owner only); "
                    + "send it in the X-API-KEY header", file);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the local admin key to " + file, e);
        }
    }

    /**
     * Writes a file readable and writable by its owner only ({@code rw-------} where the file system is POSIX),
     * atomically (a temporary sibling moved over the target), creating its directory.
     *
     * @param file the file
     * @param text its whole content (UTF-8)
     * @throws IOException when it cannot be written
     */
    public static void writeOwnerOnly(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(tmp);
        }
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
