package org.dataprice.api.index;

import org.dataprice.api.problem.Problem;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;

/**
 * Decodes a streamed body in one declared charset and <em>never</em> substitutes: a byte sequence that
 * is malformed or unmappable in that charset stops the read with a {@link CsvRowsException} naming the
 * line ({@code lines[n]}, 1-based, counted in decoded line feeds) and the byte offset in the body
 * (0-based, the first byte of the bad sequence, shown in hex). A {@link CharsetDecoder} with
 * {@link CodingErrorAction#REPORT} does the decoding; memory is one {@value #BUFFER}-byte buffer.
 *
 * <p>So Latin-1 {@code café} sent as UTF-8 ({@code 63 61 66 E9}) is rejected at the {@code E9}, where a
 * replacing decoder would have read {@code caf\uFFFD} and merged it with {@code cafè}. A UTF-8 byte
 * order mark is decoded as U+FEFF (the loader skips it); with another charset declared, a body
 * starting with the UTF-8 BOM bytes is rejected, since those bytes say the declared charset is wrong.
 * Not thread-safe (one request).
 *
 * <p>Line feeds are counted in decoded characters, so the line number is right in every charset,
 * including those (UTF-16) where a line feed is not the byte {@code 0A}.
 */
public final class StrictDecodingReader extends Reader {
    /** Bytes read from the body at a time. */
    public static final int BUFFER = 1 << 16;

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final InputStream in;
    private final Charset charset;
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER).flip();
    /** Bytes of the body before {@code bytes.position()}. */
    private long consumed;
    /** Line feeds decoded so far. */
    private long lineFeeds;
    private boolean eof;
    private boolean flushed;
    private boolean started;

    /**
     * @param in      the body; read only as far as decoded (the caller drains it on error); closed by {@link #close}
     * @param charset the declared charset
     */
    public StrictDecodingReader(InputStream in, Charset charset) {
        this.in = in;
        this.charset = charset;
        this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        CharBuffer out = CharBuffer.wrap(cbuf, off, len);
        while (out.position() == off) {
            if (flushed) {
                return -1;
            }
            if (!bytes.hasRemaining() && !eof) {
                fill();
                continue;
            }
            int start = bytes.position();
            CoderResult result = decoder.decode(bytes, out, eof);
            consumed += bytes.position() - start;
            if (result.isError()) {
                countLineFeeds(cbuf, off, out.position());
                throw bad(result.length());
            }
            if (result.isOverflow()) {
                break;
            }
            if (eof) {
                CoderResult end = decoder.flush(out);
                if (end.isOverflow()) {
                    break;
                }
                flushed = true;
            } else {
                fill();
            }
        }
        int produced = out.position() - off;
        countLineFeeds(cbuf, off, out.position());
        return produced == 0 ? -1 : produced;
    }

    private void fill() throws IOException {
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
            eof = true;
        } else {
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
        if (!started && (bytes.remaining() >= UTF8_BOM.length || eof)) {
            started = true;
            if (!charset.equals(StandardCharsets.UTF_8) && startsWithUtf8Bom()) {
                throw new CsvRowsException("the body is not " + charset.name(),
                        List.of(new Problem.Violation("lines[1]", "starts with the UTF-8 byte order mark EF BB BF but "
                                + "charset " + charset.name() + " was declared; send the file as UTF-8 (no charset) "
                                + "or without the mark")));
            }
        }
    }

    private boolean startsWithUtf8Bom() {
        if (bytes.remaining() < UTF8_BOM.length) {
            return false;
        }
        for (int i = 0; i < UTF8_BOM.length; i++) {
            if (bytes.get(bytes.position() + i) != UTF8_BOM[i]) {
                return false;
            }
        }
        return true;
    }

    private void countLineFeeds(char[] cbuf, int from, int to) {
        for (int i = from; i < to; i++) {
            if (cbuf[i] == '\n') {
                lineFeeds++;
            }
        }
    }

    private CsvRowsException bad(int length) {
        int shown = Math.min(length, Math.min(8, bytes.remaining()));
        byte[] sequence = new byte[shown];
        for (int i = 0; i < shown; i++) {
            sequence[i] = bytes.get(bytes.position() + i);
        }
        long line = lineFeeds + 1;
        String hex = HexFormat.ofDelimiter(" ").withUpperCase().formatHex(sequence);
        String message = "byte" + (shown == 1 ? " " : "s ") + hex + " at byte offset " + consumed
                + " (0-based, from the start of the body) " + (shown == 1 ? "is" : "are") + " not valid " + charset.name()
                + (charset.equals(StandardCharsets.UTF_8) ? "; if the file is in another encoding, declare it, e.g. "
                + "?charset=GB18030 (the loader never guesses)" : "");
        return new CsvRowsException("the CSV is not valid " + charset.name() + " at line " + line + ", byte offset "
                + consumed + "; nothing was loaded", List.of(new Problem.Violation("lines[" + line + "]", message)));
    }

    /** @return bytes of the body decoded so far */
    public long bytesRead() {
        return consumed;
    }

    /** Closes the body. */
    @Override
    public void close() throws IOException {
        in.close();
    }
}
