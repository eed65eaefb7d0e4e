package org.dataprice.explain;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.dataprice.error.Require;

/**
 * SHA-256 of a canonical text of a model's inputs, so that a report can prove which inputs it was
 * computed from and a reviewer can check a re-run used the same ones.
 *
 * <p>Canonical form: for each input in the order the model adds them, the UTF-8 bytes of
 * {@code name '=' value '\n'}, where a double is written by {@link Double#toString(double)} (the
 * shortest text that reads back to the same double), a {@link BigDecimal} by
 * {@link BigDecimal#toPlainString()} after stripping trailing zeros, and arrays element by element
 * separated by {@code ','}. The same inputs give the same hash on every JVM. Not thread-safe.
 */
public final class InputHash {
    private final MessageDigest digest;
    private final StringBuilder line = new StringBuilder(64);

    /** Starts an empty hash. */
    public InputHash() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    /**
     * @param name  the input's name; not null
     * @param value its text value; not null
     * @return this
     */
    public InputHash put(String name, String value) {
        Require.notNull(value, name);
        line.setLength(0);
        line.append(Require.notNull(name, "name")).append('=').append(value).append('\n');
        digest.update(line.toString().getBytes(StandardCharsets.UTF_8));
        return this;
    }

    /**
     * @param name  the input's name
     * @param value its value
     * @return this
     */
    public InputHash put(String name, double value) {
        return put(name, Double.toString(value));
    }

    /**
     * @param name  the input's name
     * @param value its value
     * @return this
     */
    public InputHash put(String name, long value) {
        return put(name, Long.toString(value));
    }

    /**
     * @param name  the input's name
     * @param value its value; not null
     * @return this
     */
    public InputHash put(String name, BigDecimal value) {
        Require.notNull(value, name);
        return put(name, value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString());
    }

    /**
     * @param name   the input's name
     * @param values the values; not null
     * @return this
     */
    public InputHash put(String name, double[] values) {
        Require.notNull(values, name);
        StringBuilder text = new StringBuilder(values.length * 8);
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                text.append(',');
            }
            text.append(values[i]);
        }
        return put(name, text.toString());
    }

    /** @return the lower-case hex SHA-256 of everything put so far; the hash cannot be used afterwards */
    public String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }
}
