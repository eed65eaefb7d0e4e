package org.dataprice.api.index;

import org.dataprice.api.storage.StorageGuard;

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
            this.out = new DataOutputStream(new Out(storage.guard(file, Files.newOutputStream(file))));
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
            write(out, line, product, category, month(period), price, quantity, characteristics);
            rows++;
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the load's spool file " + file, e);
        }
    }

    /**
     * Encodes one trade: the spool's format, which is also the body of a stored segment ({@link TradeSegments}):
     * line ({@code int}), product ({@link DataOutputStream#writeUTF}), category (a {@code boolean} present, then
     * UTF), month ({@code int}, {@link #month}), price and quantity ({@code double}), characteristics (as the
     * category).
     *
     * @param out             where
     * @param line            the line
     * @param product         the product id
     * @param category        the category, or null
     * @param month           the month as {@link #month}
     * @param price           the unit price
     * @param quantity        the quantity
     * @param characteristics the characteristics, or null
     * @throws IOException from {@code out}
     */
    static void write(DataOutputStream out, int line, String product, String category, int month, double price,
            double quantity, String characteristics) throws IOException {
        out.writeInt(line);
        out.writeUTF(product);
        writeNullable(out, category);
        out.writeInt(month);
        out.writeDouble(price);
        out.writeDouble(quantity);
        writeNullable(out, characteristics);
    }

    /**
     * @param period a month
     * @return it as months since year 0 ({@code year * 12 + month - 1}), the encoded form
     */
    static int month(YearMonth period) {
        return period.getYear() * 12 + period.getMonthValue() - 1;
    }

    /**
     * @param month a month as {@link #month}
     * @return the month
     */
    static YearMonth month(int month) {
        return YearMonth.of(Math.floorDiv(month, 12), Math.floorMod(month, 12) + 1);
    }

    /** One trade read back from a spool (the arguments of {@link #add}). */
    @FunctionalInterface
    interface RowSink {
        /**
         * @param line            its line in the load
         * @param product         the product id
         * @param category        the category, or null
         * @param month           the month as {@link TradeSpool#month(YearMonth)}
         * @param period          the month
         * @param price           the unit price
         * @param quantity        the quantity
         * @param characteristics the characteristics, or null
         * @throws SQLException from a writer
         */
        void row(int line, String product, String category, int month, YearMonth period, double price,
                double quantity, String characteristics) throws SQLException;
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
        replay((line, product, category, month, period, price, quantity, characteristics) ->
                to.add(line, product, category, period, price, quantity, characteristics, null));
        to.finish();
    }

    /**
     * Reads every spooled trade back, in the order spooled.
     *
     * @param to where each goes
     * @throws SQLException from {@code to}
     */
    void replay(RowSink to) throws SQLException {
        try {
            out.flush();
            YearMonth month = null;
            int cached = Integer.MIN_VALUE;
            try (DataInputStream in = new DataInputStream(new In(Files.newInputStream(file)))) {
                for (int k = 0; k < rows; k++) {
                    int line = in.readInt();
                    String product = in.readUTF();
                    String category = readNullable(in);
                    int m = in.readInt();
                    if (m != cached) {
                        cached = m;
                        month = month(m);
                    }
                    to.row(line, product, category, m, month, in.readDouble(), in.readDouble(), readNullable(in));
                }
                if (in.read() >= 0) {
                    throw new IllegalStateException("the load's spool file " + file + " holds more than " + rows + " rows");
                }
            }
        } catch (EOFException e) {
            throw new IllegalStateException("the load's spool file " + file + " was truncated", e);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the load's spool file " + file, e);
        }
    }

    private static void writeNullable(DataOutputStream out, String s) throws IOException {
        out.writeBoolean(s != null);
        if (s != null) {
            out.writeUTF(s);
        }
    }

    /**
     * @param in a spool or segment
     * @return a category or characteristics as {@link #write} wrote it
     * @throws IOException on a read error or the end of the data
     */
    static String readNullable(java.io.DataInput in) throws IOException {
        return in.readBoolean() ? in.readUTF() : null;
    }

    /**
     * A buffered output without the lock {@link java.io.BufferedOutputStream} takes on every byte
     * ({@link DataOutputStream#writeInt} writes four single bytes): one load's thread only.
     */
    private static final class Out extends java.io.OutputStream {
        private final java.io.OutputStream to;
        private final byte[] buffer = new byte[BUFFER];
        private int n;

        Out(java.io.OutputStream to) {
            this.to = to;
        }

        @Override
        public void write(int b) throws IOException {
            if (n == buffer.length) {
                flushBuffer();
            }
            buffer[n++] = (byte) b;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (len > buffer.length - n) {
                flushBuffer();
                if (len >= buffer.length) {
                    to.write(b, off, len);
                    return;
                }
            }
            System.arraycopy(b, off, buffer, n, len);
            n += len;
        }

        private void flushBuffer() throws IOException {
            if (n > 0) {
                to.write(buffer, 0, n);
                n = 0;
            }
        }

        @Override
        public void flush() throws IOException {
            flushBuffer();
            to.flush();
        }

        @Override
        public void close() throws IOException {
            try {
                flushBuffer();
            } finally {
                to.close();
            }
        }
    }

    /** A buffered input without the lock {@link java.io.BufferedInputStream} takes on every byte: one thread only. */
    private static final class In extends java.io.InputStream {
        private final java.io.InputStream from;
        private final byte[] buffer = new byte[BUFFER];
        private int at;
        private int end;

        In(java.io.InputStream from) {
            this.from = from;
        }

        private boolean fill() throws IOException {
            at = 0;
            end = Math.max(0, from.read(buffer, 0, buffer.length));
            return end > 0;
        }

        @Override
        public int read() throws IOException {
            if (at == end && !fill()) {
                return -1;
            }
            return buffer[at++] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            if (at == end && !fill()) {
                return -1;
            }
            int k = Math.min(len, end - at);
            System.arraycopy(buffer, at, b, off, k);
            at += k;
            return k;
        }

        @Override
        public void close() throws IOException {
            from.close();
        }
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
