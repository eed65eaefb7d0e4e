package org.dataprice.api.security;

import io.micronaut.http.HttpMethod;

import java.util.Set;

/**
 * Which HTTP methods change state: POST, PUT, PATCH and DELETE (RFC 9110 §9.2.1: every other method the service
 * answers — GET, HEAD, OPTIONS — is safe). The filters that refuse writes while reads keep working (the ledger
 * integrity guard, the free-space guard) decide with this one set.
 */
public final class StateChangingMethods {
    private static final Set<HttpMethod> WRITES = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH,
            HttpMethod.DELETE);

    private StateChangingMethods() {
    }

    /**
     * @param method a request's method
     * @return whether it may change state
     */
    public static boolean contains(HttpMethod method) {
        return WRITES.contains(method);
    }
}
