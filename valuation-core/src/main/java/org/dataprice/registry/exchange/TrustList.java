package org.dataprice.registry.exchange;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dataprice.error.InvalidInputException;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;
import org.dataprice.registry.signature.KeySet;
import org.dataprice.registry.signature.PublishedKey;

/**
 * 信任列表 — the exchanges whose signed exports are recognised. Exchange ids are unique, and a key id belongs
 * to one exchange only ({@code exchanges[i].keys}, {@link Rule#DUPLICATE}), so that a signature names its
 * exchange unambiguously. At most {@value #MAX_EXCHANGES} exchanges. Immutable.
 *
 * @param exchanges the trusted exchanges; not null
 */
public record TrustList(List<TrustedExchange> exchanges) {
    /** Most exchanges in one trust list. */
    public static final int MAX_EXCHANGES = 200;

    /** Checks the components. */
    public TrustList {
        exchanges = Require.copyOf(exchanges, "exchanges");
        Require.withinLimit(exchanges.size(), MAX_EXCHANGES, "exchanges", "");
        Set<String> ids = new HashSet<>();
        Map<String, String> owner = new HashMap<>();
        for (int i = 0; i < exchanges.size(); i++) {
            TrustedExchange e = exchanges.get(i);
            Require.that(ids.add(e.exchangeId()), "exchanges[" + i + "].exchangeId", e.exchangeId(), Rule.DUPLICATE,
                    "exchangeId");
            for (PublishedKey k : e.keys().keys()) {
                String previous = owner.putIfAbsent(k.kid(), e.exchangeId());
                Require.that(previous == null, "exchanges[" + i + "].keys", k.kid(), Rule.DUPLICATE,
                        "kid (already trusted for " + previous + ")");
            }
        }
    }

    /**
     * @param exchanges the trusted exchanges
     * @return the list
     */
    public static TrustList of(TrustedExchange... exchanges) {
        return new TrustList(List.of(exchanges));
    }

    /**
     * Trusts one more key of an exchange (a new exchange or a rotation of a trusted one).
     *
     * @param exchangeId the exchange; an identifier
     * @param key        its published key; its id not yet trusted for any exchange
     * @return the new list (the exchange appended when new)
     */
    public TrustList add(String exchangeId, PublishedKey key) {
        List<TrustedExchange> next = new ArrayList<>(exchanges);
        for (int i = 0; i < next.size(); i++) {
            if (next.get(i).exchangeId().equals(exchangeId)) {
                next.set(i, new TrustedExchange(exchangeId, next.get(i).keys().add(key)));
                return new TrustList(next);
            }
        }
        next.add(new TrustedExchange(exchangeId, KeySet.of(key)));
        return new TrustList(next);
    }

    /**
     * Retires a trusted key: bundles it signed while in service stay recognised, a bundle dated from {@code at} on
     * is refused. The key stays in the list.
     *
     * @param kid a trusted key id ({@code kid}, {@link Rule#UNKNOWN} otherwise)
     * @param at  the retirement instant; after the key's {@code validFrom}, the key not yet retired
     * @return the new list
     */
    public TrustList retire(String kid, Instant at) {
        TrustedExchange owner = byKid(kid).orElseThrow(() -> new InvalidInputException("kid", kid, Rule.UNKNOWN,
                "the trusted key ids"));
        List<TrustedExchange> next = new ArrayList<>(exchanges);
        next.set(exchanges.indexOf(owner), new TrustedExchange(owner.exchangeId(), owner.keys().retire(kid, at)));
        return new TrustList(next);
    }

    /**
     * @param kid a key id
     * @return the trusted exchange that published it, if any
     */
    public Optional<TrustedExchange> byKid(String kid) {
        return exchanges.stream().filter(e -> e.keys().find(kid).isPresent()).findFirst();
    }
}
