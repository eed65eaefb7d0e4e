import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load benchmark of the service path (issue 14, throughput): closed-loop clients against a running service on
 * this machine, then an exact count check of every write the service acknowledged.
 *
 * <p><b>Targets (issue 14), default H2 store, the project's 2 cores (service and this program on the same
 * machine):</b> {@code mixed} ≥ 1,500 req/s with p99 ≤ 50 ms; {@code compute} ≥ 4,000 req/s. Always: 0 errors
 * and the count check passing.
 *
 * <pre>
 *   ./mvnw -q -B -pl api -am package -DskipTests
 *   (mkdir -p /tmp/dp-load &amp;&amp; cd /tmp/dp-load &amp;&amp; java -Xmx512m -jar "$OLDPWD"/api/target/dataprice-api.jar) &amp;
 *   java benchmarks/load/MixedLoad.java --base http://127.0.0.1:8080 --key-file /tmp/dp-load/data/admin-api-key \
 *        --mode mixed --clients 20 --seconds 30
 *   java benchmarks/load/MixedLoad.java --base http://127.0.0.1:8080 --key-file /tmp/dp-load/data/admin-api-key \
 *        --mode compute --clients 20 --seconds 30
 * </pre>
 *
 * <p><b>Modes.</b> Every request body is an OpenAPI example, read from the api module's {@code *Examples} classes
 * (run from the repository root, or give {@code --repo}). {@code mixed}: each client repeatedly picks (seeded) a
 * valuation ({@code POST /v1/valuations}, the three-approach engagement with its own reference, 10 %), a
 * settlement ({@code POST /v1/settlements}, 10 %), a fixed-price purchase ({@code POST /v1/listings/{id}/purchases} by a second key, 30 %)
 * or a read (50 %: a valuation, settlement, listing or deal created in this run, by id); {@code --mix} changes the
 * shares (e.g. {@code 0,0,100,0} for purchases only, to cost one operation). Every 50th write of a
 * client is sent a second time with the same {@code Idempotency-Key} and must replay the same {@code Location}.
 * {@code compute}: NPV ({@code /v1/finance/npv}), Black–Scholes ({@code /v1/options/black-scholes}) and AHP
 * ({@code /v1/appraisal/quality}) in equal shares, each answer checked against the published figure.
 *
 * <p><b>Bounded.</b> {@code --stop-file PATH} ends the run early, once the file exists (a test that restarts
 * instances stops the load when its restarts are done); the window for req/s is then the time until it appeared.
 * At most 64 clients, 300 s (plus a warm-up of at most 60 s, whose requests are not timed),
 * every request has a 30 s time-out, and the target must be a loopback address (the program refuses any other:
 * it is a load generator, not to be pointed at someone else's service).
 *
 * <p><b>Retries (for balancers and restarts).</b> A write that fails with a connection error, 502, 503, 504 or
 * 409 ({@code idempotency-in-flight}, {@code conflict}) is sent again with the <em>same</em> key until it is
 * acknowledged or {@code --retry-for} seconds (default 60) have passed since its first attempt; reads are retried
 * the same way. Retried requests are counted; an operation that still fails is an error.
 *
 * <p><b>Count check (mixed).</b> Before and after the run it reads the ledger verification
 * ({@code GET /v1/ledgers/verification}: entries per hash-chained table, and that every chain verifies), the
 * valuation list's total and, after, every acknowledged write by id. It passes when: every acknowledged write
 * is found (valuations and settlements by their {@code Location}, purchases through their deal, whose
 * {@code sourceId} is the purchase); each ledger grew by exactly the number of acknowledged writes of its table
 * (valuations, settlements, purchases, deals = purchases); the run's product lists exactly the acknowledged
 * purchases, each once; the chains verify. It assumes nobody else writes to that store during the run.
 *
 * <p>Prints throughput, p50/p99/max per operation and in total, the load average of the machine before and
 * after (from {@code /proc/loadavg}), and a last {@code RESULT} line. Exit status: 0 passed, 1 errors or a
 * failed count check, 2 bad arguments or refused target, 3 a target given by {@code --min-rps} or
 * {@code --max-p99-ms} missed. A JDK 17 single-file program: no build needed.
 */
public class MixedLoad {
    static final int MAX_CLIENTS = 64;
    static final int MAX_SECONDS = 300;
    static final int MAX_WARMUP = 60;
    static final Duration TIMEOUT = Duration.ofSeconds(30);
    /**
     * Bound of the ledger verification of the count check: it re-hashes every chained record of the store (≈ 50 s for
     * 10⁵ records on a loaded 2-core machine), so it may exceed the per-request bound of the load itself.
     */
    static final Duration VERIFY_TIMEOUT = Duration.ofSeconds(300);
    static final String JSON = "application/json";

    /** Where the request bodies come from: the OpenAPI examples, which {@code OpenApiExamplesTest} posts in CI. */
    static final String VALUATION_EXAMPLES = "api/src/main/java/org/dataprice/api/valuation/ValuationExamples.java";
    static final String SPLIT_EXAMPLES = "api/src/main/java/org/dataprice/api/split/SplitExamples.java";
    static final String PRICING_EXAMPLES = "api/src/main/java/org/dataprice/api/pricing/PricingExamples.java";
    static final String FINANCE_EXAMPLES = "api/src/main/java/org/dataprice/api/finance/FinanceExamples.java";

    /** The request bodies, read once from the examples (see {@link #example}). */
    record Bodies(String engagement, String settlement, String listing, String npv, String blackScholes, String ahp) {
        static Bodies read(Path repo) throws IOException {
            return new Bodies(example(repo, VALUATION_EXAMPLES, "ENGAGEMENT"), example(repo, SPLIT_EXAMPLES, "SETTLEMENT"),
                    example(repo, PRICING_EXAMPLES, "LISTING_FIXED_PRICE"), example(repo, FINANCE_EXAMPLES, "NPV"),
                    example(repo, FINANCE_EXAMPLES, "BLACK_SCHOLES"), example(repo, VALUATION_EXAMPLES, "QUALITY"));
        }

        /** The engagement with its own reference (the example's, replaced). */
        String engagement(String reference) {
            return replaceOnce(engagement, "\"reference\": \"CQ-2025-0042\"", "\"reference\": \"" + reference + "\"");
        }

        /** The fixed-price listing of the example, for this run's product. */
        String listing(String product) {
            return replaceOnce(listing, "\"productId\": \"weather-api\"", "\"productId\": \"" + product + "\"");
        }
    }

    /**
     * The text block of constant {@code name} in an examples class of the api module ({@code public static final
     * String NAME = """ ... """;}), so that the load sends exactly the bodies the OpenAPI document publishes.
     */
    static String example(Path repo, String file, String name) throws IOException {
        Path path = repo.resolve(file);
        if (!Files.isRegularFile(path)) {
            throw new IllegalArgumentException(path + " not found: run from the repository root or give --repo DIR");
        }
        Matcher m = Pattern.compile("String " + name + " = \"\"\"\\n(.*?)\"\"\";", Pattern.DOTALL)
                .matcher(Files.readString(path));
        if (!m.find()) {
            throw new IllegalStateException("no example " + name + " in " + path);
        }
        return m.group(1).strip();
    }

    static String replaceOnce(String text, String what, String with) {
        if (!text.contains(what)) {
            throw new IllegalStateException("the example no longer contains " + what + ": update MixedLoad");
        }
        return text.replace(what, with);
    }

    static final Pattern ID = Pattern.compile("\"id\":\"([^\"]+)\"");
    static final Pattern DEAL_ID = Pattern.compile("\"dealId\":\"([^\"]+)\"");
    static final Pattern SOURCE_ID = Pattern.compile("\"sourceId\":\"([^\"]+)\"");
    static final Pattern KEY = Pattern.compile("\"key\":\"([^\"]+)\"");
    static final Pattern TOTAL = Pattern.compile("\"total\":(\\d+)");
    static final Pattern LEDGER = Pattern.compile("\"ledger\":\"([^\"]+)\",\"entries\":(\\d+)");

    enum Op { VALUATION, SETTLEMENT, PURCHASE, REPLAY, READ, NPV, BLACK_SCHOLES, AHP }

    /** A write the service acknowledged. */
    record Write(Op op, String key, String location, String id, String dealId) {
    }

    record Options(URI base, String key, String mode, int clients, int seconds, int warmup, long seed,
                   int retryFor, double minRps, double maxP99Ms, int[] mix, Path repo, Path stopFile) {
    }

    /** A growable array of longs (latencies in ns), one per client. */
    static final class Longs {
        long[] a = new long[1 << 12];
        int n;

        void add(long v) {
            if (n == a.length) {
                a = Arrays.copyOf(a, n * 2);
            }
            a[n++] = v;
        }
    }

    /** What one client saw. */
    static final class Tally {
        final Map<Op, Longs> latencies = new HashMap<>();
        final Map<Op, Long> errors = new HashMap<>();

        void ok(Op op, long ns) {
            latencies.computeIfAbsent(op, o -> new Longs()).add(ns);
        }

        void error(Op op) {
            errors.merge(op, 1L, Long::sum);
        }
    }

    /** An answer, or the failure of the last attempt. */
    record Answer(int status, String body, String location, boolean replayed, String failure) {
        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    final Options options;
    final HttpClient http;
    final String runId = UUID.randomUUID().toString().substring(0, 8);
    final ConcurrentLinkedQueue<Write> writes = new ConcurrentLinkedQueue<>();
    final List<String> readable = new CopyOnWriteArrayList<>();
    final AtomicLong retried = new AtomicLong();
    final AtomicLong unresolved = new AtomicLong();
    final AtomicLong replayMismatches = new AtomicLong();
    final Map<String, String> firstErrors = new ConcurrentHashMap<>();
    final Bodies examples;
    /** When the stop file appeared ({@code --stop-file}); no client starts an operation after it. */
    volatile long stopAt = Long.MAX_VALUE;
    String buyerKey;
    String listingId;

    MixedLoad(Options options) throws IOException {
        this.options = options;
        this.examples = Bodies.read(options.repo());
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("MixedLoad: " + e.getMessage());
            System.err.println("usage: java benchmarks/load/MixedLoad.java --base http://127.0.0.1:PORT "
                    + "(--key KEY | --key-file FILE) [--mode mixed|compute] [--clients 1..64] [--seconds 1..300] "
                    + "[--warmup 0..60] [--seed N] [--retry-for SECONDS] [--min-rps R] [--max-p99-ms MS] "
                    + "[--mix VALUATION,SETTLEMENT,PURCHASE,READ per cent, default 10,10,30,50] [--repo DIR, default .] [--stop-file PATH: stop early once it exists]");
            System.exit(2);
            return;
        }
        MixedLoad load;
        try {
            load = new MixedLoad(options);
        } catch (IllegalArgumentException e) {
            System.err.println("MixedLoad: " + e.getMessage());
            System.exit(2);
            return;
        }
        System.exit(load.run());
    }

    static Options parse(String[] args) throws IOException {
        Map<String, String> a = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 == args.length) {
                throw new IllegalArgumentException("expected --name value pairs, got " + args[i]);
            }
            a.put(args[i].substring(2), args[++i]);
        }
        Set<String> known = Set.of("base", "key", "key-file", "mode", "clients", "seconds", "warmup", "seed",
                "retry-for", "min-rps", "max-p99-ms", "mix", "repo", "stop-file");
        for (String name : a.keySet()) {
            if (!known.contains(name)) {
                throw new IllegalArgumentException("unknown option --" + name);
            }
        }
        URI base = URI.create(a.getOrDefault("base", "http://127.0.0.1:8080").replaceAll("/+$", ""));
        if (!"http".equals(base.getScheme()) && !"https".equals(base.getScheme()) || base.getHost() == null) {
            throw new IllegalArgumentException("--base must be an http(s) URL with a host, got " + base);
        }
        InetAddress[] addresses = InetAddress.getAllByName(base.getHost());
        for (InetAddress address : addresses) {
            if (!address.isLoopbackAddress()) {
                throw new IllegalArgumentException("refused: " + base.getHost() + " resolves to " + address.getHostAddress()
                        + ", not a loopback address; this load generator only runs against this machine");
            }
        }
        String key = a.get("key");
        if (key == null && a.containsKey("key-file")) {
            key = Files.readString(Path.of(a.get("key-file"))).trim();
        }
        if (key == null || key.isEmpty()) {
            throw new IllegalArgumentException("--key or --key-file is required (an API key holding ADMIN, APPRAISER "
                    + "and SETTLEMENT, e.g. the local admin key)");
        }
        String mode = a.getOrDefault("mode", "mixed");
        if (!mode.equals("mixed") && !mode.equals("compute")) {
            throw new IllegalArgumentException("--mode must be mixed or compute, got " + mode);
        }
        return new Options(base, key, mode, bounded(a, "clients", 20, 1, MAX_CLIENTS),
                bounded(a, "seconds", 30, 1, MAX_SECONDS), bounded(a, "warmup", 5, 0, MAX_WARMUP),
                Long.parseLong(a.getOrDefault("seed", "20261205")), bounded(a, "retry-for", 60, 0, 600),
                Double.parseDouble(a.getOrDefault("min-rps", "0")), Double.parseDouble(a.getOrDefault("max-p99-ms", "0")),
                mix(a.getOrDefault("mix", "10,10,30,50")), Path.of(a.getOrDefault("repo", ".")),
                a.containsKey("stop-file") ? Path.of(a.get("stop-file")) : null);
    }

    /** The mixed mode's shares in per cent: valuation, settlement, purchase, read (summing to 100). */
    static int[] mix(String text) {
        String[] parts = text.split(",");
        if (parts.length != 4) {
            throw new IllegalArgumentException("--mix takes four per-cent shares: valuation,settlement,purchase,read");
        }
        int[] cumulative = new int[4];
        int sum = 0;
        for (int i = 0; i < 4; i++) {
            int v = Integer.parseInt(parts[i].trim());
            if (v < 0) {
                throw new IllegalArgumentException("--mix shares must not be negative");
            }
            sum += v;
            cumulative[i] = sum;
        }
        if (sum != 100) {
            throw new IllegalArgumentException("--mix shares must sum to 100, got " + sum);
        }
        return cumulative;
    }

    static int bounded(Map<String, String> a, String name, int fallback, int min, int max) {
        int v = a.containsKey(name) ? Integer.parseInt(a.get(name)) : fallback;
        if (v < min || v > max) {
            throw new IllegalArgumentException("--" + name + " must be in " + min + ".." + max + ", got " + v);
        }
        return v;
    }

    int run() throws Exception {
        boolean mixed = options.mode().equals("mixed");
        System.out.printf(Locale.ROOT, "MixedLoad: mode=%s clients=%d seconds=%d warmup=%d seed=%d base=%s run=%s%n",
                options.mode(), options.clients(), options.seconds(), options.warmup(), options.seed(), options.base(),
                runId);
        String loadBefore = loadAverage();
        System.out.println("load average before: " + loadBefore);
        Map<String, Long> ledgersBefore = Map.of();
        long valuationsBefore = 0;
        if (mixed) {
            ledgersBefore = ledgers(true);
            valuationsBefore = valuationTotal();
            setUp();
        }
        Tally[] tallies = new Tally[options.clients()];
        // daemon threads: a failure of the main thread (e.g. the count check) ends the program instead of leaving the
        // idle client threads keeping the JVM alive
        ExecutorService pool = Executors.newFixedThreadPool(options.clients(), r -> {
            Thread t = new Thread(r);
            t.setDaemon(true);
            return t;
        });
        long start = System.nanoTime();
        long measureFrom = start + options.warmup() * 1_000_000_000L;
        long end = measureFrom + options.seconds() * 1_000_000_000L;
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < options.clients(); c++) {
            Tally tally = new Tally();
            tallies[c] = tally;
            SplittableRandom rng = new SplittableRandom(options.seed() * 1_000_003L + c);
            int client = c;
            running.add(pool.submit(() -> client(client, rng, tally, measureFrom, end, mixed)));
        }
        Thread.sleep(Math.max(0, (measureFrom - System.nanoTime()) / 1_000_000));
        double cpuFrom = serviceCpuNs();
        while (options.stopFile() != null && !running.stream().allMatch(Future::isDone)) {
            if (Files.exists(options.stopFile())) {
                stopAt = System.nanoTime();
                break;
            }
            Thread.sleep(200);
        }
        for (Future<?> f : running) {
            f.get();
        }
        long finished = System.nanoTime();
        double cpuTo = serviceCpuNs();
        String loadAfter = loadAverage();
        double window = (Math.min(end, stopAt) - measureFrom) / 1e9;
        System.out.printf(Locale.ROOT, "ran %.1f s (warm-up %d s not timed); load average after: %s%n",
                (finished - start) / 1e9, options.warmup(), loadAfter);
        Summary total = report(tallies, window);
        double cpuMsPerRequest = Double.isNaN(cpuFrom) || Double.isNaN(cpuTo) || total.count == 0 ? Double.NaN
                : (cpuTo - cpuFrom) / 1e6 / total.count;
        System.out.printf(Locale.ROOT, "service CPU: %.2f ms per timed request (process_cpu_time_ns_total; %.2f cores "
                + "busy on average; of the one instance that answered /prometheus: meaningless behind a balancer), "
                + "a figure that depends less on other load of the machine than req/s%n",
                cpuMsPerRequest, (cpuTo - cpuFrom) / 1e9 / ((finished - measureFrom) / 1e9));
        boolean passed = total.errors == 0 && unresolved.get() == 0 && replayMismatches.get() == 0;
        if (!firstErrors.isEmpty()) {
            System.out.println("first errors:");
            firstErrors.forEach((k, v) -> System.out.println("  " + k + ": " + v));
        }
        String check = "n/a";
        if (mixed) {
            boolean counts = countCheck(ledgersBefore, valuationsBefore, pool);
            check = counts ? "PASS" : "FAIL";
            passed &= counts;
        }
        pool.shutdownNow();
        System.out.printf(Locale.ROOT, "RESULT mode=%s clients=%d seconds=%d rps=%.0f p50_ms=%.1f p99_ms=%.1f "
                        + "max_ms=%.1f cpu_ms_per_request=%.2f requests=%d errors=%d retried=%d replay_mismatches=%d count_check=%s "
                        + "load_before=\"%s\" load_after=\"%s\"%n",
                options.mode(), options.clients(), options.seconds(), total.rps, total.p50, total.p99, total.max,
                cpuMsPerRequest, total.count, total.errors + unresolved.get(), retried.get(), replayMismatches.get(), check,
                loadBefore, loadAfter);
        if (!passed) {
            System.out.println("FAILED: errors, unacknowledged writes, replay mismatches or the count check (see above)");
            return 1;
        }
        if (options.minRps() > 0 && total.rps < options.minRps()
                || options.maxP99Ms() > 0 && total.p99 > options.maxP99Ms()) {
            System.out.printf(Locale.ROOT, "TARGET MISSED: wanted >= %.0f req/s and p99 <= %.1f ms%n",
                    options.minRps(), options.maxP99Ms());
            return 3;
        }
        return 0;
    }

    // ----------------------------------------------------------------------------------------------------------
    // Set-up: a buyer key, a fixed-price listing of this run's product, one write of each kind (reads need them).
    // ----------------------------------------------------------------------------------------------------------

    void setUp() throws Exception {
        Answer key = send("POST", "/v1/api-keys", options.key(), UUID.randomUUID().toString(),
                "{\"name\":\"load-buyer-" + runId + "\",\"roles\":[\"READER\"]}");
        buyerKey = mustMatch(KEY, key, "POST /v1/api-keys");
        Answer listing = send("POST", "/v1/listings", options.key(), UUID.randomUUID().toString(),
                examples.listing(product()));
        listingId = mustMatch(ID, listing, "POST /v1/listings");
        readable.add("/v1/listings/" + listingId);
        SplittableRandom rng = new SplittableRandom(options.seed());
        for (Op op : new Op[]{Op.VALUATION, Op.SETTLEMENT, Op.PURCHASE}) {
            if (write(op, rng, -1, new Tally(), 0) == null) {
                throw new IllegalStateException("set-up " + op + " failed: " + firstErrors);
            }
        }
    }

    String product() {
        return "load-" + runId;
    }

    // ----------------------------------------------------------------------------------------------------------
    // The clients
    // ----------------------------------------------------------------------------------------------------------

    Void client(int client, SplittableRandom rng, Tally tally, long measureFrom, long end, boolean mixed) {
        int writesDone = 0;
        while (true) {
            long t0 = System.nanoTime();
            if (t0 >= end || t0 >= stopAt) {
                return null;
            }
            long timedFrom = t0 >= measureFrom ? t0 : Long.MAX_VALUE;
            try {
                if (mixed) {
                    int r = rng.nextInt(100);
                    int[] mix = options.mix();
                    Op op = r < mix[0] ? Op.VALUATION : r < mix[1] ? Op.SETTLEMENT : r < mix[2] ? Op.PURCHASE : Op.READ;
                    if (op == Op.READ) {
                        read(rng, tally, timedFrom, end);
                    } else {
                        Write w = write(op, rng, client, tally, timedFrom);
                        if (w != null && ++writesDone % 50 == 0) {
                            replay(w, tally, end);
                        }
                    }
                } else {
                    int r = rng.nextInt(3);
                    compute(r == 0 ? Op.NPV : r == 1 ? Op.BLACK_SCHOLES : Op.AHP, tally, timedFrom, end);
                }
            } catch (Exception e) {
                tally.error(Op.READ);
                firstErrors.putIfAbsent("client exception", e.toString());
            }
        }
    }

    final Map<String, String> bodies = new ConcurrentHashMap<>();

    /** One write with a fresh key, retried with that key until acknowledged; null when it was not. */
    Write write(Op op, SplittableRandom rng, int client, Tally tally, long timedFrom) throws Exception {
        String key = UUID.randomUUID().toString();
        String path;
        String body;
        String as = options.key();
        switch (op) {
            case VALUATION -> {
                path = "/v1/valuations";
                body = examples.engagement("LOAD-" + runId + "-" + key.substring(0, 8));
            }
            case SETTLEMENT -> {
                path = "/v1/settlements";
                body = examples.settlement();
            }
            case PURCHASE -> {
                path = "/v1/listings/" + listingId + "/purchases";
                body = "{\"volume\": " + (1 + rng.nextInt(20_000)) + "}";
                as = buyerKey;
            }
            default -> throw new IllegalArgumentException(op.name());
        }
        long t0 = System.nanoTime();
        Answer a = sendRetrying("POST", path, as, key, body, t0);
        long ns = System.nanoTime() - t0;
        if (!a.ok()) {
            unresolved.incrementAndGet();
            tally.error(op);
            firstErrors.putIfAbsent(op + " " + a.status(), a.failure() != null ? a.failure() : snippet(a.body()));
            return null;
        }
        if (t0 >= timedFrom) {
            tally.ok(op, ns);
        }
        String id = find(ID, a.body());
        String dealId = op == Op.PURCHASE ? find(DEAL_ID, a.body()) : null;
        Write w = new Write(op, key, a.location(), id, dealId);
        writes.add(w);
        bodies.put(key, body);
        readable.add(op == Op.PURCHASE ? "/v1/deals/" + dealId : a.location());
        return w;
    }

    /** Sends an acknowledged write again with the same key: it must replay the same Location. */
    void replay(Write w, Tally tally, long end) throws Exception {
        String path = switch (w.op()) {
            case VALUATION -> "/v1/valuations";
            case SETTLEMENT -> "/v1/settlements";
            default -> "/v1/listings/" + listingId + "/purchases";
        };
        long t0 = System.nanoTime();
        Answer a = sendRetrying("POST", path, w.op() == Op.PURCHASE ? buyerKey : options.key(), w.key(),
                bodies.get(w.key()), t0);
        if (!a.ok() || !w.location().equals(a.location())) {
            replayMismatches.incrementAndGet();
            firstErrors.putIfAbsent("replay " + w.op(), a.status() + " " + a.location() + " instead of " + w.location()
                    + (a.failure() != null ? " " + a.failure() : ""));
        } else if (t0 < end) {
            tally.ok(Op.REPLAY, System.nanoTime() - t0);
        }
    }

    void read(SplittableRandom rng, Tally tally, long timedFrom, long end) throws Exception {
        int n = readable.size();
        // Mostly recent resources (as a market reads what it just wrote), sometimes any of them.
        int i = rng.nextInt(4) == 0 ? rng.nextInt(n) : Math.max(0, n - 1 - rng.nextInt(Math.min(n, 200)));
        String path = readable.get(i);
        long t0 = System.nanoTime();
        Answer a = sendRetrying("GET", path, options.key(), null, null, t0);
        if (!a.ok()) {
            tally.error(Op.READ);
            firstErrors.putIfAbsent("READ " + a.status(), path + " " + (a.failure() != null ? a.failure() : snippet(a.body())));
        } else if (t0 >= timedFrom) {
            tally.ok(Op.READ, System.nanoTime() - t0);
        }
    }

    void compute(Op op, Tally tally, long timedFrom, long end) throws Exception {
        String path;
        String body;
        String expect;
        switch (op) {
            case NPV -> {
                path = "/v1/finance/npv";
                body = examples.npv();
                expect = "\"npv\":1188.44";
            }
            case BLACK_SCHOLES -> {
                path = "/v1/options/black-scholes";
                body = examples.blackScholes();
                expect = "\"price\":2.1333";
            }
            default -> {
                path = "/v1/appraisal/quality";
                body = examples.ahp();
                expect = "\"weights\":[0.75,0.25]";
            }
        }
        long t0 = System.nanoTime();
        Answer a = sendRetrying("POST", path, options.key(), null, body, t0);
        long ns = System.nanoTime() - t0;
        if (!a.ok() || !a.body().contains(expect)) {
            tally.error(op);
            firstErrors.putIfAbsent(op + " " + a.status(), a.failure() != null ? a.failure() : snippet(a.body()));
        } else if (t0 >= timedFrom) {
            tally.ok(op, ns);
        }
    }

    // ----------------------------------------------------------------------------------------------------------
    // HTTP
    // ----------------------------------------------------------------------------------------------------------

    Answer sendRetrying(String method, String path, String apiKey, String idempotencyKey, String body, long firstAttempt)
            throws InterruptedException {
        long deadline = firstAttempt + options.retryFor() * 1_000_000_000L;
        long backoffMs = 20;
        while (true) {
            Answer a = send(method, path, apiKey, idempotencyKey, body);
            boolean retryable = a.failure() != null || a.status() == 502 || a.status() == 503 || a.status() == 504
                    || a.status() == 409 && (a.body().contains("idempotency-in-flight") || a.body().contains("/conflict"));
            if (!retryable || System.nanoTime() + backoffMs * 1_000_000L > deadline) {
                return a;
            }
            retried.incrementAndGet();
            Thread.sleep(backoffMs);
            backoffMs = Math.min(1_000, backoffMs * 2);
        }
    }

    Answer send(String method, String path, String apiKey, String idempotencyKey, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(options.base().resolve(path))
                .timeout(path.startsWith("/v1/ledgers/verification") ? VERIFY_TIMEOUT : TIMEOUT)
                .header("X-API-KEY", apiKey).header("Accept", path.equals("/prometheus") ? "text/plain" : JSON);
        if (idempotencyKey != null) {
            b.header("Idempotency-Key", idempotencyKey);
        }
        if (body != null) {
            b.header("Content-Type", JSON).method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        try {
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(r.statusCode(), r.body(), r.headers().firstValue("Location").orElse(null),
                    r.headers().firstValue("Idempotent-Replayed").map("true"::equals).orElse(false), null);
        } catch (IOException e) {
            return new Answer(0, "", null, false, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(0, "", null, false, e.toString());
        }
    }

    Answer get(String path) throws InterruptedException {
        return sendRetrying("GET", path, options.key(), null, null, System.nanoTime());
    }

    // ----------------------------------------------------------------------------------------------------------
    // The count check
    // ----------------------------------------------------------------------------------------------------------

    Map<String, Long> ledgers(boolean mustVerify) throws Exception {
        Answer a = get("/v1/ledgers/verification");
        if (!a.ok()) {
            throw new IllegalStateException("GET /v1/ledgers/verification: " + a.status() + " " + snippet(a.body()));
        }
        if (mustVerify && !a.body().contains("\"status\":\"OK\"")) {
            throw new IllegalStateException("the ledgers do not verify before the run: " + snippet(a.body()));
        }
        Map<String, Long> entries = new LinkedHashMap<>();
        Matcher m = LEDGER.matcher(a.body());
        while (m.find()) {
            entries.put(m.group(1), Long.parseLong(m.group(2)));
        }
        entries.put("__ok", a.body().contains("\"status\":\"OK\"") ? 1L : 0L);
        return entries;
    }

    long valuationTotal() throws Exception {
        Answer a = get("/v1/valuations?size=1");
        return Long.parseLong(mustMatch(TOTAL, a, "GET /v1/valuations"));
    }

    boolean countCheck(Map<String, Long> before, long valuationsBefore, ExecutorService pool) throws Exception {
        Map<Op, List<Write>> byOp = new HashMap<>();
        for (Write w : writes) {
            byOp.computeIfAbsent(w.op(), o -> new ArrayList<>()).add(w);
        }
        int valuations = byOp.getOrDefault(Op.VALUATION, List.of()).size();
        int settlements = byOp.getOrDefault(Op.SETTLEMENT, List.of()).size();
        int purchases = byOp.getOrDefault(Op.PURCHASE, List.of()).size();
        boolean ok = true;
        System.out.printf(Locale.ROOT, "count check: acknowledged %d valuations, %d settlements, %d purchases "
                + "(%d unacknowledged writes)%n", valuations, settlements, purchases, unresolved.get());

        // 1. Every acknowledged write is found by id, and no two keys were given the same resource.
        Set<String> ids = new HashSet<>();
        for (Write w : writes) {
            if (w.id() == null || !ids.add(w.op() + "/" + w.id())) {
                ok = false;
                System.out.println("  FAIL two acknowledged writes answered the same id (or none): " + w);
            }
        }
        List<Write> all = new ArrayList<>(writes);
        AtomicLong missing = new AtomicLong();
        List<Future<?>> checks = new ArrayList<>();
        int parts = options.clients();
        for (int p = 0; p < parts; p++) {
            int part = p;
            checks.add(pool.submit(() -> {
                for (int i = part; i < all.size(); i += parts) {
                    Write w = all.get(i);
                    String path = w.op() == Op.PURCHASE ? "/v1/deals/" + w.dealId() : w.location();
                    Answer a = get(path);
                    boolean found = a.ok() && (w.op() != Op.PURCHASE || w.id().equals(find(SOURCE_ID, a.body())));
                    if (!found) {
                        missing.incrementAndGet();
                        firstErrors.putIfAbsent("missing " + w.op(), path + " " + a.status());
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : checks) {
            f.get();
        }
        ok &= line(missing.get() == 0, "every acknowledged write found by id", all.size() - missing.get(), all.size());

        // 2. Each hash-chained table grew by exactly the acknowledged writes, and every chain verifies.
        Map<String, Long> after = ledgers(false);
        ok &= line(after.get("__ok") == 1L, "ledger verification status OK (hash chains intact)", after.get("__ok"), 1);
        ok &= line(delta(before, after, "valuations") == valuations, "ledger valuations +", delta(before, after, "valuations"), valuations);
        ok &= line(delta(before, after, "settlements") == settlements, "ledger settlements +", delta(before, after, "settlements"), settlements);
        ok &= line(delta(before, after, "purchases") == purchases, "ledger purchases +", delta(before, after, "purchases"), purchases);
        ok &= line(delta(before, after, "deals") == purchases, "ledger deals +", delta(before, after, "deals"), purchases);
        long valuationsAfter = valuationTotal();
        ok &= line(valuationsAfter - valuationsBefore == valuations, "valuation list total +",
                valuationsAfter - valuationsBefore, valuations);

        // 3. The run's product lists exactly the acknowledged purchases, each once.
        Map<String, Integer> listed = new HashMap<>();
        for (int page = 0; ; page++) {
            Answer a = get("/v1/deals?productId=" + product() + "&size=1000&page=" + page);
            if (!a.ok()) {
                throw new IllegalStateException("GET /v1/deals: " + a.status() + " " + snippet(a.body()));
            }
            Matcher m = SOURCE_ID.matcher(a.body());
            int n = 0;
            while (m.find()) {
                listed.merge(m.group(1), 1, Integer::sum);
                n++;
            }
            if (n < 1000) {
                break;
            }
        }
        Set<String> acknowledged = new HashSet<>();
        for (Write w : byOp.getOrDefault(Op.PURCHASE, List.of())) {
            acknowledged.add(w.id());
        }
        long twice = listed.values().stream().filter(c -> c > 1).count();
        ok &= line(listed.keySet().equals(acknowledged) && twice == 0,
                "deals of product " + product() + " = acknowledged purchases, each once", listed.size(), purchases);
        return ok;
    }

    static long delta(Map<String, Long> before, Map<String, Long> after, String ledger) {
        return after.getOrDefault(ledger, -1L) - before.getOrDefault(ledger, 0L);
    }

    static boolean line(boolean ok, String what, long found, long expected) {
        System.out.printf(Locale.ROOT, "  %s %s: %d (expected %d)%n", ok ? "ok  " : "FAIL", what, found, expected);
        return ok;
    }

    // ----------------------------------------------------------------------------------------------------------
    // Report
    // ----------------------------------------------------------------------------------------------------------

    record Summary(long count, long errors, double rps, double p50, double p99, double max) {
    }

    Summary report(Tally[] tallies, double seconds) {
        System.out.printf(Locale.ROOT, "%-14s %9s %9s %8s %8s %8s %7s%n", "operation", "count", "req/s", "p50 ms",
                "p99 ms", "max ms", "errors");
        Longs everything = new Longs();
        long errors = 0;
        for (Op op : Op.values()) {
            Longs merged = new Longs();
            long err = 0;
            for (Tally t : tallies) {
                Longs l = t.latencies.get(op);
                if (l != null) {
                    for (int i = 0; i < l.n; i++) {
                        merged.add(l.a[i]);
                        everything.add(l.a[i]);
                    }
                }
                err += t.errors.getOrDefault(op, 0L);
            }
            if (merged.n == 0 && err == 0) {
                continue;
            }
            errors += err;
            print(op.name().toLowerCase(Locale.ROOT), merged, err, seconds);
        }
        System.out.printf(Locale.ROOT, "(retried requests: %d)%n", retried.get());
        return print("TOTAL", everything, errors, seconds);
    }

    static Summary print(String name, Longs l, long errors, double seconds) {
        long[] sorted = Arrays.copyOf(l.a, l.n);
        Arrays.sort(sorted);
        double p50 = percentile(sorted, 0.50);
        double p99 = percentile(sorted, 0.99);
        double max = sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6;
        double rps = l.n / seconds;
        System.out.printf(Locale.ROOT, "%-14s %9d %9.0f %8.1f %8.1f %8.1f %7d%n", name, l.n, rps, p50, p99, max, errors);
        return new Summary(l.n, errors, rps, p50, p99, max);
    }

    /** The nearest-rank percentile, in ms. */
    static double percentile(long[] sorted, double q) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(q * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }

    static final Pattern CPU = Pattern.compile("(?m)^process_cpu_time_ns_total(?:\\{[^}]*\\})? ([0-9.eE+]+)$");

    /** The service process's CPU time from its Prometheus endpoint (needs ADMIN), NaN when not available. */
    double serviceCpuNs() {
        try {
            Answer a = send("GET", "/prometheus", options.key(), null, null);
            String v = a.ok() ? find(CPU, a.body()) : null;
            return v == null ? Double.NaN : Double.parseDouble(v);
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }

    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | RuntimeException e) {
            return "n/a";
        }
    }

    static String find(Pattern p, String body) {
        Matcher m = p.matcher(body == null ? "" : body);
        return m.find() ? m.group(1) : null;
    }

    static String mustMatch(Pattern p, Answer a, String what) {
        String v = a.ok() ? find(p, a.body()) : null;
        if (v == null) {
            throw new IllegalStateException(what + " answered " + a.status() + " "
                    + (a.failure() != null ? a.failure() : snippet(a.body())));
        }
        return v;
    }

    static String snippet(String body) {
        return body == null ? "" : body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }
}
