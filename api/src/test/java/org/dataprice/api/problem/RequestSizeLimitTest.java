package org.dataprice.api.problem;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.dataprice.api.TestCredentials;
import org.dataprice.api.apikey.ApiKeyService;
import org.dataprice.api.security.Role;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A body above {@code micronaut.server.max-request-size} answers 413 problem+json with
 * {@code Connection: close}, and the server closes the connection: a raw-socket client that writes its
 * whole body before reading still reads the 413 (and then end of stream, not a hang).
 */
@MicronautTest(transactional = false)
@Property(name = "micronaut.server.max-request-size", value = "1KB")
class RequestSizeLimitTest {
    @Inject
    EmbeddedServer server;
    @Inject
    ApiKeyService keys;

    @Test
    void test_bodyAboveLimit_clientSendingWholeBodyFirstReads413AndClose() throws IOException {
        String key = TestCredentials.key(keys, Role.APPRAISER);
        byte[] body = ("{\"rate\":0.1,\"amounts\":[" + "1,".repeat(20_000) + "1]}").getBytes(StandardCharsets.US_ASCII);
        String head = "POST /v1/finance/npv HTTP/1.1\r\nHost: localhost\r\nX-API-KEY: " + key
                + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n";
        try (Socket socket = new Socket("127.0.0.1", server.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            try {
                out.write(body); // the whole body first, as a naive client does
                out.flush();
            } catch (SocketException closedEarly) {
                // the server may close while we still write; the answer must still be readable
            }
            String response = readToEnd(socket.getInputStream());
            assertThat(response).startsWith("HTTP/1.1 413");
            assertThat(response.toLowerCase()).contains("connection: close").contains("application/problem+json");
            assertThat(response).contains("\"type\":\"https://dataprice.org/problems/payload-too-large\"");
        }
    }

    private static String readToEnd(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                bytes.write(buffer, 0, n);
            }
        } catch (SocketException reset) {
            // a reset after the response was read still leaves the response in hand
        }
        return bytes.toString(StandardCharsets.US_ASCII);
    }
}
