package org.dataprice.api.security;

/**
 * Role names as compile-time constants for {@code @Secured}, e.g.
 * {@code @Secured({Roles.APPRAISER, Roles.ADMIN})}. They equal {@link Role#name()}.
 */
public final class Roles {
    /** {@link Role#READER}. */
    public static final String READER = "READER";
    /** {@link Role#APPRAISER}. */
    public static final String APPRAISER = "APPRAISER";
    /** {@link Role#INDEX_PUBLISHER}. */
    public static final String INDEX_PUBLISHER = "INDEX_PUBLISHER";
    /** {@link Role#ADMIN}. */
    public static final String ADMIN = "ADMIN";
    /** {@link Role#SETTLEMENT}. */
    public static final String SETTLEMENT = "SETTLEMENT";
    /** {@link Role#SUPERVISOR}. */
    public static final String SUPERVISOR = "SUPERVISOR";
    /** {@link Role#REGISTRAR}. */
    public static final String REGISTRAR = "REGISTRAR";

    private Roles() {
    }
}
