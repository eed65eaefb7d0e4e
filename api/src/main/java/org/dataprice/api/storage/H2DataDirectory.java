package org.dataprice.api.storage;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Keeps the embedded H2 store private to the service's OS user: the directory of an H2 file database
 * ({@code ./data} by default) is created {@code rwx------} before the datasource opens (an existing one
 * is narrowed to that), and once the database is open its files ({@code dataprice.mv.db}, trace and
 * lock files) are made {@code rw-------}. H2 creates its files itself with the process umask
 * (typically {@code 0644}) and Java cannot set a umask, so the directory's mode is what protects a file
 * in the moment between its creation and the chmod. Does nothing for in-memory H2, PostgreSQL, or a
 * file system without POSIX permissions.
 */
@Singleton
public class H2DataDirectory implements BeanCreatedEventListener<DatasourceConfiguration> {
    private static final Logger LOG = LoggerFactory.getLogger(H2DataDirectory.class);
    /** Owner read, write and search. */
    public static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");
    /** Owner read and write. */
    public static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private volatile Path database;

    @Override
    public DatasourceConfiguration onCreated(BeanCreatedEvent<DatasourceConfiguration> event) {
        DatasourceConfiguration config = event.getBean();
        databasePath(config.getUrl()).ifPresent(path -> {
            database = path;
            secureDirectory(path.getParent());
        });
        return config;
    }

    /**
     * Narrows the files of the open database to the owner.
     *
     * @param event the application start
     */
    @EventListener
    public void onStartup(StartupEvent event) {
        Path path = database;
        if (path != null) {
            secureFiles(path);
        }
    }

    /**
     * Whether a JDBC URL names the embedded H2 store (file or in-memory) — the development store, on which the service
     * may generate its own development keys and seed a demo; any other URL is a production store.
     *
     * @param url a JDBC URL; may be null
     * @return whether it starts with {@code jdbc:h2:} (case-insensitive, surrounding blanks ignored)
     */
    public static boolean isEmbeddedH2(String url) {
        return url != null && url.strip().toLowerCase(Locale.ROOT).startsWith("jdbc:h2:");
    }

    /**
     * The base path of an H2 file database ({@code jdbc:h2:file:./data/dataprice;...} or
     * {@code jdbc:h2:./data/dataprice}), without H2's {@code .mv.db} suffix; {@code ~} is the user's home.
     *
     * @param url a JDBC URL; may be null
     * @return the absolute base path, or empty for another database, in-memory or remote H2
     */
    public static Optional<Path> databasePath(String url) {
        if (!isEmbeddedH2(url)) {
            return Optional.empty();
        }
        String rest = url.substring("jdbc:h2:".length());
        int semicolon = rest.indexOf(';');
        if (semicolon >= 0) {
            rest = rest.substring(0, semicolon);
        }
        String lower = rest.toLowerCase(Locale.ROOT);
        if (lower.startsWith("file:")) {
            rest = rest.substring("file:".length());
        } else if (lower.startsWith("mem:") || lower.startsWith("tcp:") || lower.startsWith("ssl:")
                || lower.matches("^[a-z]{2,}:.*")) {
            return Optional.empty();
        }
        if (rest.isBlank()) {
            return Optional.empty();
        }
        if (rest.startsWith("~")) {
            rest = System.getProperty("user.home") + rest.substring(1);
        }
        return Optional.of(Path.of(rest).toAbsolutePath().normalize());
    }

    /**
     * Creates a directory owner-only, or narrows an existing one.
     *
     * @param dir the directory
     */
    public static void secureDirectory(Path dir) {
        try {
            if (!posix()) {
                Files.createDirectories(dir);
                return;
            }
            if (Files.notExists(dir)) {
                Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(DIRECTORY));
            }
            if (!Files.getPosixFilePermissions(dir).equals(DIRECTORY)) {
                Files.setPosixFilePermissions(dir, DIRECTORY);
                LOG.info("Made the H2 data directory {} readable by its owner only (rwx------)", dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the H2 data directory " + dir + " owner-only", e);
        }
    }

    /**
     * Makes every file of a database ({@code <base>.*}) and the directory owner-only.
     *
     * @param base the database's base path
     */
    public static void secureFiles(Path base) {
        if (!posix() || !Files.isDirectory(base.getParent())) {
            return;
        }
        secureDirectory(base.getParent());
        String prefix = base.getFileName().toString() + ".";
        try (Stream<Path> files = Files.list(base.getParent())) {
            for (Path f : (Iterable<Path>) files::iterator) {
                if (f.getFileName().toString().startsWith(prefix) && Files.isRegularFile(f)
                        && !Files.getPosixFilePermissions(f).equals(FILE)) {
                    Files.setPosixFilePermissions(f, FILE);
                }
            }
        } catch (IOException e) {
            LOG.warn("Could not make the files of {} owner-only: {}", base, e.toString());
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
