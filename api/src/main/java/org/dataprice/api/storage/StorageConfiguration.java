package org.dataprice.api.storage;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.core.annotation.Nullable;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code dataprice.storage.*}: the free-space floors of the file systems the service writes to ({@link StorageGuard}).
 *
 * <p>The floor of a file system of total size {@code T} is {@code max(min-free-bytes, min-free-fraction × T)}; below it
 * state-changing requests are refused (507 {@code insufficient-storage}). The warning level is
 * {@code warning-factor × floor}: below it the storage health indicator reports {@code WARNING} (writes still pass), so
 * an operator is told before writes stop.
 *
 * <table>
 *   <caption>settings</caption>
 *   <tr><th>key</th><th>default</th><th>allowed</th></tr>
 *   <tr><td>{@code min-free-bytes}</td><td>{@code 1GB} (1,073,741,824 bytes)</td>
 *       <td>a whole number of bytes, or with a suffix {@code KB}, {@code MB}, {@code GB}, {@code TB} (powers of 1024,
 *       as Micronaut's {@code max-request-size}; {@code KiB}… accepted too); 0 to 1,024 TB</td></tr>
 *   <tr><td>{@code min-free-fraction}</td><td>{@code 0.05}</td><td>0 to 0.5</td></tr>
 *   <tr><td>{@code warning-factor}</td><td>{@code 2}</td><td>1 to 100</td></tr>
 * </table>
 * Why 5 %: the same share as Elasticsearch's default flood-stage disk watermark (writes blocked at 95 % used,
 * Elasticsearch reference, "Disk-based shard allocation settings"), a level operators already know; the embedded H2
 * store can grow by gigabytes in minutes of sustained writes (docs/deployment.md), so 1 GB alone is a thin margin. On
 * a large, nearly full workstation disk the default can refuse writes of a demo: lower
 * {@code DATAPRICE_STORAGE_MIN_FREE_FRACTION} there (the 507 names the setting).
 * A bad value stops start-up with a one-line {@link ConfigurationException} naming the key. Both floors 0 turn the
 * floor off (a write is then refused only when its declared body is larger than the free space). The setters may be
 * called while running (tests lower a floor); each check reads the current values.
 */
@ConfigurationProperties("dataprice.storage")
public class StorageConfiguration {
    /** The default {@code min-free-bytes}: 1 GiB. */
    public static final long DEFAULT_MIN_FREE_BYTES = 1L << 30;
    private static final long MAX_BYTES = 1L << 50;
    private static final Pattern BYTES = Pattern.compile("(\\d{1,16})\\s*(|B|KB|KIB|MB|MIB|GB|GIB|TB|TIB)");
    private static final String PREFIX = "dataprice.storage.";

    private volatile long minFreeBytes = DEFAULT_MIN_FREE_BYTES;
    private volatile double minFreeFraction = 0.05;
    private volatile double warningFactor = 2;

    /** @return the absolute floor in bytes */
    public long minFreeBytes() {
        return minFreeBytes;
    }

    /** @return the floor as a fraction of the file system's size */
    public double minFreeFraction() {
        return minFreeFraction;
    }

    /** @return the warning level as a multiple of the floor */
    public double warningFactor() {
        return warningFactor;
    }

    /**
     * @param text bytes, e.g. {@code 1073741824}, {@code 512MB}, {@code 1GB}; 0 to 1,024 TB
     * @throws ConfigurationException when malformed or out of range (one line, naming the key)
     */
    public void setMinFreeBytes(@Nullable String text) {
        this.minFreeBytes = bytes(PREFIX + "min-free-bytes", text);
    }

    /**
     * @param fraction 0 to 0.5
     * @throws ConfigurationException when out of range
     */
    public void setMinFreeFraction(double fraction) {
        this.minFreeFraction = within(PREFIX + "min-free-fraction", fraction, 0, 0.5);
    }

    /**
     * @param factor 1 to 100
     * @throws ConfigurationException when out of range
     */
    public void setWarningFactor(double factor) {
        this.warningFactor = within(PREFIX + "warning-factor", factor, 1, 100);
    }

    /**
     * The floor of a file system: {@code max(min-free-bytes, min-free-fraction × total)}.
     *
     * @param totalBytes the file system's size in bytes, ≥ 0
     * @return the floor in bytes
     */
    public long floor(long totalBytes) {
        return Math.max(minFreeBytes, (long) Math.ceil(minFreeFraction * Math.max(0, totalBytes)));
    }

    /**
     * @param floor a floor in bytes
     * @return the warning level: {@code warning-factor × floor}, saturated at {@link Long#MAX_VALUE}
     */
    public long warning(long floor) {
        double w = Math.ceil(warningFactor * floor);
        return w >= Long.MAX_VALUE ? Long.MAX_VALUE : (long) w;
    }

    /**
     * Reads a byte size.
     *
     * @param key  the configuration key, for the message
     * @param text the value
     * @return the bytes
     * @throws ConfigurationException when malformed or above 1,024 TB
     */
    static long bytes(String key, @Nullable String text) {
        String t = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        Matcher m = BYTES.matcher(t);
        if (!m.matches()) {
            throw new ConfigurationException(key + " is '" + text + "', not a size in bytes (write e.g. 1073741824, "
                    + "512MB or 1GB)");
        }
        int shift = switch (m.group(2)) {
            case "KB", "KIB" -> 10;
            case "MB", "MIB" -> 20;
            case "GB", "GIB" -> 30;
            case "TB", "TIB" -> 40;
            default -> 0;
        };
        long n = Long.parseLong(m.group(1));
        if (n > (MAX_BYTES >> shift)) {
            throw new ConfigurationException(key + " is " + text + "; it must be at most 1024TB");
        }
        return n << shift;
    }

    private static double within(String key, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw new ConfigurationException(key + " is " + value + "; it must be between " + min + " and " + max);
        }
        return value;
    }
}
