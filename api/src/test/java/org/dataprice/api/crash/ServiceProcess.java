package org.dataprice.api.crash;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The real service jar ({@code target/dataprice-api.jar}, built by {@code package}) as a child
 * process: started with a small heap in a working directory of its own (so its default H2 store is
 * {@code ./data} there), configured through the documented {@code DATAPRICE_*} environment
 * variables, killed with SIGKILL ({@link #kill9()}) to simulate a crash. Its output goes to a log
 * file in the working directory, printed by {@link #tail()} when a test fails.
 */
final class ServiceProcess implements AutoCloseable {
    /** The HS256 secret the child services accept (the test mints tokens with it). */
    static final String JWT_SECRET = "crash-test-secret-of-at-least-32-bytes-0123456789";
    private static final AtomicInteger STARTS = new AtomicInteger();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Process process;
    private final URI base;
    private final Path log;

    private ServiceProcess(Process process, URI base, Path log) {
        this.process = process;
        this.base = base;
        this.log = log;
    }

    /**
     * Starts the jar and waits until its readiness answers 200.
     *
     * @param workDir the working directory (holds {@code ./data} for H2)
     * @param env     extra environment (database URL etc.)
     * @param heap    the {@code -Xmx} value, e.g. {@code 512m}
     * @return the running service
     */
    static ServiceProcess start(Path workDir, Map<String, String> env, String heap) {
        return start(workDir, env, heap, "/health/readiness");
    }

    /**
     * Starts the jar and waits until it answers {@code readyPath} with 200 (use
     * {@code /health/liveness} for a service expected to start not ready).
     *
     * @param workDir   the working directory (holds {@code ./data} for H2)
     * @param env       extra environment (database URL etc.)
     * @param heap      the {@code -Xmx} value, e.g. {@code 512m}
     * @param readyPath the path that answers 200 once started
     * @return the running service
     */
    static ServiceProcess start(Path workDir, Map<String, String> env, String heap, String readyPath) {
        String jar = System.getProperty("dataprice.it.jar", "target/dataprice-api.jar");
        Path jarPath = Path.of(jar).toAbsolutePath();
        if (!Files.isRegularFile(jarPath)) {
            throw new IllegalStateException("the service jar is missing: " + jarPath + " (run the package phase)");
        }
        int port = freePort();
        Path log = workDir.resolve("service-" + STARTS.incrementAndGet() + ".log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-jar", jarPath.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> environment = builder.environment();
        environment.put("DATAPRICE_PORT", Integer.toString(port));
        environment.put("DATAPRICE_JWT_SECRET", JWT_SECRET);
        environment.put("DATAPRICE_BOOTSTRAP_ADMIN_KEY", "false");
        // the exchange signing key a production store requires (RFC 8037 A.1's published test seed: tests only)
        environment.put("DATAPRICE_EXCHANGE_SIGNING_KEY", "nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A");
        environment.put("DATAPRICE_EXCHANGE_SIGNING_VALID_FROM", "2020-01-01T00:00:00Z");
        // the registry key file of its work directory, generated there also on PostgreSQL (one instance per directory)
        environment.put("DATAPRICE_REGISTRY_KEY_GENERATE", "true");
        environment.putAll(env);
        try {
            Files.createDirectories(workDir);
            ServiceProcess service = new ServiceProcess(builder.start(), URI.create("http://127.0.0.1:" + port), log);
            service.awaitReady(readyPath, Duration.ofSeconds(120));
            return service;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the service's base URI */
    URI base() {
        return base;
    }

    /** @return whether the process is alive */
    boolean alive() {
        return process.isAlive();
    }

    /**
     * @param path a path
     * @return the status code of an anonymous GET, or -1 when nothing answers
     */
    int status(String path) {
        HttpResponse<String> response = get(path);
        return response == null ? -1 : response.statusCode();
    }

    /**
     * @param path a path
     * @return the answer to an anonymous GET, or null when nothing answers
     */
    HttpResponse<String> get(String path) {
        try {
            HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(5)).GET().build();
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private void awaitReady(String readyPath, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the service exited with " + process.exitValue() + " before it was ready:\n" + tail());
            }
            if (status(readyPath) == 200) {
                return;
            }
            sleep(100);
        }
        kill9();
        throw new IllegalStateException("the service was not ready within " + limit + ":\n" + tail());
    }

    /** Kills the process with SIGKILL, as a crash or an OOM killer would, and waits for it to end. */
    void kill9() {
        process.destroyForcibly();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the service did not die");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops the service gracefully (SIGTERM), then forcibly. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                kill9();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill9();
        }
    }

    /** @return the whole service log so far (what this process printed) */
    String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** @return the last lines of the service log */
    String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
