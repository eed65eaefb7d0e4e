import java.io.BufferedWriter;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load check of issue 14's streaming-load and release targets through the real service, over loopback.
 *
 * <p><b>Targets (issue 14): a 50 MB, 1,367,349-row CSV load in ≤ 3 s with the service at {@code -Xmx512m};
 * a bad last row answered without loading anything; a release of one month over 1.37 M trades × 2,000
 * products in ≤ 1 s, its cost growing with products × periods, not with trades.</b>
 * Measured 2026-12-05 (docs/benchmarks.md, "spool-first loads", load average 10–12, H2): the load 41.6 s wall /
 * 34.1 s service CPU (target not met: H2 row inserts, ≈ 25 µs of CPU a row); the bad last row 2.0 s / 1.6 s CPU,
 * nothing written (met: the body is validated into a spool file before any write).
 * <pre>
 *   java -Xmx512m -jar api/target/dataprice-api.jar &amp;
 *   java benchmarks/load/TradeLoad.java http://localhost:8080 "$(cat data/admin-api-key)" &lt;service pid&gt; [rows] [runs] [release-trades...]
 * </pre>
 * The generator is seeded (the same file every time): {@code rows} trades (default 1,367,349, ≈ 50 MB) of
 * 2,000 products in two categories over the 12 months of 2025, header
 * {@code product_id,period,price,quantity,category}. The program defines a fresh index, posts the file
 * {@code runs} times (each a new index, so each load is a full one; streamed from disk with
 * {@code Content-Type: text/csv}), then (when {@code runs} &gt; 0) the same file with its last row broken (expects 400 and nothing
 * loaded), then the JSON-lines form of the first 100,000 rows. While each request runs, a thread samples the
 * service's resident set ({@code VmRSS} of {@code /proc/<pid>/status}) every 10 ms and its heap in use
 * ({@code jvm_memory_used_bytes{area="heap"}} from {@code /prometheus}, every 100 ms); each line prints the
 * wall time, the service's CPU time over the request (user + system of all its threads, from
 * {@code /proc/<pid>/stat}: on a shared machine the wall time includes waiting for a core, the CPU time does
 * not) and both peaks. Then, for each {@code release-trades} figure (e.g. {@code 100000 1000000 10000000}),
 * it loads that many trades into a new index (in requests of at most 1,000,000 rows, 40 MB, or {@code -Dchunk=n};
 * 2,000,000 rows are 79 MB, above the default 64 MB request limit: a 413, after which the service closes the
 * connection (before branch s7-scale the JDK client, which sends the whole body before reading, waited 5 minutes): more
 * loads mean more stored cell totals, the one thing a release's cost grows with besides products × months) and times
 * {@code POST /v1/indices/{id}/releases} of 2025-12 three times (a new index each time for the first, then
 * the read of the stored one is not what is timed: each timing is a first computation on its own index).
 * A JDK 17 single-file program: no build needed. Loopback only (any other host is refused, exit 2); bounded (one
 * request at a time, 5 minutes each).
 *
 * <p><b>Growth curve of a release with trades (issue 14: ≤ 1 s at 1.37 M trades × 2,000 products; the cost grows
 * with products × periods, and with loads × the cells each touches, never with trades).</b> A {@code release-trades}
 * figure may name the trades per load: {@code 1000000/100000} is 10⁶ trades in 10 loads of 10⁵ (ten times the
 * stored per-load cell totals of one load of 10⁶). {@code -Dreps=n} (default 3) fills that many fresh indices per
 * figure and times one release on each ({@code 10000000x2}: two for that figure); the program ends with a table (trades, loads, each wall and service CPU
 * time, the median, "met" when the median wall time is ≤ {@code -DmaxReleaseMs}, default 1,000) and exits 3 when a
 * median misses it. The curve of docs/benchmarks.md ("release growth with trades", 2026-12-05) is
 * <pre>
 *   java -Dreps=3 benchmarks/load/TradeLoad.java http://127.0.0.1:8080 "$(cat data/admin-api-key)" &lt;pid&gt; 1000 0 \
 *        100000 1000000 1000000/100000 10000000x2
 * </pre>
 * run against the jar on PostgreSQL ({@code DATAPRICE_DB_URL}; loads use {@code COPY}) and on the embedded H2 store
 * (where filling costs ≈ 25 µs of CPU a trade, so 10⁷ takes minutes).
 */
public class TradeLoad {
    static final int PRODUCTS = 2_000;
    static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    static String base;
    static String admin;
    static long pid;

    public static void main(String[] args) throws Exception {
        base = args[0];
        if (!java.net.InetAddress.getByName(URI.create(base).getHost()).isLoopbackAddress()) {
            System.err.println("refused: " + base + " is not a loopback address");
            System.exit(2);
        }
        admin = args[1];
        pid = Long.parseLong(args[2]);
        int rows = args.length > 3 ? Integer.parseInt(args[3]) : 1_367_349;
        int runs = args.length > 4 ? Integer.parseInt(args[4]) : 3;
        String publisher = publisherKey();
        Path csv = generate(rows, false, false);
        Path bad = generate(rows, true, false);
        Path jsonl = generate(100_000, false, true);
        System.out.printf("file: %,d bytes, %,d rows, %d products (machine: %s)%n", Files.size(csv), rows, PRODUCTS,
                uptime());
        for (int r = 0; r < runs; r++) {
            String index = define(publisher);
            post(publisher, index, csv, "text/csv", "load " + r);
        }
        if (runs > 0) {
            String index = define(publisher);
            post(publisher, index, bad, "text/csv", "bad last row");
            post(publisher, index, jsonl, "application/x-ndjson", "JSON lines, 100,000 rows");
        }
        int chunk = Integer.getInteger("chunk", 1_000_000);
        int reps = Integer.getInteger("reps", 3);
        long maxMs = Long.getLong("maxReleaseMs", 1_000);
        List<String> summary = new ArrayList<>();
        boolean missed = false;
        for (int a = 5; a < args.length; a++) {
            String[] times = args[a].split("x");
            int n = times.length > 1 ? Integer.parseInt(times[1]) : reps;
            String[] spec = times[0].split("/");
            long trades = Long.parseLong(spec[0]);
            int perLoad = spec.length > 1 ? Integer.parseInt(spec[1]) : chunk;
            long loads = (trades + perLoad - 1) / perLoad;
            long[] wall = new long[n];
            long[] cpus = new long[n];
            boolean failed = false;
            for (int r = 0; r < n; r++) {
                String ix = define(publisher);
                long left = trades;
                while (left > 0) {
                    int part = (int) Math.min(left, perLoad);
                    post(publisher, ix, generate(part, false, false), "text/csv", "  fill " + part);
                    left -= part;
                }
                long cpu0 = cpuMillis();
                long t0 = System.nanoTime();
                HttpResponse<String> res = send(publisher, "/v1/indices/" + ix + "/releases", "application/json",
                        HttpRequest.BodyPublishers.ofString("{\"period\":\"2025-12\"}"));
                long ms = (System.nanoTime() - t0) / 1_000_000;
                long cpu = cpuMillis() - cpu0;
                wall[r] = ms;
                cpus[r] = cpu;
                System.out.printf("release over %,d trades in %d load(s) x %d products x 12 months: %d in %,d ms "
                        + "(service CPU %,d ms) (machine: %s)%n", trades, loads, PRODUCTS, res.statusCode(), ms, cpu, uptime());
                if (res.statusCode() / 100 != 2) {
                    failed = true;
                    System.out.println(res.body().substring(0, Math.min(1000, res.body().length())));
                }
            }
            long median = median(wall);
            missed |= failed || median > maxMs;
            summary.add(String.format("| %,d | %d | %s | %s | %,d ms | %s |", trades, loads, join(wall), join(cpus),
                    median(cpus), failed ? "FAILED (not 2xx)" : median <= maxMs ? "met" : "NOT met"));
        }
        if (!summary.isEmpty()) {
            System.out.printf("%nrelease of 2025-12, %d products x 12 months; target: median wall <= %,d ms and flat in trades "
                    + "(machine: %s)%n", PRODUCTS, maxMs, uptime());
            System.out.println("| trades | loads | wall ms | service CPU ms | median CPU | target |");
            System.out.println("|---|---|---|---|---|---|");
            summary.forEach(System.out::println);
            if (missed) {
                System.exit(3);
            }
        }
    }

    static long median(long[] v) {
        long[] s = v.clone();
        java.util.Arrays.sort(s);
        return s[s.length / 2];
    }

    static String join(long[] v) {
        StringBuilder b = new StringBuilder();
        for (long x : v) {
            b.append(b.length() == 0 ? "" : ", ").append(String.format("%,d", x));
        }
        return b.toString();
    }

    /** The seeded file: the same bytes for the same arguments. */
    static Path generate(int rows, boolean badLast, boolean jsonLines) throws IOException {
        Path file = Path.of(System.getProperty("java.io.tmpdir"), "tradeload-" + rows + (badLast ? "-bad" : "")
                + (jsonLines ? ".jsonl" : ".csv"));
        if (Files.exists(file)) {
            return file;
        }
        SplittableRandom rng = new SplittableRandom(20261205L);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            if (!jsonLines) {
                w.write("product_id,period,price,quantity,category\n");
            }
            for (int k = 0; k < rows; k++) {
                int product = rng.nextInt(PRODUCTS);
                int month = 1 + k % 12;
                double price = (10 + product % 500) * (1 + 0.002 * month) * (0.9 + 0.2 * rng.nextDouble());
                String p = String.format(java.util.Locale.ROOT, "%.4f", price);
                String q = Integer.toString(1 + rng.nextInt(40));
                if (badLast && k == rows - 1) {
                    p = "12,5".replace(",", ";");
                }
                String id = String.format("product-%05d", product);
                String period = String.format("2025-%02d", month);
                String category = product % 2 == 0 ? "API" : "DATASET";
                if (jsonLines) {
                    w.write("{\"product_id\":\"" + id + "\",\"period\":\"" + period + "\",\"price\":" + p
                            + ",\"quantity\":" + q + ",\"category\":\"" + category + "\"}\n");
                } else {
                    w.write(id + ',' + period + ',' + p + ',' + q + ',' + category + '\n');
                }
            }
        }
        return file;
    }

    static String publisherKey() throws Exception {
        HttpResponse<String> res = send(admin, "/v1/api-keys", "application/json", HttpRequest.BodyPublishers.ofString(
                "{\"name\":\"trade load benchmark\",\"roles\":[\"INDEX_PUBLISHER\"]}"));
        require(res, 201);
        Matcher m = Pattern.compile("\"key\"\\s*:\\s*\"([^\"]+)\"").matcher(res.body());
        if (!m.find()) {
            throw new IllegalStateException(res.body());
        }
        return m.group(1);
    }

    static String define(String key) throws Exception {
        String id = "load-" + UUID.randomUUID().toString().substring(0, 8);
        StringBuilder calendar = new StringBuilder();
        for (int m = 1; m <= 12; m++) {
            calendar.append(m == 1 ? "" : ",").append(String.format(
                    "{\"period\":\"2025-%02d\",\"releaseAt\":\"2026-%02d-15T09:30:00+08:00\"}", m, m));
        }
        String body = "{\"id\":\"" + id + "\",\"nameEn\":\"Load benchmark\",\"nameZh\":\"负载基准\",\"method\":\"jevons\","
                + "\"parameters\":{},\"base\":{\"from\":\"2025-01\",\"referenceValue\":100},"
                + "\"categories\":[{\"code\":\"API\",\"nameEn\":\"APIs\",\"nameZh\":\"接口\"},"
                + "{\"code\":\"DATASET\",\"nameEn\":\"Datasets\",\"nameZh\":\"数据集\"}],"
                + "\"composite\":\"AGGREGATED\",\"weightPeriod\":\"2025-01\",\"calendar\":[" + calendar + "],"
                + "\"embargo\":{\"timeZone\":\"Asia/Shanghai\",\"publisherPreview\":true},"
                + "\"methodology\":{\"version\":\"1.0\",\"text\":\"Benchmark index.\"}}";
        require(send(key, "/v1/indices", "application/json", HttpRequest.BodyPublishers.ofString(body)), 201);
        return id;
    }

    static void post(String key, String index, Path file, String type, String label) throws Exception {
        AtomicLong rss = new AtomicLong();
        AtomicLong heap = new AtomicLong();
        Thread sampler = sampler(rss, heap);
        long cpu0 = cpuMillis();
        long t0 = System.nanoTime();
        HttpResponse<String> res = send(key, "/v1/indices/" + index + "/transactions", type,
                HttpRequest.BodyPublishers.ofFile(file));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        long cpu = cpuMillis() - cpu0;
        sampler.interrupt();
        sampler.join();
        System.out.printf("%s: %d in %,d ms (service CPU %,d ms); service peak RSS %,d MB, peak heap used %,d MB "
                + "(machine: %s)%n", label, res.statusCode(), ms, cpu, rss.get() >> 20, heap.get() >> 20, uptime());
        if (res.statusCode() != 201) {
            System.out.println("  " + res.body().substring(0, Math.min(600, res.body().length())));
        }
    }

    static Thread sampler(AtomicLong rss, AtomicLong heap) {
        Thread t = new Thread(() -> {
            long next = 0;
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                        if (line.startsWith("VmRSS:")) {
                            rss.accumulateAndGet(Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024, Math::max);
                        }
                    }
                    if (System.nanoTime() > next) {
                        heap.accumulateAndGet(heapUsed(), Math::max);
                        next = System.nanoTime() + 100_000_000L;
                    }
                    Thread.sleep(10);
                }
            } catch (InterruptedException e) {
                // done
            } catch (Exception e) {
                System.out.println("sampler: " + e);
            }
        });
        t.setDaemon(true);
        t.start();
        return t;
    }

    static long heapUsed() throws Exception {
        HttpResponse<String> res = CLIENT.send(HttpRequest.newBuilder(URI.create(base + "/prometheus"))
                .header("X-API-KEY", admin).timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
        double sum = 0;
        Matcher m = Pattern.compile("(?m)^jvm_memory_used_bytes\\{[^}]*area=\"heap\"[^}]*} ([0-9.E+]+)").matcher(res.body());
        while (m.find()) {
            sum += Double.parseDouble(m.group(1));
        }
        return (long) sum;
    }

    static HttpResponse<String> send(String key, String path, String type, HttpRequest.BodyPublisher body) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(5))
                .header("Content-Type", type).header("X-API-KEY", key)
                .header("Idempotency-Key", UUID.randomUUID().toString()).POST(body).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static void require(HttpResponse<String> res, int status) {
        if (res.statusCode() != status) {
            throw new IllegalStateException(res.statusCode() + " " + res.body());
        }
    }

    /** The service's CPU time so far (user + system, all threads; /proc/pid/stat at 100 ticks a second). */
    static long cpuMillis() {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10;
        } catch (IOException e) {
            return -1;
        }
    }

    static String uptime() {
        try {
            return "load average " + Files.readString(Path.of("/proc/loadavg")).split(" ", 4)[0];
        } catch (IOException e) {
            return "?";
        }
    }
}
