package org.dataprice.api.ledger;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.dataprice.api.durability.DurableCommitCheck;
import org.dataprice.api.durability.GroupCommit;
import org.dataprice.api.storage.H2DataDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The ledger heads kept outside the database, so that a store that comes back <em>older</em> (an H2
 * file truncated by a crash or a disk fault opens at an earlier consistent state; a backup restored
 * over the live store) is detected: such a store holds a self-consistent but shorter chain, which no
 * check inside the database can tell from the real one. The database must contain, for every ledger,
 * the anchor's entry (same sequence number, same chain hash).
 *
 * <p>The file is rewritten after every commit that appended to a ledger (a post-commit transaction
 * synchronisation, never before the commit), atomically (a temporary file, then a rename) and
 * readable by its owner only. It therefore never runs ahead of the database; a crash between a commit
 * and the rewrite leaves it one commit behind, which only weakens the check for that commit.
 * A commit records its heads first ({@link #record}) and then asks for a file that holds them
 * ({@link #flush}): one rewrite serves every head recorded before it, so a transaction that appended to
 * several ledgers rewrites the file once, and commits that finish while a rewrite is under way share the
 * next one. (Issue 14: a rewrite costs 0.1–0.2 ms of CPU and, on ext4, 1–2 ms of waiting for the replaced
 * file's data; a valuation rewrote the file four times.)
 *
 * <p>Where ({@link LedgerConfiguration#getAnchorFile()}): beside an H2 file database by default; off for
 * PostgreSQL unless a path is configured, because PostgreSQL with {@code synchronous_commit} does not
 * truncate committed transactions, several instances share one database (each would keep its own,
 * lagging, anchor: still a valid lower bound), and a deliberate restore there is an operator's act
 * (who then deletes the file, see docs/api.md). Format, one line per ledger after a header:
 * {@code <ledger> <seq> <chain hash>}. Thread-safe.
 */
@Singleton
public class LedgerAnchor {
    private static final Logger LOG = LoggerFactory.getLogger(LedgerAnchor.class);
    private static final String HEADER = "dataprice-ledger-anchor v1";

    private static final Set<OpenOption> CREATE_NEW = Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);

    private final Path file;
    private final GroupCommit groupCommit;
    private final Map<Ledger, LedgerHead> heads = new EnumMap<>(Ledger.class);
    /** Bumped (under {@code this}) whenever {@link #heads} changes; a ticket is a value of it. */
    private long recorded;
    /** Held while the file is rewritten; taken before {@code this}, never after. */
    private final Object fileLock = new Object();
    /** The {@link #recorded} value the file holds (guarded by {@link #fileLock}). */
    private long written;
    /** Rewrites done, for tests. */
    private long rewrites;

    /**
     * @param configuration the ledger settings
     * @param url           the default datasource's JDBC URL
     * @param durability    how commits reach the store's file (the anchor waits for a group commit)
     */
    @Inject
    public LedgerAnchor(LedgerConfiguration configuration, @Value("${datasources.default.url:}") String url,
                        DurableCommitCheck durability) {
        this(resolve(configuration.getAnchorFile(), url), durability.groupCommit().orElse(null));
    }

    /**
     * @param file the anchor file, or null for none
     */
    LedgerAnchor(Path file) {
        this(file, null);
    }

    private LedgerAnchor(Path file, GroupCommit groupCommit) {
        this.file = file;
        this.groupCommit = groupCommit;
    }

    static Path resolve(String setting, String url) {
        if (LedgerConfiguration.NONE.equalsIgnoreCase(setting)) {
            return null;
        }
        if (!setting.isEmpty()) {
            return Path.of(setting).toAbsolutePath().normalize();
        }
        return H2DataDirectory.databasePath(url)
                .map(base -> base.resolveSibling(base.getFileName() + ".ledger-anchor")).orElse(null);
    }

    /** @return the anchor file, or empty when the anchor is off */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /**
     * Reads the file and makes it the recorded state (so an anchor file removed by an operator is
     * forgotten here too).
     *
     * @return the heads recorded in the file; empty when there is no file (first start, or an operator
     *         removed it)
     * @throws IOException when the file exists but cannot be read or parsed
     */
    public synchronized Map<Ledger, LedgerHead> read() throws IOException {
        Map<Ledger, LedgerHead> out = new EnumMap<>(Ledger.class);
        heads.clear();
        if (file == null || Files.notExists(file)) {
            return out;
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !HEADER.equals(lines.get(0))) {
            throw new IOException("not a ledger anchor file (no '" + HEADER + "' header)");
        }
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.strip().split(" ");
            try {
                if (parts.length != 3 || !parts[2].matches("[0-9a-f]{64}")) {
                    throw new IllegalArgumentException(line);
                }
                out.put(Ledger.of(parts[0]), new LedgerHead(Long.parseLong(parts[1]), parts[2]));
            } catch (IllegalArgumentException e) {
                throw new IOException("malformed anchor line: " + line, e);
            }
        }
        heads.putAll(out);
        return out;
    }

    /**
     * Records a committed head, if it is beyond the one recorded, and rewrites the file: {@link #record} then
     * {@link #flush}. Called after the commit; never throws (a failure is logged: the anchor only lags).
     * With a group commit (embedded H2) the flush first waits until the store's file holds the commit.
     *
     * @param ledger the ledger
     * @param head   the head just committed
     */
    public void advance(Ledger ledger, LedgerHead head) {
        flush(record(ledger, head));
    }

    /**
     * Records a committed head in memory, if it is beyond the one recorded, without writing the file. Call only
     * after the commit, and {@link #flush} with the ticket before the request is answered.
     *
     * @param ledger the ledger
     * @param head   the head just committed
     * @return the ticket to flush: the file holds this head once {@code flush(ticket)} has returned without error
     */
    public synchronized long record(Ledger ledger, LedgerHead head) {
        if (file == null) {
            return 0;
        }
        LedgerHead known = heads.get(ledger);
        if (known == null || known.seq() < head.seq()) {
            heads.put(ledger, head);
            recorded++;
        }
        return recorded;
    }

    /**
     * Rewrites the file unless a rewrite since {@code ticket} was issued has already written every head recorded up
     * to it. Never throws (a failure is logged, and the next flush writes again).
     *
     * @param ticket a value returned by {@link #record}
     */
    public void flush(long ticket) {
        if (file == null) {
            return;
        }
        synchronized (fileLock) {
            if (written >= ticket) {
                // an earlier flush (another record of the same commit, or a concurrent commit) wrote these heads:
                // nothing to write, and no store write to wait for (each wait could cost a chunk of its own)
                return;
            }
        }
        // the heads to write, taken before waiting for the store: each was recorded after its commit completed, so
        // the store write waited for below (its ticket is taken after this) holds every one of them
        String text;
        long version;
        synchronized (this) {
            text = render();
            version = recorded;
        }
        if (groupCommit != null) {
            // the anchor must never run ahead of the store's file: a kill -9 between the commit and the store write
            // would otherwise leave an anchor the reopened store cannot reach
            try {
                groupCommit.awaitWritten();
            } catch (RuntimeException e) {
                LOG.error("The store did not write the commits recorded up to anchor ticket {}; the anchor is not "
                        + "rewritten: {}", ticket, e.toString());
                return;
            }
        }
        synchronized (fileLock) {
            if (written >= version) {
                return;
            }
            if (write(text)) {
                written = version;
            }
        }
    }

    /**
     * Merges verified heads (the database passed, so it is at or beyond the anchor) into the recorded
     * ones and rewrites the file; a head advanced by a commit during the verification is kept.
     *
     * @param verified every ledger's head as verified
     */
    public void reset(Map<Ledger, LedgerHead> verified) {
        if (file == null) {
            return;
        }
        long ticket;
        synchronized (this) {
            verified.forEach((ledger, head) -> heads.merge(ledger, head, (a, b) -> a.seq() >= b.seq() ? a : b));
            ticket = ++recorded;
        }
        flush(ticket);
    }

    /** @return how many times the file was rewritten since start (tests) */
    long rewrites() {
        synchronized (fileLock) {
            return rewrites;
        }
    }

    private String render() {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        heads.forEach((ledger, head) -> text.append(ledger.id()).append(' ').append(head.seq()).append(' ')
                .append(head.chainHash()).append('\n'));
        return text.toString();
    }

    /** Writes a temporary file (created owner-only) and renames it over the file; @return whether it worked */
    private boolean write(String text) {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
        try {
            try (SeekableByteChannel out = createTemporary(tmp)) {
                while (bytes.hasRemaining()) {
                    out.write(bytes);
                }
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            rewrites++;
            return true;
        } catch (IOException e) {
            LOG.error("Could not write the ledger anchor {} (it lags until the next write): {}", file, e.toString());
            return false;
        }
    }

    /** A new, empty temporary file: a leftover one (a crash before the rename) is replaced, a missing directory made. */
    private static SeekableByteChannel createTemporary(Path tmp) throws IOException {
        FileAttribute<?>[] attributes = FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
                ? new FileAttribute<?>[]{PosixFilePermissions.asFileAttribute(H2DataDirectory.FILE)}
                : new FileAttribute<?>[0];
        try {
            return Files.newByteChannel(tmp, CREATE_NEW, attributes);
        } catch (FileAlreadyExistsException e) {
            Files.deleteIfExists(tmp);
        } catch (NoSuchFileException e) {
            Files.createDirectories(tmp.getParent());
        }
        return Files.newByteChannel(tmp, CREATE_NEW, attributes);
    }
}
