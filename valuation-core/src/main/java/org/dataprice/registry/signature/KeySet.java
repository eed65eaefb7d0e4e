package org.dataprice.registry.signature;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dataprice.error.InvalidInputException;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;
import org.dataprice.registry.json.CanonicalJson;
import org.dataprice.registry.json.JsonFields;
import org.dataprice.registry.json.JsonParser;

/**
 * 公钥集 — the published key set of a registry: an RFC 7517 §5 JWK Set ({@code {"keys":[...]}}) of
 * {@link PublishedKey} OKP keys. Keys are added and retired, never removed, so that every document signed
 * by any key while it was in service verifies with the set alone. At most {@link #MAX_KEYS} keys; key ids
 * unique. Immutable.
 *
 * @param keys the keys, in publication order; not null, ids unique
 */
public record KeySet(List<PublishedKey> keys) {
    /** The most keys a set holds (a rotation a month for about eight years). */
    public static final int MAX_KEYS = 100;

    /** Checks the components. */
    public KeySet {
        keys = Require.copyOf(keys, "keys");
        Require.withinLimit(keys.size(), MAX_KEYS, "keys", "");
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < keys.size(); i++) {
            Require.that(seen.add(keys.get(i).kid()), "keys[" + i + "].kid", keys.get(i).kid(), Rule.DUPLICATE, "kid");
        }
    }

    /**
     * @param keys the keys
     * @return the set
     */
    public static KeySet of(PublishedKey... keys) {
        return new KeySet(List.of(keys));
    }

    /**
     * @param kid a key id
     * @return the key, empty when the set does not hold it
     */
    public Optional<PublishedKey> find(String kid) {
        return keys.stream().filter(k -> k.kid().equals(kid)).findFirst();
    }

    /**
     * @param key a new key; its id not yet in the set
     * @return the set with {@code key} added
     */
    public KeySet add(PublishedKey key) {
        List<PublishedKey> next = new ArrayList<>(keys);
        next.add(Require.notNull(key, "key"));
        return new KeySet(next);
    }

    /**
     * Retires a key: it signs nothing from {@code at} on and stays in the set.
     *
     * @param kid the key's id; in the set
     * @param at  the retirement instant; after the key's {@code validFrom}
     * @return the new set
     */
    public KeySet retire(String kid, Instant at) {
        PublishedKey key = find(kid).orElseThrow(() -> new InvalidInputException("kid", kid, Rule.UNKNOWN, "the key set's ids"));
        List<PublishedKey> next = new ArrayList<>(keys);
        next.set(keys.indexOf(key), key.retire(at));
        return new KeySet(next);
    }

    /**
     * 密钥轮换 — a rotation at {@code at}: every key in service at {@code at} and not yet retired is retired at
     * {@code at}, and {@code next} — valid from {@code at}, in service — is added. Documents signed before {@code at}
     * keep verifying with the retired key (it stays published with its validity); from {@code at} on {@code next} is the
     * only key in service (a key published to start later still starts then: the latest {@code validFrom} signs).
     *
     * @param next the new key: valid from {@code at}, not retired, its id not in the set
     * @param at   the rotation instant
     * @return the rotated set
     * @throws InvalidInputException {@code next.validFrom} ({@link Rule#INCONSISTENT}) when it is not {@code at};
     *         {@code next.retiredAt} ({@link Rule#INVALID_STATE}) when retired; {@code keys[i].kid}
     *         ({@link Rule#DUPLICATE}) when its id is in the set; {@code keys} ({@link Rule#LIMIT_EXCEEDED}) beyond
     *         {@link #MAX_KEYS}; {@code at} ({@link Rule#GREATER_THAN}) when a key in service at {@code at} starts at
     *         {@code at} (a second rotation at the same instant)
     */
    public KeySet rotate(PublishedKey next, Instant at) {
        Require.notNull(next, "next");
        Require.notNull(at, "at");
        Require.that(next.validFrom().equals(at), "next.validFrom", next.validFrom(), Rule.INCONSISTENT,
                "the rotation instant " + at);
        Require.that(next.retiredAt() == null, "next.retiredAt", next.retiredAt(), Rule.INVALID_STATE,
                "a new key in service");
        for (PublishedKey k : keys) {
            Require.that(!k.inServiceAt(at) || k.validFrom().isBefore(at), "at", at, Rule.GREATER_THAN,
                    "the start of key " + k.kid() + ", " + k.validFrom() + " (one rotation per instant)");
        }
        List<PublishedKey> out = new ArrayList<>(keys.size() + 1);
        for (PublishedKey k : keys) {
            out.add(k.retiredAt() == null && k.inServiceAt(at) && k.validFrom().isBefore(at) ? k.retire(at) : k);
        }
        out.add(next);
        return new KeySet(out);
    }

    /** @return the canonical JSON bytes of the JWK Set */
    public byte[] toJson() {
        return CanonicalJson.bytes(Map.of("keys", keys.stream().map(PublishedKey::toJwk).toList()));
    }

    /**
     * @param json a JWK Set document; not null
     * @return the set
     */
    public static KeySet parse(byte[] json) {
        JsonFields set = JsonParser.parseObject(json, "jwks");
        return new KeySet(set.objects("keys").stream().map(PublishedKey::fromJwk).toList());
    }
}
