package org.dataprice.api.index;

import org.dataprice.api.storage.StorageGuard;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.YearMonth;

/**
 * The validated trades of one bulk load, spooled to a temporary file before anything is written to the store
 * ({@link TransactionLoader}): the whole body is parsed and checked first, so a bad row anywhere (the last one
 * included) is answered after the parse alone, with no row written and nothing to roll back; only a body whose
 * every row is valid is then {@linkplain #replay replayed} into {@link IndexStore.TradeWriter} in one
 * transaction.
 *
 * <p>Why a file and not the heap: a load may hold {@link TransactionLoader#MAX_ROWS} (2,000,000) rows; as Java
 * objects that is several hundred MB, beyond a service at {@code -Xmx512m}. Spooled in a compact binary form
 * (line, product, category, month, price, quantity, characteristics: about 30 bytes a row for short product ids,
 * ≈ 40 MB for the 1,367,349-row benchmark file) the memory is two 64 KB buffers whatever the body's size. The file
 * lives in {@code java.io.tmpdir}, is readable by the service's user only (created by
 * {@link Files#createTempFile}, mode 600 on POSIX) and is deleted by {@link #close}, whatever the outcome.
 * Benchmark argument (docs/benchmarks.md, "Issue 14: spool-first loads"): writing and re-reading the spool costs
 * well under a second of CPU for 1.37 M rows, against tens of seconds of row inserts; it buys the
 * bad-last-row answer without any write and without any rollback. Not thread-safe (one load).
 */
final class TradeSpool implements AutoCloseable {
    private static final int BUFFER = 1 << 16;
    private final Path file;
    private final DataOutputStream out;
    private int rows;

    /**
     * Creates the temporary file, its writes checked by the free-space guard: a write that would take the file system
     * below its floor throws a 507 {@code ProblemException} ({@code insufficient-storage}) instead of writing, so a
     * streamed load stops there with nothing loaded (and {@link #close} deletes what was spooled).
     *
     * @param storage the free-space guard
     * @throws UncheckedIOException when it cannot be created
     */
    TradeSpool(StorageGuard storage) {
        try {
            this.file = Files.createTempFile("dataprice-load-", ".spool");
            this.out = new DataOutputStream(new BufferedOutputStream(storage.guard(file, Files.newOutputStream(file)),
                    BUFFER));
        } catch (IOException e) {
            throw new UncheckedIOException("could not create the load's spool file in java.io.tmpdir", e);
        }
    }

    /**
     * Appends one valid trade (the caller has checked it; the arguments of {@link IndexStore.TradeWriter#add}
     * without the deal, which a bulk load never has).
     *
     * @param line            its line in the load (1-based)
     * @param product         the product id (at most {@link TransactionLoader#MAX_PRODUCT_ID} characters)
     * @param category        the category, or null
     * @param period          the month
     * @param price           the unit price
     * @param quantity        the quantity
     * @param characteristics the stored characteristics, or null
     */
    void add(int line, String product, String category, YearMonth period, double price, double quantity,
            String characteristics) {
        try {
            out.writeInt(line);
            out.writeUTF(product);
            writeNullable(category);
            out.writeInt(period.getYear() * 12 + period.getMonthValue() - 1);
            out.writeDouble(price);
            out.writeDouble(quantity);
            writeNullable(characteristics);
            rows++;
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the load's spool file " + file, e);
        }
    }

    /** @return the trades spooled */
    int rows() {
        return rows;
    }

    /** @return the bytes spooled so far (written or still buffered) */
    long bytes() {
        return out.size();
    }

    /**
     * Writes every spooled trade, in the order spooled, to {@code to}, then {@link IndexStore.TradeWriter#finish}.
     *
     * @param to the writer (inside the load's transaction)
     * @throws SQLException from the writer
     */
    void replay(IndexStore.TradeWriter to) throws SQLException {
        try {
            out.flush();
            YearMonth month = null;
            int cached = Integer.MIN_VALUE;
            try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), BUFFER))) {
                for (int k = 0; k < rows; k++) {
                    int line = in.readInt();
                    String product = in.readUTF();
                    String category = readNullable(in);
                    int m = in.readInt();
                    if (m != cached) {
                        cached = m;
                        month = YearMonth.of(Math.floorDiv(m, 12), Math.floorMod(m, 12) + 1);
                    }
                    to.add(line, product, category, month, in.readDouble(), in.readDouble(), readNullable(in), null);
                }
                if (in.read() >= 0) {
                    throw new IllegalStateException("the load's spool file " + file + " holds more than " + rows + " rows");
                }
            }
            to.finish();
        } catch (EOFException e) {
            throw new IllegalStateException("the load's spool file " + file + " was truncated", e);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the load's spool file " + file, e);
        }
    }

    private void writeNullable(String s) throws IOException {
        out.writeBoolean(s != null);
        if (s != null) {
            out.writeUTF(s);
        }
    }

    private static String readNullable(DataInputStream in) throws IOException {
        return in.readBoolean() ? in.readUTF() : null;
    }

    /** Deletes the file. */
    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException | RuntimeException e) {
            // deleted below whatever the state of the stream (a refused flush of a full spool included)
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            file.toFile().deleteOnExit();
        }
    }
}
