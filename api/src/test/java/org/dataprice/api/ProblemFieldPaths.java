package org.dataprice.api;

import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The systematic check that a problem's {@code field} is the request's JSON path: every problem answered
 * to a JSON request in any HTTP test ({@link Http}) must name a path of the operation's request-body
 * schema in the published OpenAPI document, or one of its parameters. A core field name that leaks (AHP's
 * {@code judgements[1][0]} for the request's {@code matrix[1][0]}, a nested {@code shareRate.k}) fails the
 * test that provoked it. Paths below a free-form object or map are not checked further.
 *
 * <p>{@link #NOT_IN_THE_BODY} lists the fields that deliberately name something other than a value of the
 * body: the state of a stored resource the request acts on (a listing's mode, a negotiation's status,
 * round, turn or deadline, the acting party, a justification the listing lacks, the stored admission declaration
 * of a listing that the negative list in force prohibits when a deal on it is recorded), a rule across several
 * fields (an engagement's approach weights) and a whole computation that has no answer ({@code index}). An {@code unknown-property} problem names a property the schema does not have by definition.
 * Stateless; the spec is read once.
 */
public final class ProblemFieldPaths {
    private static final String SPEC = "/META-INF/swagger/dataprice-0.1.0.yml";
    private static final Pattern STEP = Pattern.compile("([^.\\[\\]]+)|\\[([^\\]]*)]");
    /** Fields that name a stored resource's state, not a value of the request. */
    private static final Set<String> NOT_IN_THE_BODY = Set.of("listing.mode", "actorId", "buyerId", "sellerId",
            "bidderId", "round", "at", "status", "weights", "justification", "index", "characteristics",
            "listing.admission");
    /**
     * A release or a JSON trade refused for what its index's stored definition says (a constant or one-level
     * characteristic, characteristics a JSON trade cannot carry) names the definition's path, {@code columns.…},
     * or {@code characteristics}: the request has no value to point at.
     */
    private static final String DEFINITION_COLUMNS = "columns.";
    private static Map<String, Object> spec;

    private ProblemFieldPaths() {
    }

    /**
     * @param method the request's method
     * @param uri    the request's path and query
     * @param field  the problem's field
     * @return null when the field is a path of the request, else why not
     */
    public static String check(String method, String uri, String field) {
        if (NOT_IN_THE_BODY.contains(field) || field.startsWith(DEFINITION_COLUMNS)) {
            return null;
        }
        Map<String, Object> operation = operation(method, uri);
        if (operation == null) {
            return null; // not a documented JSON operation (a test of an unknown route)
        }
        for (Object p : list(operation.get("parameters"))) {
            if (p instanceof Map<?, ?> parameter && field.equals(parameter.get("name"))) {
                return null;
            }
        }
        Object schema = bodySchema(operation);
        if (schema == null) {
            return null;
        }
        Matcher m = STEP.matcher(field);
        List<String> steps = new ArrayList<>();
        while (m.find()) {
            steps.add(m.group());
        }
        Object at = resolve(schema);
        for (String step : steps) {
            if (!(at instanceof Map<?, ?> s) || isFree(s)) {
                return null;
            }
            Object next = step.startsWith("[") ? s.get("items") : property(s, step);
            if (next == null && step.startsWith("[") && s.get("additionalProperties") != null) {
                next = s.get("additionalProperties");
            }
            if (next == null) {
                return "'" + step + "' of '" + field + "' is not in the request schema of " + method + " " + uri;
            }
            at = resolve(next);
        }
        return null;
    }

    private static Object property(Map<?, ?> schema, String name) {
        if (schema.get("properties") instanceof Map<?, ?> props && props.containsKey(name)) {
            return props.get(name);
        }
        for (String combinator : List.of("allOf", "oneOf", "anyOf")) {
            for (Object part : list(schema.get(combinator))) {
                if (resolve(part) instanceof Map<?, ?> s) {
                    Object found = property(s, name);
                    if (found != null) {
                        return found;
                    }
                }
            }
        }
        if (schema.get("additionalProperties") != null && !Boolean.FALSE.equals(schema.get("additionalProperties"))) {
            return schema.get("additionalProperties") instanceof Map<?, ?> m ? m : Map.of();
        }
        return null;
    }

    /** An object without declared properties, items or combinators: any path below it is accepted. */
    private static boolean isFree(Map<?, ?> s) {
        Object type = s.get("type");
        boolean scalar = "string".equals(type) || "number".equals(type) || "integer".equals(type) || "boolean".equals(type);
        return !scalar && s.get("properties") == null && s.get("items") == null && s.get("allOf") == null
                && s.get("oneOf") == null && s.get("anyOf") == null && s.get("additionalProperties") == null;
    }

    @SuppressWarnings("unchecked")
    private static Object resolve(Object schema) {
        Object at = schema;
        for (int depth = 0; depth < 20 && at instanceof Map<?, ?> m && m.get("$ref") instanceof String ref; depth++) {
            String name = ref.substring(ref.lastIndexOf('/') + 1);
            at = ((Map<String, Object>) ((Map<String, Object>) spec().get("components")).get("schemas")).get(name);
        }
        return at;
    }

    private static Object bodySchema(Map<String, Object> operation) {
        if (operation.get("requestBody") instanceof Map<?, ?> body && body.get("content") instanceof Map<?, ?> content
                && content.get("application/json") instanceof Map<?, ?> json) {
            return json.get("schema");
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> operation(String method, String uri) {
        String path = uri.contains("?") ? uri.substring(0, uri.indexOf('?')) : uri;
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) spec().get("paths");
        Map<String, Object> best = null;
        int literal = -1;
        for (Map.Entry<String, Map<String, Object>> e : paths.entrySet()) {
            String regex = Pattern.quote(e.getKey()).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q");
            if (path.matches(regex) && e.getValue().get(method.toLowerCase(Locale.ROOT)) instanceof Map<?, ?> op) {
                int score = e.getKey().replaceAll("\\{[^}]+}", "").length(); // the most literal template wins
                if (score > literal) {
                    literal = score;
                    best = (Map<String, Object>) op;
                }
            }
        }
        return best;
    }

    private static List<?> list(Object value) {
        return value instanceof List<?> l ? l : List.of();
    }

    private static synchronized Map<String, Object> spec() {
        if (spec == null) {
            try (InputStream in = ProblemFieldPaths.class.getResourceAsStream(SPEC)) {
                spec = in == null ? Map.of("paths", Map.of(), "components", Map.of("schemas", Map.of()))
                        : new Yaml().load(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return spec;
    }
}
