package org.dataprice.api.json;

import org.dataprice.error.DatapriceException;
import org.dataprice.error.InvalidInputException;
import org.dataprice.error.Rule;

import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one way the service names a core rule violation by the request's JSON path: a core exception
 * carries the core's own field name (AHP's {@code judgements[1][0]}, the Black–Scholes {@code price},
 * a game's {@code x}), and a problem's {@code field} must be the path of the same value in the request
 * ({@code matrix[1][0]}, {@code marketPrice}, {@code allocation}). Mappers call the core through
 * {@link #within}, {@link #renamed} or {@link #rebased}; every exception of the core
 * ({@link DatapriceException#withField}) keeps its kind, rule, value, bounds and reason.
 *
 * <table>
 *   <caption>how a core field becomes a JSON path</caption>
 *   <tr><th>call</th><th>core field</th><th>JSON path</th></tr>
 *   <tr><td>{@code within("comparables[2]", …)}</td><td>{@code price}</td><td>{@code comparables[2].price}</td></tr>
 *   <tr><td>{@code renamed("judgements", "matrix", …)}</td><td>{@code judgements[1][0]}</td><td>{@code matrix[1][0]}</td></tr>
 *   <tr><td>{@code renamed("judgements", "matrix", …)}</td><td>{@code tolerance}</td><td>{@code tolerance} (unchanged)</td></tr>
 *   <tr><td>{@code rebased("weights", "subjective", …)}</td><td>{@code weights[3]}</td><td>{@code subjective[3]}</td></tr>
 *   <tr><td>{@code rebased("weights", "subjective", …)}</td><td>{@code sum}</td><td>{@code subjective.sum}</td></tr>
 * </table>
 * A core name matches itself and the paths below it ({@code judgements}, {@code judgements[1]},
 * {@code judgements.x}), never a longer name ({@code judgementsMax}); {@code [*]} in a core name stands
 * for any list index and is carried to the same place of the JSON path ({@code ranges[*].name} →
 * {@code tornado[*].driver} turns {@code ranges[2].name} into {@code tornado[2].driver}). Stateless.
 */
public final class CoreFields {
    /** The index wildcard of a core name: {@code ranges[*].name} matches {@code ranges[3].name}. */
    private static final String ANY = "[*]";

    private CoreFields() {
    }

    /**
     * Refuses a request field that the chosen kind (variant, form) does not read, so that a misplaced figure is
     * answered with a 422 naming it instead of being silently ignored.
     *
     * @param value the field's value; null when absent
     * @param field its JSON path
     * @throws InvalidInputException rule {@code invalid-state} when the value is present
     */
    public static void absent(Object value, String field) {
        if (value != null) {
            throw new InvalidInputException(field, value, Rule.INVALID_STATE, "not used by this variant; omit it");
        }
    }

    /**
     * Runs a core call whose fields are relative to a JSON path.
     *
     * @param path the JSON path of the core object in the request; "" leaves the fields as they are
     * @param body the core call
     * @param <T>  its result
     * @return its result
     */
    public static <T> T within(String path, Supplier<T> body) {
        try {
            return body.get();
        } catch (DatapriceException e) {
            throw path.isEmpty() ? e : e.within(path);
        }
    }

    /**
     * Runs a core call that names a request field differently; its other fields are the request's.
     *
     * @param core the core's name
     * @param json the request's JSON path of the same value
     * @param body the core call
     * @param <T>  its result
     * @return its result
     */
    public static <T> T renamed(String core, String json, Supplier<T> body) {
        try {
            return body.get();
        } catch (DatapriceException e) {
            throw rename(e, core, json);
        }
    }

    /**
     * Runs a core call through a mapper's table of names: the most specific (longest) core name that
     * matches the exception's field is renamed ({@code ranges[*].name} before {@code ranges}); other
     * fields are the request's.
     *
     * @param names core name → the request's JSON path
     * @param body  the core call
     * @param <T>   its result
     * @return its result
     */
    public static <T> T renamed(Map<String, String> names, Supplier<T> body) {
        try {
            return body.get();
        } catch (DatapriceException e) {
            Map.Entry<String, String> best = null;
            for (Map.Entry<String, String> name : names.entrySet()) {
                if (matches(e.field(), name.getKey()) && (best == null || name.getKey().length() > best.getKey().length())) {
                    best = name;
                }
            }
            throw best == null ? e : rename(e, best.getKey(), best.getValue());
        }
    }

    /**
     * Runs a core call on an object held by one request field: the core's {@code core} (and below) is
     * that field, any other core field lies below it.
     *
     * @param core the core's name of the object
     * @param json the request's JSON path of the object
     * @param body the core call
     * @param <T>  its result
     * @return its result
     */
    public static <T> T rebased(String core, String json, Supplier<T> body) {
        try {
            return body.get();
        } catch (DatapriceException e) {
            throw matches(e.field(), core) ? rename(e, core, json) : e.within(json);
        }
    }

    /**
     * Renames one core field to its JSON path; a chain of calls renames several
     * ({@code rename(rename(e, "rowInput", "row"), "columnInput", "column")}).
     *
     * @param e    a core exception; not null
     * @param core the core's name
     * @param json the request's JSON path of the same value
     * @return {@code e} on {@code json} (with the core path's tail kept), or {@code e} when it concerns another field
     */
    public static DatapriceException rename(DatapriceException e, String core, String json) {
        Matcher m = pattern(core).matcher(e.field());
        if (!m.lookingAt() || !boundary(e.field(), m.end())) {
            return e;
        }
        StringBuilder path = new StringBuilder();
        String[] parts = json.split(Pattern.quote(ANY), -1);
        for (int i = 0; i < parts.length; i++) {
            path.append(parts[i]);
            if (i < parts.length - 1) {
                path.append(i < m.groupCount() ? m.group(i + 1) : ANY);
            }
        }
        return e.withField(path + e.field().substring(m.end()));
    }

    /** True when {@code field} is {@code name} (a core name, wildcards allowed) or a path below it. */
    private static boolean matches(String field, String name) {
        Matcher m = pattern(name).matcher(field);
        return m.lookingAt() && boundary(field, m.end());
    }

    private static boolean boundary(String field, int end) {
        return end == field.length() || field.charAt(end) == '[' || field.charAt(end) == '.';
    }

    private static Pattern pattern(String name) {
        StringBuilder regex = new StringBuilder();
        String[] parts = name.split(Pattern.quote(ANY), -1);
        for (int i = 0; i < parts.length; i++) {
            regex.append(Pattern.quote(parts[i]));
            if (i < parts.length - 1) {
                regex.append("(\\[\\d+])");
            }
        }
        return Pattern.compile(regex.toString());
    }
}
