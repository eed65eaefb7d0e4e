package org.dataprice.api.pricing;

import org.dataprice.api.Http;
import org.dataprice.api.TestCredentials;
import org.dataprice.api.apikey.ApiKeyService;
import org.dataprice.api.security.Role;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;

/** Test helpers for the market endpoints: parties with their own API keys, and request bodies. */
public final class Market {
    private Market() {
    }

    /** A caller: its key text and principal name. */
    public record Party(String key, String name) {
        public String[] headers() {
            return new String[]{"X-API-KEY", key, "Idempotency-Key", TestCredentials.idempotencyKey()};
        }

        public String[] headers(String idempotencyKey) {
            return new String[]{"X-API-KEY", key, "Idempotency-Key", idempotencyKey};
        }
    }

    public static Party party(ApiKeyService keys, Role... roles) {
        EnumSet<Role> set = roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.of(roles[0], roles);
        ApiKeyService.CreatedKey created = keys.create("market-" + UUID.randomUUID(), set, null, "test");
        return new Party(created.text(), "apikey:" + created.key().id());
    }

    public static String listing(String productId, String category, String use, String mode, String quote, Instant now) {
        return """
                {"productId":"%s","category":"%s","use":"%s","unit":"ONE_OFF","mode":"%s",
                 "quote":{"amount":"%s","currency":"CNY"},"validFrom":"%s","validUntil":"%s"}"""
                .formatted(productId, category, use, mode, quote, now.minus(Duration.ofDays(1)),
                        now.plus(Duration.ofDays(365)));
    }

    public static String offer(String price) {
        return """
                {"price":{"amount":"%s","currency":"CNY"},"licenceMonths":12,"scope":"DERIVED_PRODUCTS",
                 "frequency":"MONTHLY","delivery":"API"}""".formatted(price);
    }

    public static String negotiation(String listingId, String first, Instant deadline, int rounds) {
        return """
                {"listingId":"%s","first":"%s","deadline":"%s","maxRounds":%d}"""
                .formatted(listingId, first, deadline, rounds);
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> obj(Map<String, Object> map, String key) {
        return (Map<String, Object>) map.get(key);
    }

    public static String id(Http.Response response) {
        return (String) response.map().get("id");
    }
}
