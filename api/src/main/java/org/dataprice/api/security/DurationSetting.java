package org.dataprice.api.security;

import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.core.annotation.Nullable;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a duration setting of the security configuration, failing with a one-line
 * {@link ConfigurationException} naming the key, so that a bad value stops start-up with a readable
 * reason. Accepted forms: {@code 1500ms}, {@code 90s}, {@code 5m}, {@code 1h}, {@code 1d}, or ISO-8601
 * ({@code PT1H}).
 */
public final class DurationSetting {
    private static final Pattern SIMPLE = Pattern.compile("(\\d{1,9})(ms|s|m|h|d)");
    private static final int MAX_ISO_CHARS = 40;

    private DurationSetting() {
    }

    /**
     * @param key  the configuration key, for the message; not null
     * @param text the configured value; may be null
     * @param min  the smallest allowed value; not null
     * @param max  the largest allowed value; not null
     * @return the duration, within {@code [min, max]}
     * @throws ConfigurationException when the value is malformed or out of range
     */
    public static Duration parse(String key, @Nullable String text, Duration min, Duration max) {
        Duration value = parse(text == null ? "" : text.strip());
        if (value == null) {
            throw new ConfigurationException(key + " is '" + text
                    + "', not a duration (write e.g. 90s, 5m, 1h, 1500ms or PT1H)");
        }
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            throw new ConfigurationException(key + " is " + text + "; it must be between " + min + " and " + max);
        }
        return value;
    }

    @Nullable
    private static Duration parse(String text) {
        Matcher m = SIMPLE.matcher(text);
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            return switch (m.group(2)) {
                case "ms" -> Duration.ofMillis(n);
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofDays(n);
            };
        }
        if (text.length() > MAX_ISO_CHARS) {
            return null;
        }
        try {
            return Duration.parse(text.toUpperCase(Locale.ROOT));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
