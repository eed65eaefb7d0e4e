package org.dataprice.api.registry;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A QR code (ISO/IEC 18004) as vector graphics: ZXing's encoder ({@code com.google.zxing:core}) computes the modules,
 * this class writes them as one SVG path, so the PDF draws the code as vectors (sharp at any zoom or print size).
 *
 * <p>Contract: error correction level M (15 % of the code may be damaged), UTF-8 byte mode, a quiet zone of
 * {@value #QUIET_ZONE} modules on each side (the standard's minimum) included in {@link QrCode#size()}; each run of dark
 * modules in a row is one rectangle {@code M x y h n v1 h -n z} in module units, so the path scales with the
 * {@code viewBox}. Text up to the QR limit for level M (2 331 bytes); longer is refused with
 * {@link IllegalArgumentException} (a verification URL is about 120 bytes).
 */
final class QrCodes {
    /** Light modules around the code, on each side (ISO/IEC 18004 §6.3.8). */
    static final int QUIET_ZONE = 4;

    private QrCodes() {
    }

    /**
     * A QR code as SVG path data.
     *
     * @param size the side in modules, quiet zone included (the {@code viewBox} is {@code 0 0 size size})
     * @param path the dark modules, SVG path data in module units
     * @param text the encoded text
     */
    record QrCode(int size, String path, String text) {
    }

    /**
     * @param text the text to encode (e.g. a URL)
     * @return its QR code
     * @throws IllegalArgumentException when the text does not fit a QR code
     */
    static QrCode of(String text) {
        ByteMatrix m;
        try {
            m = Encoder.encode(text, ErrorCorrectionLevel.M, Map.of(EncodeHintType.CHARACTER_SET,
                    StandardCharsets.UTF_8.name())).getMatrix();
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode " + text.length() + " characters as a QR code: " + e.getMessage(), e);
        }
        StringBuilder path = new StringBuilder(m.getWidth() * m.getHeight());
        for (int y = 0; y < m.getHeight(); y++) {
            int x = 0;
            while (x < m.getWidth()) {
                if (m.get(x, y) != 1) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < m.getWidth() && m.get(x, y) == 1) {
                    x++;
                }
                path.append('M').append(start + QUIET_ZONE).append(' ').append(y + QUIET_ZONE).append('h').append(x - start)
                        .append("v1h-").append(x - start).append('z');
            }
        }
        return new QrCode(m.getWidth() + 2 * QUIET_ZONE, path.toString(), text);
    }
}
