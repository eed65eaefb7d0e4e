package org.dataprice.api.index;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * One headless Chromium page driven through the Chrome DevTools Protocol (JDK {@link WebSocket}, no driver and no
 * extra dependency): set the viewport (desktop or phone, {@code Emulation.setDeviceMetricsOverride}), load a page,
 * evaluate JavaScript, click like a user ({@code Input.dispatchMouseEvent}) and take full-page screenshots. Each
 * command waits at most 30 s. Close it to end the browser and delete its profile.
 */
public final class ChromiumSession implements AutoCloseable {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final Process process;
    private final Path profile;
    private final JsonMapper json;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<Map<String, Object>>> pending = new ConcurrentHashMap<>();

    /** The Chromium binary: {@code DATAPRICE_CHROMIUM}, else the Debian package's. */
    public static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("DATAPRICE_CHROMIUM", "/usr/bin/chromium"));

    /**
     * For a browser test's set-up: returns when {@link #CHROMIUM} is installed; else skips the test, or FAILS it when
     * {@code CI=true} (CI must run every browser test).
     */
    public static void requireChromium() {
        if (!java.nio.file.Files.isExecutable(CHROMIUM)) {
            String message = CHROMIUM + " not found: install Debian packages chromium and chromium-driver (.ci/browser.sh)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                org.junit.jupiter.api.Assertions.fail(message + "; CI=true requires the browser test to run");
            }
            org.junit.jupiter.api.Assumptions.abort(message + "; browser test skipped");
        }
    }

    public ChromiumSession(Path chromium, JsonMapper json) throws Exception {
        this.json = json;
        this.profile = Files.createTempDirectory("dataprice-cdp-");
        this.process = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-dev-shm-usage", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--hide-scrollbars", "--remote-debugging-port=0", "--user-data-dir=" + profile, "about:blank")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String port = devToolsPort();
        HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
        String page = null;
        for (int attempt = 0; attempt < 50 && page == null; attempt++) {
            HttpResponse<String> list = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list"))
                    .timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
            List<Map<String, Object>> targets = json.readValue(list.body(), Argument.listOf(Argument.mapOf(String.class, Object.class)));
            page = targets.stream().filter(t -> "page".equals(t.get("type"))).map(t -> (String) t.get("webSocketDebuggerUrl"))
                    .findFirst().orElse(null);
            if (page == null) {
                Thread.sleep(100);
            }
        }
        if (page == null) {
            close();
            throw new IllegalStateException("chromium opened no page target");
        }
        this.socket = client.newWebSocketBuilder().connectTimeout(TIMEOUT).buildAsync(URI.create(page), new Listener())
                .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    }

    /** Reads chromium's stderr until it prints "DevTools listening on ws://127.0.0.1:PORT/...". */
    private String devToolsPort() throws IOException {
        BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        String line;
        while (System.nanoTime() < deadline && (line = err.readLine()) != null) {
            int at = line.indexOf("ws://127.0.0.1:");
            if (at >= 0) {
                String rest = line.substring(at + "ws://127.0.0.1:".length());
                Thread drain = new Thread(() -> {
                    try {
                        err.transferTo(java.io.Writer.nullWriter());
                    } catch (IOException ignored) {
                        // the browser ended
                    }
                });
                drain.setDaemon(true);
                drain.start();
                return rest.substring(0, rest.indexOf('/'));
            }
        }
        throw new IllegalStateException("chromium did not print its DevTools address");
    }

    /**
     * @param method a CDP method
     * @param params its parameters
     * @return the result object
     */
    public Map<String, Object> send(String method, Map<String, Object> params) throws Exception {
        int id = ids.incrementAndGet();
        CompletableFuture<Map<String, Object>> answer = new CompletableFuture<>();
        pending.put(id, answer);
        String text = new String(json.writeValueAsBytes(Map.of("id", id, "method", method, "params", params)), StandardCharsets.UTF_8);
        socket.sendText(text, true).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        Map<String, Object> reply = answer.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        if (reply.containsKey("error")) {
            throw new IllegalStateException(method + ": " + reply.get("error"));
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> result = (Map<String, Object>) reply.getOrDefault("result", Map.of());
        return result;
    }

    /**
     * @param width  CSS pixels
     * @param height CSS pixels
     * @param mobile whether to emulate a phone (touch, mobile viewport meta honoured)
     */
    public void viewport(int width, int height, boolean mobile) throws Exception {
        send("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height, "deviceScaleFactor", 1,
                "mobile", mobile));
    }

    /** Loads a page and waits until it is complete. */
    public void open(String url) throws Exception {
        send("Page.navigate", Map.of("url", url));
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (!"complete".equals(eval("document.readyState")) || !url.equals(eval("location.href"))) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(url + " did not load");
            }
            Thread.sleep(50);
        }
    }

    /**
     * @param expression JavaScript
     * @return its value (JSON-compatible: String, Number, Boolean, List, Map), or null
     */
    public Object eval(String expression) throws Exception {
        Map<String, Object> r = send("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true));
        if (r.containsKey("exceptionDetails")) {
            throw new IllegalStateException(expression + ": " + r.get("exceptionDetails"));
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> value = (Map<String, Object>) r.get("result");
        return value.get("value");
    }

    /** Clicks the centre of the first element matching a CSS selector with the mouse, as a user would. */
    public void click(String selector) throws Exception {
        @SuppressWarnings("unchecked")
        List<Number> centre = (List<Number>) eval("(() => { const r = document.querySelector('" + selector
                + "').getBoundingClientRect(); return [r.x + r.width / 2, r.y + r.height / 2]; })()");
        for (String type : List.of("mousePressed", "mouseReleased")) {
            send("Input.dispatchMouseEvent", Map.of("type", type, "x", centre.get(0).doubleValue(), "y", centre.get(1).doubleValue(),
                    "button", "left", "clickCount", 1));
        }
    }

    /** Writes a full-page PNG screenshot. */
    public void screenshot(Path file) throws Exception {
        Map<String, Object> r = send("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true));
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, Base64.getDecoder().decode((String) r.get("data")));
    }

    @Override
    public void close() {
        if (socket != null) {
            socket.abort();
        }
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary profile left behind is harmless
        }
    }

    /** Collects (possibly fragmented) text frames and completes the command each answers. */
    private final class Listener implements WebSocket.Listener {
        private final StringBuilder buffer = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            buffer.append(data);
            if (last) {
                String message = buffer.toString();
                buffer.setLength(0);
                try {
                    Map<String, Object> m = json.readValue(message, Argument.mapOf(String.class, Object.class));
                    Object id = m.get("id");
                    if (id instanceof Number n) {
                        CompletableFuture<Map<String, Object>> f = pending.remove(n.intValue());
                        if (f != null) {
                            f.complete(m);
                        }
                    }
                } catch (IOException e) {
                    pending.values().forEach(f -> f.completeExceptionally(e));
                }
            }
            webSocket.request(1);
            return null;
        }
    }
}
