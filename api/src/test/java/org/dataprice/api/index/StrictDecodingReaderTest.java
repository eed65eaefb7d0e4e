package org.dataprice.api.index;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link StrictDecodingReader}: decodes exactly what a replacing decoder decodes on valid input,
 * whatever the read sizes, and reports the first invalid byte sequence with its line and byte offset.
 */
class StrictDecodingReaderTest {
    /** A stream handing out at most {@code chunk} bytes per read, to split sequences across reads. */
    private static InputStream chunked(byte[] bytes, int chunk) {
        return new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, chunk));
            }
        };
    }

    private static String readAll(Reader reader, int chars) throws IOException {
        StringBuilder out = new StringBuilder();
        char[] buffer = new char[chars];
        int n;
        while ((n = reader.read(buffer, 0, chars)) >= 0) {
            out.append(buffer, 0, n);
        }
        return out.toString();
    }

    private static String randomText(Random random, int length) {
        String alphabet = "abc,\n0123456789.-éè数据价格€😀\u00A0\"";
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < length; i++) {
            int at = random.nextInt(alphabet.length());
            if (Character.isHighSurrogate(alphabet.charAt(at))) {
                out.append(alphabet, at, at + 2);
            } else if (Character.isLowSurrogate(alphabet.charAt(at))) {
                out.append(alphabet, at - 1, at + 1);
            } else {
                out.append(alphabet.charAt(at));
            }
        }
        return out.toString();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
    void test_validText_decodesExactly_whateverTheChunks(long seed) throws IOException {
        Random random = new Random(seed);
        String text = randomText(random, 1 + random.nextInt(3_000));
        for (Charset charset : new Charset[] {StandardCharsets.UTF_8, Charset.forName("GB18030"), StandardCharsets.UTF_16}) {
            byte[] bytes = text.getBytes(charset);
            int chunk = 1 + random.nextInt(7);
            int chars = 1 + random.nextInt(5);

            String decoded = readAll(new StrictDecodingReader(chunked(bytes, chunk), charset), chars + 1);

            assertThat(decoded).as("%s chunk %d", charset, chunk).isEqualTo(text);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {21, 22, 23, 24, 25, 26, 27, 28, 29, 30})
    void test_oneBadByte_isReportedAtItsLineAndOffset(long seed) {
        Random random = new Random(seed);
        String text = randomText(random, 1 + random.nextInt(2_000));
        byte[] good = text.getBytes(StandardCharsets.UTF_8);
        // insert a lone continuation byte 0x80 at a character boundary
        int cut = random.nextInt(text.length() + 1);
        if (cut > 0 && cut < text.length() && Character.isLowSurrogate(text.charAt(cut))) {
            cut++;
        }
        int offset = text.substring(0, cut).getBytes(StandardCharsets.UTF_8).length;
        byte[] bad = new byte[good.length + 1];
        System.arraycopy(good, 0, bad, 0, offset);
        bad[offset] = (byte) 0x80;
        System.arraycopy(good, offset, bad, offset + 1, good.length - offset);
        long line = 1 + text.substring(0, cut).chars().filter(c -> c == '\n').count();

        assertThatThrownBy(() -> readAll(new StrictDecodingReader(chunked(bad, 1 + random.nextInt(9)),
                StandardCharsets.UTF_8), 1 + random.nextInt(64)))
                .isInstanceOfSatisfying(CsvRowsException.class, e -> {
                    assertThat(e.violations()).hasSize(1);
                    assertThat(e.violations().get(0).field()).isEqualTo("lines[" + line + "]");
                    assertThat(e.violations().get(0).message()).contains("80 at byte offset " + offset + " ");
                });
    }

    @Test
    void test_truncatedSequenceAtTheEnd_isReported() {
        byte[] bytes = {'a', '\n', 'b', (byte) 0xE6, (byte) 0x95}; // 数 is E6 95 B0: the last byte is missing

        assertThatThrownBy(() -> readAll(new StrictDecodingReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8), 16))
                .isInstanceOfSatisfying(CsvRowsException.class, e -> {
                    assertThat(e.violations().get(0).field()).isEqualTo("lines[2]");
                    assertThat(e.violations().get(0).message()).contains("E6 95 at byte offset 3");
                });
    }

    @Test
    void test_overlongAndSurrogateEncodings_areRejected() {
        byte[] overlongSlash = {(byte) 0xC0, (byte) 0xAF};
        byte[] surrogate = {(byte) 0xED, (byte) 0xA0, (byte) 0x80};
        for (byte[] bytes : new byte[][] {overlongSlash, surrogate}) {
            assertThatThrownBy(() -> readAll(new StrictDecodingReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8), 8))
                    .isInstanceOf(CsvRowsException.class);
        }
    }

    @Test
    void test_charsetResolution() {
        assertThat(TransactionLoader.charset(null, null)).isEqualTo(StandardCharsets.UTF_8);
        assertThat(TransactionLoader.charset(null, "text/csv")).isEqualTo(StandardCharsets.UTF_8);
        assertThat(TransactionLoader.charset("gbk", null)).isEqualTo(Charset.forName("GBK"));
        assertThat(TransactionLoader.charset(null, "text/csv;charset=\"GB18030\"")).isEqualTo(Charset.forName("GB18030"));
        assertThat(TransactionLoader.charset("GB18030", "text/csv; Charset=gb18030")).isEqualTo(Charset.forName("GB18030"));
    }
}
