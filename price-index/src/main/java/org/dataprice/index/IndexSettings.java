package org.dataprice.index;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

import org.dataprice.error.Require;

/**
 * The settings that produced an index (IndexNumR issue #5: "return settings with the index"): the
 * method identifier and every parameter that affects the figures, as canonical text (numbers by
 * {@link Double#toString}, enums by name), sorted by key so two equal settings compare and hash
 * equal and a service can store them beside each value.
 *
 * @param method     the method identifier, e.g. {@code "geks-fisher"}; not blank
 * @param parameters the parameters by name; not null, copied into a sorted unmodifiable map
 */
public record IndexSettings(String method, Map<String, String> parameters) {
    /** Validates and copies. */
    public IndexSettings {
        Require.notBlank(method, "method");
        Require.notNull(parameters, "parameters");
        TreeMap<String, String> copy = new TreeMap<>();
        parameters.forEach((k, v) -> copy.put(Require.notBlank(k, "parameters.key"), Require.notNull(v, "parameters." + k)));
        parameters = Collections.unmodifiableSortedMap(copy);
    }

    /**
     * @param method the method identifier; not blank
     * @return settings without parameters
     */
    public static IndexSettings of(String method) {
        return new IndexSettings(method, Map.of());
    }

    /**
     * @param key   the parameter name; not blank
     * @param value its canonical text; not null
     * @return a copy with the parameter added or replaced
     */
    public IndexSettings with(String key, String value) {
        TreeMap<String, String> copy = new TreeMap<>(parameters);
        copy.put(key, value);
        return new IndexSettings(method, copy);
    }

    /** @return e.g. {@code geks-fisher{window=13}} */
    @Override
    public String toString() {
        return method + parameters;
    }
}
