package org.dataprice.api.registry;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The QR code's SVG path, drawn back module by module and decoded by ZXing's reader, is the text encoded; the quiet zone
 * is light; text beyond a QR code's capacity is refused.
 */
class QrCodesTest {
    private static final Pattern RUN = Pattern.compile("M(\\d+) (\\d+)h(\\d+)v1h-(\\d+)z");
    private static final int SCALE = 4;

    @ParameterizedTest
    @ValueSource(strings = {"https://registry.exchange.example/v1/certificates/verification?hash="
            + "7768df2d045b4755a54ae27690b30db6a2a1c2a720903ea5abbc4830a58ddf39", "http://localhost:8080/x", "数据资产登记 ü"})
    void test_path_drawnBack_decodesToTheText(String text) throws Exception {
        QrCodes.QrCode qr = QrCodes.of(text);
        assertThat(qr.text()).isEqualTo(text);
        BufferedImage image = new BufferedImage(qr.size() * SCALE, qr.size() * SCALE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setColor(Color.BLACK);
        Matcher m = RUN.matcher(qr.path());
        int end = 0;
        int minX = Integer.MAX_VALUE;
        int maxX = 0;
        while (m.find()) {
            assertThat(m.start()).as("the path is runs only").isEqualTo(end);
            end = m.end();
            int x = Integer.parseInt(m.group(1));
            int y = Integer.parseInt(m.group(2));
            int n = Integer.parseInt(m.group(3));
            assertThat(m.group(4)).isEqualTo(m.group(3));
            minX = Math.min(minX, x);
            maxX = Math.max(maxX, x + n);
            assertThat(y).isBetween(QrCodes.QUIET_ZONE, qr.size() - QrCodes.QUIET_ZONE - 1);
            g.fillRect(x * SCALE, y * SCALE, n * SCALE, SCALE);
        }
        g.dispose();
        assertThat(end).isEqualTo(qr.path().length());
        // the quiet zone: nothing dark within 4 modules of each edge
        assertThat(minX).isEqualTo(QrCodes.QUIET_ZONE);
        assertThat(maxX).isEqualTo(qr.size() - QrCodes.QUIET_ZONE);
        assertThat(RegistryDocumentsTest.decodeQr(image)).isEqualTo(text);
    }

    @Test
    void test_textBeyondTheCapacity_isRefused() {
        assertThatThrownBy(() -> QrCodes.of("x".repeat(3000))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("3000 characters");
    }
}
