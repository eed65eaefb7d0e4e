package org.dataprice.explain;

/**
 * The version of the dataprice library, recorded in every {@link Explanation} so that a report says
 * which code produced its figures. A test checks it equals the Maven project version.
 */
public final class LibraryVersion {
    /** The library version, e.g. {@code "0.1.0-SNAPSHOT"}. */
    public static final String VERSION = "0.1.0-SNAPSHOT";

    private LibraryVersion() {
    }
}
