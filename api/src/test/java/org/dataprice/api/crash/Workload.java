package org.dataprice.api.crash;

import org.dataprice.api.TestCredentials;
import org.dataprice.api.security.Role;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keyed writes of every kind the service acknowledges — valuations, settlements, fixed-price
 * purchases (each also records a deal), listings, negotiations and index trades — each with its own
 * {@code Idempotency-Key}, and the book of what was sent and what was acknowledged: a key whose
 * request answered 2xx is <em>acknowledged</em> with the id of what it created; a key whose request
 * failed in transport (the service died, a time-out) is <em>unanswered</em> and must be retried.
 */
final class Workload {
    /** A kind of write: its table (to count rows) and how its id is read from the answer. */
    enum Kind {
        VALUATION("valuation"), SETTLEMENT("split_settlement"), PURCHASE("pricing_purchase"),
        LISTING("pricing_listing"), NEGOTIATION("pricing_negotiation"), INDEX_TRADE("index_load");

        final String table;

        Kind(String table) {
            this.table = table;
        }
    }

    /** One keyed request, replayable byte for byte. */
    record Write(Kind kind, String key, String path, String body, String token) {
    }

    /** What a request answered: status, id (2xx), whether it was a replay; status -1 = no answer. */
    record Answer(int status, String id, boolean replayed, String body) {
        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    private static final Pattern ID = Pattern.compile("\"(?:id|loadId)\"\\s*:\\s*\"([^\"]+)\"");
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    static final String INDEX_ID = "crash-idx";

    private final String seller = token("crash-seller", Role.READER);
    private final String buyer = token("crash-buyer", Role.READER);
    private final String appraiser = token("crash-appraiser", Role.APPRAISER);
    private final String settler = token("crash-settler", Role.SETTLEMENT);
    private final String publisher = token("crash-publisher", Role.INDEX_PUBLISHER);
    private final AtomicInteger sequence = new AtomicInteger();
    /** Every key sent, with its request. */
    final Map<String, Write> sent = new ConcurrentHashMap<>();
    /** Acknowledged keys and the ids they created. */
    final Map<String, String> acknowledged = new ConcurrentHashMap<>();
    /** Rows created by {@link #setUp}, per table. */
    final Map<Kind, Integer> setUpRows = new EnumMap<>(Kind.class);
    private String fixedListing;
    private String negotiableListing;

    private static String token(String subject, Role role) {
        return TestCredentials.jwt(subject, Instant.now().plus(Duration.ofMinutes(30)), ServiceProcess.JWT_SECRET, role);
    }

    /**
     * Creates the listings the purchases and negotiations need and the index the trades go to.
     *
     * @param base the service
     */
    void setUp(URI base) {
        fixedListing = created(base, new Write(Kind.LISTING, UUID.randomUUID().toString(), "/v1/listings", """
                {"productId":"crash-fixed","category":"ENTERPRISE","use":"INDUSTRY","unit":"PER_CALL","mode":"FIXED_PRICE",
                 "quote":{"amount":"0.10","currency":"CNY"},"validFrom":"%s","validUntil":"%s",
                 "volumeTiers":[{"fromVolume":0,"unitPrice":{"amount":"0.10","currency":"CNY"}},
                                {"fromVolume":1000,"unitPrice":{"amount":"0.08","currency":"CNY"}}],
                 "subscriptions":[]}""".formatted(Instant.now().minus(Duration.ofDays(1)),
                Instant.now().plus(Duration.ofDays(365))), seller));
        negotiableListing = created(base, new Write(Kind.LISTING, UUID.randomUUID().toString(), "/v1/listings",
                listing("crash-negotiable", "NEGOTIATED"), seller));
        setUpRows.put(Kind.LISTING, 2);
        Answer index = send(base, new Write(Kind.INDEX_TRADE, UUID.randomUUID().toString(), "/v1/indices", """
                {"id":"%s","nameEn":"Crash index","nameZh":"崩溃测试指数","method":"jevons",
                 "base":{"from":"2025-01","referenceValue":100},
                 "calendar":[{"period":"2025-02","releaseAt":"2025-03-15T09:30:00Z"}],
                 "embargo":{"timeZone":"UTC","publisherPreview":true},
                 "methodology":{"version":"1.0","text":"Jevons."}}""".formatted(INDEX_ID), publisher),
                Duration.ofSeconds(30));
        if (!index.ok() && index.status() != 409) { // 409: defined by an earlier set-up on this store
            throw new IllegalStateException("set-up of the index answered " + index.status() + ": " + index.body());
        }
    }

    /**
     * @param reference the engagement's report reference
     * @return a keyed valuation write (an appraiser's)
     */
    Write valuationWrite(String reference) {
        return new Write(Kind.VALUATION, "valuation-" + UUID.randomUUID(), "/v1/valuations", valuation(reference), appraiser);
    }

    /** @return a token holding APPRAISER */
    String appraiserToken() {
        return appraiser;
    }

    /** @return a token holding SETTLEMENT */
    String settlerToken() {
        return settler;
    }

    private static String listing(String product, String mode) {
        return """
                {"productId":"%s","category":"ENTERPRISE","use":"INDUSTRY","unit":"ONE_OFF","mode":"%s",
                 "quote":{"amount":"1000.00","currency":"CNY"},"validFrom":"%s","validUntil":"%s"}"""
                .formatted(product, mode, Instant.now().minus(Duration.ofDays(1)), Instant.now().plus(Duration.ofDays(365)));
    }

    private String created(URI base, Write write) {
        Answer answer = send(base, write, Duration.ofSeconds(30));
        if (!answer.ok()) {
            throw new IllegalStateException("set-up " + write.path() + " answered " + answer.status() + ": " + answer.body());
        }
        return answer.id();
    }

    /** @return the next write, cycling through every kind */
    Write next() {
        int n = sequence.incrementAndGet();
        Kind kind = Kind.values()[n % Kind.values().length];
        String key = "crash-" + n + "-" + UUID.randomUUID();
        Write write = switch (kind) {
            case VALUATION -> new Write(kind, key, "/v1/valuations", valuation(key), appraiser);
            case SETTLEMENT -> new Write(kind, key, "/v1/settlements", settlement(n), settler);
            case PURCHASE -> new Write(kind, key, "/v1/listings/" + fixedListing + "/purchases",
                    "{\"volume\":" + (100 + n % 5000) + "}", buyer);
            case LISTING -> new Write(kind, key, "/v1/listings", listing("crash-p" + n, "NEGOTIATED"), seller);
            case NEGOTIATION -> new Write(kind, key, "/v1/negotiations", """
                    {"listingId":"%s","first":"BUYER","deadline":"%s","maxRounds":10}"""
                    .formatted(negotiableListing, Instant.now().plus(Duration.ofDays(30))), buyer);
            case INDEX_TRADE -> new Write(kind, key, "/v1/indices/" + INDEX_ID + "/transactions", """
                    {"productId":"crash-%d","period":"2025-0%d","price":%d.5,"quantity":%d}"""
                    .formatted(n, 1 + n % 3, 10 + n % 90, 1 + n % 7), publisher);
        };
        sent.put(key, write);
        return write;
    }

    /**
     * @param reference the engagement's reference
     * @return a small valuation request (income approach, drivers incomeScale, discountRate)
     */
    static String valuation(String reference) {
        return """
                {"reference":"%s",
                 "asset":{"name":"Crash-test dataset","structure":"table","dictionary":"a, b","size":"1 GB",
                          "period":"2024","updateFrequency":"daily","storage":"disk"},
                 "right":"PRODUCT_OPERATION","purpose":"pledge financing","basisOfValue":"market value",
                 "valuationDate":"2024-12-31","appraiser":"A. Appraiser",
                 "assumptions":["going concern"],"limitingConditions":["none"],
                 "quality":{"matrix":[[1,3],[0.3333333333333333,1]],
                   "criteria":[{"id":"accuracy","label":"accuracy","score":0.9},{"id":"timeliness","label":"timeliness","score":0.6}]},
                 "income":{"weight":1.0,"reason":"income is forecastable","inputs":
                   {"forecast":{"kind":"SHARE","amounts":[400,420,430,450,440],"shareRate":0.1539},
                    "discountRate":{"riskFree":0.06,"premia":[{"name":"risk","rate":0.04}]}}}}""".formatted(reference);
    }

    private static String settlement(int n) {
        return """
                {"currency":"CNY","parties":[{"id":"A","principals":["crash-a"]},{"id":"B","principals":[]}],
                 "periods":[{"label":"P%d","pool":"%d.%02d","terms":{
                    "dividend":{"basis":"VALUE","weights":[{"party":"A","weight":"2"},{"party":"B","weight":"1"}]}}}]}"""
                .formatted(n, 1000 + n, n % 100);
    }

    /**
     * Sends a write and books its answer.
     *
     * @param base    the service
     * @param write   the write
     * @param timeout the client's patience
     * @return the answer (status -1 when none came)
     */
    Answer send(URI base, Write write, Duration timeout) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(write.path())).timeout(timeout)
                .header("Authorization", "Bearer " + write.token())
                .header("Idempotency-Key", write.key())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(write.body())).build();
        try {
            HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            String id = idOf(response).orElse(null);
            Answer answer = new Answer(response.statusCode(), id,
                    "true".equals(response.headers().firstValue("Idempotent-Replayed").orElse(null)), response.body());
            if (answer.ok() && sent.containsKey(write.key())) {
                if (id == null) {
                    throw new IllegalStateException(write.path() + " answered " + answer.status() + " without an id");
                }
                String before = acknowledged.putIfAbsent(write.key(), id);
                if (before != null && !before.equals(id)) {
                    throw new AssertionError("key " + write.key() + " was acknowledged as " + before + " and then as " + id);
                }
            }
            return answer;
        } catch (IOException e) {
            return new Answer(-1, null, false, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(-1, null, false, "interrupted");
        }
    }

    private static Optional<String> idOf(HttpResponse<String> response) {
        Optional<String> location = response.headers().firstValue("Location");
        if (location.isPresent() && !location.get().endsWith("/appraisals")) {
            String l = location.get();
            return Optional.of(l.substring(l.lastIndexOf('/') + 1));
        }
        Matcher m = ID.matcher(response.body());
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** @return the keys sent, per kind */
    Map<Kind, List<String>> keysByKind() {
        Map<Kind, List<String>> byKind = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            byKind.put(kind, new ArrayList<>());
        }
        sent.values().forEach(w -> byKind.get(w.kind()).add(w.key()));
        return byKind;
    }
}
