package org.dataprice.api.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.authentication.Authentication;

import java.util.Optional;

/**
 * How a caller authenticated, and the namespace of its principal name. The two namespaces are
 * disjoint by construction: an API key's principal is {@code apikey:<key id>} and is only ever built
 * by the API-key fetcher; a JWT's principal is {@code jwt:<sub>} whatever the {@code sub} holds, so a
 * token whose {@code sub} is {@code apikey:0123456789abcdef} is the principal
 * {@code jwt:apikey:0123456789abcdef}, never the key's. Code that needs the key id of a caller must
 * ask {@link #apiKeyId(Authentication)}, which checks the method attribute, never parse a name.
 *
 * <p>The method is stored in the authentication attribute {@value #ATTRIBUTE}.
 */
public enum AuthenticationMethod {
    /** An {@code X-API-KEY} header verified against the stored key hashes. */
    API_KEY("api-key", "apikey:"),
    /** A bearer JWT verified with the configured HS256 secret or JWKS. */
    JWT("jwt", "jwt:");

    /** The authentication attribute holding {@link #id()}. */
    public static final String ATTRIBUTE = "method";

    private final String id;
    private final String prefix;

    AuthenticationMethod(String id, String prefix) {
        this.id = id;
        this.prefix = prefix;
    }

    /** @return the value of the {@value #ATTRIBUTE} attribute, e.g. {@code "api-key"} */
    public String id() {
        return id;
    }

    /** @return the principal-name prefix, e.g. {@code "apikey:"} */
    public String prefix() {
        return prefix;
    }

    /**
     * @param localName the key id or the token subject; not null
     * @return the principal name in this method's namespace
     */
    public String principal(String localName) {
        return prefix + localName;
    }

    /**
     * @param authentication a caller; may be null
     * @return how it authenticated, empty when unknown (no attribute, or a value no method has)
     */
    public static Optional<AuthenticationMethod> of(@Nullable Authentication authentication) {
        if (authentication == null) {
            return Optional.empty();
        }
        Object value = authentication.getAttributes().get(ATTRIBUTE);
        for (AuthenticationMethod method : values()) {
            if (method.id.equals(value) && authentication.getName().startsWith(method.prefix)) {
                return Optional.of(method);
            }
        }
        return Optional.empty();
    }

    /**
     * @param authentication a caller; may be null
     * @return the id of the API key it authenticated with; empty for any other method, even when the
     *         name happens to start with {@code apikey:}
     */
    public static Optional<String> apiKeyId(@Nullable Authentication authentication) {
        return of(authentication).filter(m -> m == API_KEY)
                .map(m -> authentication.getName().substring(m.prefix.length()));
    }
}
