import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Load check of the API path of issue 10's settlement target: {@code POST /v1/settlements} with 10,000
 * parties × 13 periods (dividends pro rata to integer weights), computation + persistence + response;
 * then reads the last one back: its summary, the first page of 1,000 statements of period 0, and one
 * party's statements (each three times).
 *
 * <p><b>Target (issue 10): ≤ 1 s per request and ≤ 512 MB heap.</b> Start the service with the heap pinned,
 * so a request that needed more fails instead of passing:
 * <pre>
 *   java -Xmx512m -jar api/target/dataprice-api.jar
 *   java benchmarks/load/SettlementLoad.java http://localhost:8080 "$(cat data/admin-api-key)" [parties] [periods] [runs]
 * </pre>
 * Prints the wall time of each request (the first is a warm-up) and the median of the rest. A JDK 17
 * single-file program: no build needed.
 */
public class SettlementLoad {
    public static void main(String[] args) throws Exception {
        String base = args[0];
        String key = args[1];
        int parties = args.length > 2 ? Integer.parseInt(args[2]) : 10_000;
        int periods = args.length > 3 ? Integer.parseInt(args[3]) : 13;
        int runs = args.length > 4 ? Integer.parseInt(args[4]) : 6;
        String body = body(parties, periods);
        System.out.printf("body: %,d bytes, %d parties x %d periods%n", body.length(), parties, periods);
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        long[] ms = new long[runs];
        String location = null;
        for (int r = 0; r < runs; r++) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/v1/settlements"))
                    .timeout(Duration.ofMinutes(2))
                    .header("Content-Type", "application/json").header("X-API-KEY", key)
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            long t0 = System.nanoTime();
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            ms[r] = (System.nanoTime() - t0) / 1_000_000;
            System.out.printf("run %d: %d in %,d ms, response %,d bytes%n", r, response.statusCode(), ms[r],
                    response.body().length);
            if (response.statusCode() != 201) {
                System.out.println(new String(response.body(), 0, Math.min(2000, response.body().length)));
                System.exit(1);
            }
            location = response.headers().firstValue("Location").orElseThrow();
        }
        for (String read : new String[]{location, location + "/periods/0/statements?size=1000",
                location + "/statements/party-0"}) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + read)).timeout(Duration.ofMinutes(2))
                    .header("X-API-KEY", key).GET().build();
            for (int r = 0; r < 3; r++) {
                long t0 = System.nanoTime();
                HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                System.out.printf("GET %s: %d in %,d ms, %,d bytes%n", read.replace(location, "{settlement}"),
                        response.statusCode(), (System.nanoTime() - t0) / 1_000_000, response.body().length);
            }
        }
        long[] rest = java.util.Arrays.copyOfRange(ms, 1, runs);
        java.util.Arrays.sort(rest);
        System.out.printf("median of runs 1..%d: %,d ms (target <= 1,000 ms)%n", runs - 1, rest[rest.length / 2]);
    }

    static String body(int parties, int periods) {
        SplittableRandom rng = new SplittableRandom(20261201L);
        StringBuilder b = new StringBuilder("{\"currency\":\"CNY\",\"parties\":[");
        for (int i = 0; i < parties; i++) {
            b.append(i == 0 ? "" : ",").append("{\"id\":\"party-").append(i).append("\",\"principals\":[]}");
        }
        b.append("],\"periods\":[");
        for (int p = 0; p < periods; p++) {
            b.append(p == 0 ? "" : ",").append("{\"label\":\"2025-P").append(p)
                    .append("\",\"pool\":\"1000000.00\",\"terms\":{\"dividend\":{\"basis\":\"VALUE\",\"weights\":[");
            for (int i = 0; i < parties; i++) {
                b.append(i == 0 ? "" : ",").append("{\"party\":\"party-").append(i).append("\",\"weight\":\"")
                        .append(1 + rng.nextInt(1000)).append("\"}");
            }
            b.append("]}}}");
        }
        return b.append("]}").toString();
    }
}
