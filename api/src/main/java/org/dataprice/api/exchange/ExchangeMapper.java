package org.dataprice.api.exchange;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import org.dataprice.api.json.CoreFields;
import org.dataprice.registry.exchange.ExchangeRecord;
import org.dataprice.registry.exchange.ExchangeRecordKind;
import org.dataprice.registry.exchange.TrustList;
import org.dataprice.registry.json.JsonFields;
import org.dataprice.registry.json.JsonNull;
import org.dataprice.registry.json.JsonParser;
import org.dataprice.registry.signature.PublishedKey;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps the exchange endpoints' JSON to the core's {@code registry.exchange} and {@code registry.signature} types and
 * back, naming every core field by the request's JSON path.
 *
 * <p>Record bodies: a listing, deal or index release is exported as the JSON this service answers for it
 * ({@code ListingResponse}, {@code DealResponse} without {@code buyerId}, {@code IndexViews.Latest} with the composite's
 * observations), turned into the canonical model: objects, arrays, strings, booleans, null, integers of an integer
 * type within ±(2^53 − 1) as integers and every other number (money, quantities) as its exact decimal
 * ({@code BigDecimal}, which travels as a string with its scale: {@code "1200.50"}).
 */
public final class ExchangeMapper {
    /** Core names of the trust list → the JSON path of the trusting request. */
    private static final Map<String, String> TRUST_FIELDS = Map.of(
            "exchanges[*].keys", "key.kid", "keys[*].kid", "key.kid", "exchanges", "exchangeId", "keys", "key");

    private ExchangeMapper() {
    }

    /**
     * @param jwk a key as another exchange publishes it
     * @return the core key (its id checked as the RFC 7638 thumbprint of {@code x}); problems on {@code key.…}
     */
    public static PublishedKey key(ExchangeJson.Jwk jwk) {
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("kty", jwk.kty());
        members.put("crv", jwk.crv());
        members.put("x", jwk.x());
        members.put("kid", jwk.kid());
        if (jwk.alg() != null) {
            members.put("alg", jwk.alg());
        }
        members.put("dataprice_valid_from", jwk.dataPriceValidFrom().toString());
        if (jwk.dataPriceRetiredAt() != null) {
            members.put("dataprice_retired_at", jwk.dataPriceRetiredAt().toString());
        }
        return CoreFields.renamed(Map.of("key.validFrom", "key.dataprice_valid_from", "key.retiredAt", "key.dataprice_retired_at"),
                () -> PublishedKey.fromJwk(JsonFields.of(members, "key")));
    }

    /**
     * Replays the trust list's changes, oldest first.
     *
     * @param events the stored changes
     * @return the trust list they make
     */
    public static TrustList replay(List<TrustEvent> events) {
        TrustList list = new TrustList(List.of());
        for (TrustEvent e : events) {
            list = TrustEvent.ADD.equals(e.action())
                    ? list.add(e.exchangeId(), new PublishedKey(e.kid(), e.x(), e.validFrom(), e.retiredAt()))
                    : list.retire(e.kid(), e.retiredAt());
        }
        return list;
    }

    /**
     * @param list       the trust list
     * @param exchangeId the exchange
     * @param key        its key
     * @return the list trusting the key; problems on {@code exchangeId} and {@code key.kid}
     */
    public static TrustList add(TrustList list, String exchangeId, PublishedKey key) {
        return CoreFields.renamed(TRUST_FIELDS, () -> list.add(exchangeId, key));
    }

    /**
     * @param list the trust list
     * @param kid  the key (path variable {@code kid})
     * @param at   from when
     * @return the list with the key retired; problems on {@code kid} and {@code retiredAt}
     */
    public static TrustList retire(TrustList list, String kid, Instant at) {
        return list.retire(kid, at);
    }

    /**
     * @param list   the trust list
     * @param events its changes
     * @return the answer
     */
    public static ExchangeJson.TrustListResponse toResponse(TrustList list, List<TrustEvent> events) {
        List<ExchangeJson.TrustedKey> keys = new ArrayList<>();
        list.exchanges().forEach(e -> e.keys().keys().forEach(k -> keys.add(
                new ExchangeJson.TrustedKey(e.exchangeId(), k.kid(), k.x(), k.validFrom(), k.retiredAt()))));
        List<ExchangeJson.TrustChange> history = events.stream().map(e -> new ExchangeJson.TrustChange(e.seq(), e.action(),
                e.exchangeId(), e.kid(), e.reason(), e.actor(), e.recordedAt())).toList();
        return new ExchangeJson.TrustListResponse(keys, history);
    }

    /**
     * @param kind   the record's kind
     * @param id     its id here
     * @param view   the JSON view this service answers for it
     * @param mapper the service's JSON mapper
     * @param omit   top-level members left out of the export
     * @return the record
     */
    public static ExchangeRecord record(ExchangeRecordKind kind, String id, Object view, JsonMapper mapper, String... omit) {
        Map<String, Object> body = object(tree(view, mapper));
        for (String name : omit) {
            body.remove(name);
        }
        return new ExchangeRecord(kind, id, body);
    }

    /**
     * @param views  named JSON views of one record
     * @param mapper the service's JSON mapper
     * @return one object holding each view under its name
     */
    public static Map<String, Object> combined(Map<String, Object> views, JsonMapper mapper) {
        Map<String, Object> out = new LinkedHashMap<>();
        views.forEach((name, view) -> out.put(name, canonical(tree(view, mapper))));
        return out;
    }

    private static JsonNode tree(Object view, JsonMapper mapper) {
        try {
            return mapper.writeValueToTree(view);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> object(JsonNode node) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : node.entries()) {
            out.put(e.getKey(), canonical(e.getValue()));
        }
        return out;
    }

    /**
     * @param node a JSON tree
     * @return its canonical model value
     */
    static Object canonical(JsonNode node) {
        if (node.isObject()) {
            return object(node);
        }
        if (node.isArray()) {
            List<Object> out = new ArrayList<>();
            node.values().forEach(v -> out.add(canonical(v)));
            return out;
        }
        if (node.isString()) {
            return node.getStringValue();
        }
        if (node.isBoolean()) {
            return node.getBooleanValue();
        }
        if (node.isNumber()) {
            return number(node.getNumberValue());
        }
        return JsonNull.NULL;
    }

    /** Integers of an integer type within ±(2^53 − 1) stay integers; every other number is its exact decimal. */
    private static Object number(Number n) {
        if (n instanceof Integer || n instanceof Long || n instanceof Short || n instanceof Byte) {
            long v = n.longValue();
            return Math.abs(v) <= JsonParser.MAX_SAFE_INTEGER ? (Object) v : BigDecimal.valueOf(v);
        }
        return n instanceof BigDecimal d ? d : n instanceof BigInteger i ? new BigDecimal(i) : new BigDecimal(n.toString());
    }
}
