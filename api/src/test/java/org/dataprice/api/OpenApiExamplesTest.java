package org.dataprice.api;

import io.micronaut.context.annotation.Property;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.assertj.core.api.SoftAssertions;
import org.dataprice.api.apikey.ApiKeyService;
import org.dataprice.api.security.AuthMatrixTest;
import org.dataprice.api.security.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Every OpenAPI example posts successfully": the request examples of the OpenAPI document compiled into the jar
 * ({@code META-INF/swagger/dataprice-0.1.0.yml}, the named examples Swagger UI offers under "Try it out") are read
 * as Swagger UI reads them (YAML with JSON types: a date stays text) and
 * <ul>
 *   <li>every operation with a request body has at least one example per media type, JSON ones valid JSON
 *       objects with every {@code currency} CNY ({@link #WITHOUT_EXAMPLE} lists justified exceptions: none);</li>
 *   <li>every example is posted, in the order of {@link #SCENARIO}, to a service on an empty store of its own,
 *       by a caller holding the first role operation-roles.txt allows (for operations any caller may use: the
 *       seller, buyer or bidder the step names), with a fresh Idempotency-Key, and must answer 2xx. Path
 *       parameters and the {@code listingId} of a body are the ids created by earlier steps (the examples carry a
 *       placeholder there, see {@code PricingExamples.NEGOTIATION_NOTE}); every other byte is the example as published;</li>
 *   <li>where the operation documents a response example of the same name, the answer has the documented status
 *       and the example's shape: the same properties at every depth (a null one may be absent: the generator
 *       drops nulls), each of the same JSON kind (values differ: ids and times are the service's).</li>
 * </ul>
 * The scenario must name exactly the examples of the document, so a new operation or example fails
 * {@link #test_scenario_namesEveryExampleOfTheSpec} until it has its step.
 */
@MicronautTest(transactional = false)
@Property(name = "datasources.default.url", value = "jdbc:h2:mem:openapi-examples;MODE=PostgreSQL;"
        + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@Property(name = "dataprice.supervision.credit.repair-wait", value = "PT0S") // the repair step follows its event at once
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiExamplesTest {
    private static final String SPEC = "/META-INF/swagger/dataprice-0.1.0.yml";
    private static final Set<String> WRITES = Set.of("post", "put", "patch");
    private static final String JSON = "application/json";
    private static final String CSV = "text/csv";
    /** Operations ("POST /path") whose request body may have no example, with the reason. None today. */
    private static final Map<String, String> WITHOUT_EXAMPLE = Map.of();
    private static final Pattern SAVED = Pattern.compile("\\{([a-zA-Z]+)}");
    /** The prefix of {@link Step#listing} that names a party whose principal replaces the body's partyId. */
    private static final String PARTY_ID = "partyId:";
    /** The prefix of {@link Step#listing} that names a body field and the saved value that replaces it. */
    private static final String BODY_FIELD = "field:";

    /** Who calls an operation that any authenticated caller may use (per-party resources). */
    enum Party { SELLER, BUYER, BIDDER }

    /**
     * One request of the scenario.
     *
     * @param operation  "METHOD /path/{template}"
     * @param mediaType  the request body's media type
     * @param example    the example's name in the document
     * @param party      the caller when operation-roles.txt says AUTHENTICATED; null otherwise
     * @param pathValues path parameter to value, {@code {name}} replaced by a saved value
     * @param listing    the saved listing whose id replaces the body's listingId; null for none
     * @param saveAs     the name to save the answer's id field under; null for none
     * @param idField    the answer's field holding the id, a dotted path
     */
    record Step(String operation, String mediaType, String example, Party party, Map<String, String> pathValues,
                String listing, String saveAs, String idField) {
        Step as(Party who) {
            return new Step(operation, mediaType, example, who, pathValues, listing, saveAs, idField);
        }

        Step path(String param, String value) {
            Map<String, String> values = new LinkedHashMap<>(pathValues);
            values.put(param, value);
            return new Step(operation, mediaType, example, party, values, listing, saveAs, idField);
        }

        /** The body's {@code partyId} becomes the principal name of {@code who} (the example carries a placeholder). */
        Step partyId(Party who) {
            return new Step(operation, mediaType, example, party, pathValues, PARTY_ID + who.name(), saveAs, idField);
        }

        /** The body's {@code field} becomes the saved value {@code saved} (the example carries a placeholder). */
        Step field(String field, String saved) {
            return new Step(operation, mediaType, example, party, pathValues, BODY_FIELD + field + "=" + saved, saveAs,
                    idField);
        }

        Step listing(String saved) {
            return new Step(operation, mediaType, example, party, pathValues, saved, saveAs, idField);
        }

        Step save(String name, String field) {
            return new Step(operation, mediaType, example, party, pathValues, listing, name, field);
        }

        String key() {
            return operation + " " + mediaType + " #" + example;
        }
    }

    private static Step post(String path, String example) {
        return new Step("POST " + path, JSON, example, null, Map.of(), null, null, null);
    }

    private static Step postCsv(String path, String example) {
        return new Step("POST " + path, CSV, example, null, Map.of(), null, null, null);
    }

    /** Every example of the document, in an order that creates each resource before its sub-resources. */
    static final List<Step> SCENARIO = List.of(
            post("/v1/api-keys", "appraiser key"),
            // calculations: nothing stored
            post("/v1/accounting/amortisation", "amortisation"),
            post("/v1/accounting/impairment", "impairment"),
            post("/v1/accounting/classification", "self-developed dataset"),
            post("/v1/accounting/inventory", "inventory"),
            post("/v1/pledge/loan-limit", "loan limit"),
            post("/v1/finance/npv", "npv"),
            post("/v1/finance/irr", "irr"),
            post("/v1/finance/xirr", "xirr"),
            post("/v1/options/black-scholes", "european call"),
            post("/v1/options/binomial", "american put"),
            post("/v1/options/binomial", "real options"),
            post("/v1/options/monte-carlo", "european call"),
            post("/v1/appraisal/income", "profit share"),
            post("/v1/appraisal/income/scenarios", "two scenarios"),
            post("/v1/appraisal/cost", "cost"),
            post("/v1/appraisal/cost/2019", "2019 form"),
            post("/v1/appraisal/market", "three comparables"),
            post("/v1/appraisal/quality", "two criteria"),
            post("/v1/appraisal/quality/hierarchy", "two levels"),
            post("/v1/appraisal/quality/fuzzy", "weighted average"),
            post("/v1/appraisal/quality/entropy", "entropy"),
            post("/v1/appraisal/quality/combined", "multiplicative"),
            post("/v1/appraisal/quality/combined", "from judgements"),
            post("/v1/contributions", "exact shapley"),
            post("/v1/contributions", "monte carlo shapley"),
            post("/v1/contributions", "knn data values"),
            post("/v1/pricing/bargaining", "rubinstein").as(Party.BUYER),
            post("/v1/pricing/negotiations/simulate", "hardline seller").as(Party.BUYER),
            post("/v1/pricing/tariff-caps", "two products").as(Party.BUYER),
            post("/v1/pricing/query-price", "qirana").as(Party.BUYER),
            post("/v1/pricing/model-price/check", "arbitrage").as(Party.BUYER),
            post("/v1/pricing/model-price/fit", "arbitrage").as(Party.BUYER),
            // a stored valuation and its analyses
            post("/v1/valuations", "three approaches").save("valuation", "id"),
            post("/v1/valuations/{id}/sensitivity", "tornado, two-way, scenarios").path("id", "{valuation}"),
            post("/v1/valuations/{id}/monte-carlo", "correlated drivers").path("id", "{valuation}"),
            post("/v1/valuations/{id}/revisions", "new library").path("id", "{valuation}"),
            // the index: define, load, correct, extend, publish
            post("/v1/indices", "dmi").save("index", "definition.id"),
            postCsv("/v1/indices/{id}/transactions", "two months").path("id", "{index}").save("load", "loadId"),
            post("/v1/indices/{id}/transactions", "one trade").path("id", "{index}"),
            new Step("POST /v1/indices/{id}/transactions", "application/x-ndjson", "march", null, Map.of(), null, null, null)
                    .path("id", "{index}"),
            new Step("POST /v1/indices/{id}/transactions", "application/jsonl", "march", null, Map.of(), null, null, null)
                    .path("id", "{index}"),
            post("/v1/indices/{id}/transactions/{transaction}/corrections", "amend price")
                    .path("id", "{index}").path("transaction", "{load}:2"),
            post("/v1/indices/{id}/calendar", "one more month").path("id", "{index}"),
            post("/v1/indices/{id}/releases", "2025-02").path("id", "{index}"),
            // the market: listings of each mode, trades
            post("/v1/listings", "negotiated").as(Party.SELLER).save("negotiated", "id"),
            post("/v1/listings", "auction").as(Party.SELLER).save("auctioned", "id"),
            post("/v1/listings", "fixed price").as(Party.SELLER).save("fixed", "id"),
            // the fixed-price listing appraised far above its quote: the volume purchase raises a band alert
            post("/v1/listings/{id}/appraisals", "appraised value").path("id", "{fixed}"),
            post("/v1/listings/{id}/justification", "justification").as(Party.SELLER).path("id", "{fixed}"),
            post("/v1/listings/{id}/purchases", "volume").as(Party.BUYER).path("id", "{fixed}"),
            post("/v1/listings/{id}/purchases", "subscription").as(Party.BUYER).path("id", "{fixed}"),
            post("/v1/negotiations", "buyer first").as(Party.BUYER).listing("negotiated").save("negotiation", "id"),
            post("/v1/negotiations/{id}/offers", "first offer").as(Party.BUYER).path("id", "{negotiation}"),
            post("/v1/auctions", "vickrey").as(Party.SELLER).listing("auctioned").save("auction", "id"),
            post("/v1/auctions/{id}/bids", "bid").as(Party.BIDDER).path("id", "{auction}"),
            post("/v1/tariffs", "tariff").save("tariff", "id"),
            post("/v1/tariffs/{id}/periods", "tiers and discount").path("id", "{tariff}"),
            post("/v1/settlements", "quarterly pool"),
            // supervision: a rules version, an owner link, a scan finding the band alert, its acknowledgement
            post("/v1/supervision/rules", "stricter hampel"),
            post("/v1/supervision/owner-links", "one owner"),
            post("/v1/supervision/scans", "two years").save("alert", "alerts.0.id"),
            post("/v1/supervision/alerts/{id}/transitions", "acknowledge").path("id", "{alert}"),
            // supervision: the negative list, a credit event of the seller, its objection, answer, repair, decision
            post("/v1/supervision/negative-list/versions", "example list"),
            post("/v1/supervision/credit/events", "confirmed alert").partyId(Party.SELLER).save("creditEvent", "id"),
            post("/v1/supervision/credit/events/{eventId}/objections", "objection").as(Party.SELLER)
                    .path("eventId", "{creditEvent}").save("objection", "id"),
            post("/v1/supervision/credit/objections/{objectionId}/answer", "rejected")
                    .path("objectionId", "{objection}"),
            post("/v1/supervision/credit/events/{eventId}/repairs", "repair").as(Party.SELLER)
                    .path("eventId", "{creditEvent}").save("repair", "id"),
            post("/v1/supervision/credit/repairs/{repairId}/decision", "granted").path("repairId", "{repair}"),
            // exchange-to-exchange: trust A's (RFC 8037 test) key, import A's bundle signed with it, export, retire the key
            post("/v1/exchange/trusted-keys", "trust exchange A"),
            post("/v1/exchange/imports", "a bundle of exchange A"),
            post("/v1/exchange/exports", "March 2026"),
            post("/v1/exchange/trusted-keys/{kid}/retirements", "retire at rotation")
                    .path("kid", org.dataprice.api.exchange.ExchangeExamples.KID),
            // the registry: register, each event, verify
            post("/v1/registrations", "enterprise data set").save("registration", "registrationId"),
            post("/v1/registrations/{id}/amendments", "description").path("id", "{registration}"),
            post("/v1/registrations/{id}/transfers", "quarter of the operating right").path("id", "{registration}"),
            post("/v1/registrations/{id}/licenses", "one-year licence").path("id", "{registration}"),
            post("/v1/indices/{indexId}/products/{productId}/registration", "product registration")
                    .path("indexId", "{index}").path("productId", "api-weather").field("registrationId", "{registration}"),
            post("/v1/registrations/{id}/suspensions", "under review").path("id", "{registration}"),
            post("/v1/registrations/{id}/reinstatements", "review closed").path("id", "{registration}"),
            post("/v1/registrations/{id}/cancellations", "withdrawn").path("id", "{registration}"),
            post("/v1/certificates/verification", "certificate"),
            post("/v1/registry/key-rotations", "scheduled rotation"),
            // authorisation records: an operation agreement, a person's consent and its withdrawal
            post("/v1/authorisations/operation-agreements", "traffic sensors"),
            post("/v1/authorisations/data-authorisations", "personal consent").as(Party.SELLER)
                    .save("authorisation", "id"),
            post("/v1/authorisations/{id}/revocations", "consent withdrawn").as(Party.SELLER)
                    .path("id", "{authorisation}"));

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    ApiKeyService keys;

    private Http http;
    private final Map<Role, String> roleKeys = new HashMap<>();
    private final Map<Party, String> partyKeys = new HashMap<>();
    private final Map<Party, String> partyNames = new HashMap<>();

    @BeforeAll
    void credentials() {
        http = new Http(server.getURL(), json);
        for (Role role : Role.values()) {
            roleKeys.put(role, TestCredentials.key(keys, role));
        }
        for (Party party : Party.values()) {
            ApiKeyService.CreatedKey created = keys.create("test-" + party, java.util.EnumSet.of(Role.READER), null, "test");
            partyKeys.put(party, created.text());
            partyNames.put(party, "apikey:" + created.key().id());
        }
    }

    /** The document as Swagger UI reads it: YAML with JSON types only, so 2024-12-31 stays a string. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> spec() {
        Resolver jsonTypes = new Resolver() {
            @Override
            protected void addImplicitResolvers() {
                addImplicitResolver(Tag.BOOL, BOOL, "yYnNtTfFoO");
                addImplicitResolver(Tag.INT, INT, "-+0123456789");
                addImplicitResolver(Tag.FLOAT, FLOAT, "-+0123456789.");
                addImplicitResolver(Tag.NULL, NULL, "~nN\0");
                addImplicitResolver(Tag.NULL, EMPTY, null);
            }
        };
        LoaderOptions loader = new LoaderOptions();
        loader.setCodePointLimit(50 * 1024 * 1024);
        Yaml yaml = new Yaml(new SafeConstructor(loader), new Representer(new DumperOptions()), new DumperOptions(),
                loader, jsonTypes);
        try (InputStream in = OpenApiExamplesTest.class.getResourceAsStream(SPEC)) {
            assertThat(in).as(SPEC + " on the test classpath").isNotNull();
            return yaml.load(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return "METHOD /path" to media type to the request body's content entry, for every write with a body */
    @SuppressWarnings("unchecked")
    static Map<String, Map<String, Map<String, Object>>> requestBodies() {
        Map<String, Map<String, Map<String, Object>>> out = new LinkedHashMap<>();
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) spec().get("paths");
        paths.forEach((path, item) -> item.forEach((method, op) -> {
            if (WRITES.contains(method) && op instanceof Map<?, ?> operation && operation.get("requestBody") != null) {
                Map<String, Object> body = (Map<String, Object>) operation.get("requestBody");
                out.put(method.toUpperCase(Locale.ROOT) + " " + path, (Map<String, Map<String, Object>>) body.get("content"));
            }
        }));
        return out;
    }

    /** @return "operation mediaType #name" to the example's value, for every named example of a request body */
    @SuppressWarnings("unchecked")
    static Map<String, Object> examples() {
        Map<String, Object> out = new LinkedHashMap<>();
        requestBodies().forEach((op, content) -> content.forEach((mediaType, entry) -> {
            Map<String, Map<String, Object>> named = (Map<String, Map<String, Object>>) entry.get("examples");
            if (named != null) {
                named.forEach((name, example) -> out.put(op + " " + mediaType + " #" + name, example.get("value")));
            }
        }));
        return out;
    }

    /** @return "METHOD /path" to status to example name to value, for the JSON response examples of writes */
    @SuppressWarnings("unchecked")
    static Map<String, Map<String, Map<String, Object>>> responseExamples() {
        Map<String, Map<String, Map<String, Object>>> out = new LinkedHashMap<>();
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) spec().get("paths");
        paths.forEach((path, item) -> item.forEach((method, op) -> {
            if (!WRITES.contains(method) || !(op instanceof Map<?, ?> operation) || operation.get("responses") == null) {
                return;
            }
            ((Map<Object, Map<String, Object>>) operation.get("responses")).forEach((status, response) -> {
                if ("202".equals(String.valueOf(status))) {
                    return; // the Job a request answers with Prefer: respond-async: JobOpenApiTest and the job HTTP tests
                }
                Map<String, Map<String, Object>> content = (Map<String, Map<String, Object>>) response.get("content");
                Map<String, Map<String, Object>> named = content == null || content.get(JSON) == null ? null
                        : (Map<String, Map<String, Object>>) content.get(JSON).get("examples");
                if (named != null) {
                    Map<String, Object> values = new LinkedHashMap<>();
                    named.forEach((name, example) -> values.put(name, example.get("value")));
                    out.computeIfAbsent(method.toUpperCase(Locale.ROOT) + " " + path, k -> new LinkedHashMap<>())
                            .put(String.valueOf(status), values);
                }
            });
        }));
        return out;
    }

    @Test
    @SuppressWarnings("unchecked")
    void test_everyRequestBody_hasAValidExample() {
        Map<String, Map<String, Map<String, Object>>> bodies = requestBodies();
        assertThat(bodies).as("operations with a request body").hasSizeGreaterThan(40);
        SoftAssertions soft = new SoftAssertions();
        bodies.forEach((op, content) -> content.forEach((mediaType, entry) -> {
            Map<String, Map<String, Object>> named = (Map<String, Map<String, Object>>) entry.get("examples");
            boolean has = named != null && !named.isEmpty();
            if (WITHOUT_EXAMPLE.containsKey(op)) {
                soft.assertThat(has).as(op + " is listed without example (" + WITHOUT_EXAMPLE.get(op) + ") but has one")
                        .isFalse();
                return;
            }
            soft.assertThat(has).as(op + " " + mediaType + ": no example; add one (docs/api.md, OpenAPI examples)")
                    .isTrue();
            if (!has) {
                return;
            }
            named.forEach((name, example) -> {
                Object value = example.get("value");
                String what = op + " " + mediaType + " #" + name;
                if (mediaType.equals(JSON)) {
                    soft.assertThat(value).as(what + ": the example is not a JSON object (invalid JSON is kept as text)")
                            .isInstanceOf(Map.class);
                    currencies(value, "$", (path, code) -> soft.assertThat(code).as(what + " " + path).isEqualTo("CNY"));
                } else {
                    soft.assertThat(value).as(what).isInstanceOf(String.class);
                }
            });
        }));
        soft.assertAll();
    }

    /** Calls {@code check} with every value of a property named currency, at any depth. */
    private static void currencies(Object value, String path, java.util.function.BiConsumer<String, Object> check) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                if ("currency".equals(k)) {
                    check.accept(path + ".currency", v);
                }
                currencies(v, path + "." + k, check);
            });
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                currencies(list.get(i), path + "[" + i + "]", check);
            }
        }
    }

    @Test
    void test_scenario_namesEveryExampleOfTheSpec() {
        Set<String> spec = new TreeSet<>(examples().keySet());
        Set<String> scenario = new TreeSet<>();
        for (Step step : SCENARIO) {
            assertThat(scenario.add(step.key())).as("posted twice: " + step.key()).isTrue();
        }
        Set<String> missing = new TreeSet<>(spec);
        missing.removeAll(scenario);
        Set<String> stale = new TreeSet<>(scenario);
        stale.removeAll(spec);
        assertThat(missing).as("examples of the OpenAPI document without a step in SCENARIO").isEmpty();
        assertThat(stale).as("steps of SCENARIO naming an example the document does not have").isEmpty();

        Set<String> steps = new TreeSet<>();
        SCENARIO.forEach(step -> steps.add(step.operation() + " #" + step.example()));
        Set<String> unpaired = new TreeSet<>();
        responseExamples().forEach((op, byStatus) -> byStatus.forEach((status, named) -> named.keySet().stream()
                .filter(name -> !steps.contains(op + " #" + name)).forEach(name -> unpaired.add(op + " " + status + " #" + name))));
        assertThat(unpaired).as("response examples without a request example of the same name, so never checked")
                .isEmpty();
    }

    @Test
    void test_everyExample_postsSuccessfully() {
        Map<String, Object> examples = examples();
        Map<String, Map<String, Map<String, Object>>> answers = responseExamples();
        Map<String, AuthMatrixTest.Operation> roles = new HashMap<>();
        AuthMatrixTest.table().forEach(op -> roles.put(op.key(), op));
        Map<String, String> saved = new HashMap<>();
        SoftAssertions soft = new SoftAssertions();
        for (Step step : SCENARIO) {
            Object example = examples.get(step.key());
            if (example == null) {
                soft.fail("no example " + step.key());
                continue;
            }
            String[] methodAndPath = step.operation().split(" ", 2);
            String path = methodAndPath[1];
            for (Map.Entry<String, String> p : step.pathValues().entrySet()) {
                path = path.replace("{" + p.getKey() + "}", resolve(p.getValue(), saved));
            }
            String body = step.mediaType().equals(JSON) ? jsonBody(example, step, saved) : (String) example;
            String key = caller(step, roles.get(step.operation()));
            Http.Response r = key == null
                    ? http.send(methodAndPath[0], path, body, "Content-Type", step.mediaType())
                    : http.send(methodAndPath[0], path, body, "X-API-KEY", key,
                    "Idempotency-Key", TestCredentials.idempotencyKey(), "Content-Type", step.mediaType());
            soft.assertThat(r.status()).as(step.key() + " → " + methodAndPath[0] + " " + path + ": " + r.body())
                    .isBetween(200, 299);
            answers.getOrDefault(step.operation(), Map.of()).forEach((status, named) -> {
                if (named.containsKey(step.example()) && r.status() / 100 == 2) {
                    String what = step.operation() + " response example #" + step.example();
                    soft.assertThat(String.valueOf(r.status())).as(what + ": documented status").isEqualTo(status);
                    List<String> differences = new ArrayList<>();
                    compareShape(named.get(step.example()), r.map(), "$", differences);
                    soft.assertThat(differences).as(what + " against the answer " + r.body()).isEmpty();
                }
            });
            if (step.saveAs() != null && r.status() / 100 == 2) {
                Object id = r.map();
                for (String name : step.idField().split("\\.")) {
                    id = id instanceof Map<?, ?> object ? object.get(name)
                            : id instanceof List<?> list && name.matches("\\d+") && Integer.parseInt(name) < list.size()
                            ? list.get(Integer.parseInt(name)) : null;
                }
                soft.assertThat(id).as(step.key() + " answers its " + step.idField()).isNotNull();
                saved.put(step.saveAs(), String.valueOf(id));
            }
        }
        soft.assertAll();
    }

    /**
     * Collects where {@code example} and {@code actual} differ in shape: a property only in one of them, or a value of
     * another JSON kind (object, array, text, number, boolean, null); array elements are compared by position.
     */
    private static void compareShape(Object example, Object actual, String path, List<String> out) {
        if (example instanceof Map<?, ?> e && actual instanceof Map<?, ?> a) {
            Set<Object> keys = new TreeSet<>(java.util.Comparator.comparing(String::valueOf));
            keys.addAll(e.keySet());
            keys.addAll(a.keySet());
            for (Object key : keys) {
                if (!e.containsKey(key) && a.containsKey(key) && a.get(key) == null) {
                    continue; // the generator leaves null values out of a documented example
                }
                if (!e.containsKey(key) || !a.containsKey(key)) {
                    out.add(path + "." + key + (e.containsKey(key) ? " only in the example" : " missing from the example"));
                } else {
                    compareShape(e.get(key), a.get(key), path + "." + key, out);
                }
            }
        } else if (example instanceof List<?> e && actual instanceof List<?> a) {
            for (int i = 0; i < Math.min(e.size(), a.size()); i++) {
                compareShape(e.get(i), a.get(i), path + "[" + i + "]", out);
            }
        } else if (!kind(example).equals(kind(actual))) {
            out.add(path + " is " + kind(example) + " in the example, " + kind(actual) + " in the answer");
        }
    }

    private static String kind(Object value) {
        return value == null ? "null" : value instanceof Map ? "object" : value instanceof List ? "array"
                : value instanceof String ? "text" : value instanceof Number ? "number" : value instanceof Boolean
                ? "boolean" : value.getClass().getSimpleName();
    }

    /**
     * The key of the step's caller: a key with the first role the table allows, or the named party's; null for a
     * public operation (posted without credentials, as an anonymous verifier would).
     */
    private String caller(Step step, AuthMatrixTest.Operation op) {
        assertThat(op).as(step.operation() + " in operation-roles.txt").isNotNull();
        if (op.who().equals("AUTHENTICATED")) {
            assertThat(step.party()).as(step.operation() + " may be called by anyone: name the party").isNotNull();
            return partyKeys.get(step.party());
        }
        if (op.isPublic()) {
            return null;
        }
        return roleKeys.get(Role.valueOf(op.who().split(",")[0]));
    }

    @SuppressWarnings("unchecked")
    private String jsonBody(Object example, Step step, Map<String, String> saved) {
        Object value = example;
        if (step.listing() != null && step.listing().startsWith(PARTY_ID)) {
            Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) example);
            assertThat(copy).as(step.key() + " names a party").containsKey("partyId");
            copy.put("partyId", partyNames.get(Party.valueOf(step.listing().substring(PARTY_ID.length()))));
            value = copy;
        } else if (step.listing() != null && step.listing().startsWith(BODY_FIELD)) {
            Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) example);
            String[] nameValue = step.listing().substring(BODY_FIELD.length()).split("=", 2);
            assertThat(copy).as(step.key() + " names " + nameValue[0]).containsKey(nameValue[0]);
            copy.put(nameValue[0], resolve(nameValue[1], saved));
            value = copy;
        } else if (step.listing() != null) {
            Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) example);
            assertThat(copy).as(step.key() + " names a listing").containsKey("listingId");
            copy.put("listingId", resolve("{" + step.listing() + "}", saved));
            value = copy;
        }
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String resolve(String template, Map<String, String> saved) {
        Matcher m = SAVED.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = saved.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? "missing-" + m.group(1) : value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
