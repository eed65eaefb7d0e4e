package org.dataprice.registry.json;

/**
 * The JSON literal {@code null} in the value model of {@link CanonicalJson} and {@link JsonParser}
 * (Java {@code null} is not used as a value, so that a missing member and a null member differ).
 */
public enum JsonNull {
    /** The one null value. */
    NULL
}
