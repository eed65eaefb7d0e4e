package org.dataprice.registry;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.dataprice.error.Require;
import org.dataprice.registry.json.CanonicalJson;

/**
 * One entry of a registration's append-only history: the event with who, when and why, its sequence number
 * and its place in the hash chain (存证).
 *
 * <p>Hash: {@code hash = hex(SHA-256(JCS(body)))} where {@code body} is the canonical JSON (RFC 8785) object
 * {@code {"actor","at","event","previousHash","reason","registrationId","sequence","type"}}; the first
 * event's {@code previousHash} is {@link HashChain#GENESIS} (64 zeros). Changing any field of any event, removing,
 * reordering or inserting an event changes a hash that a later event or the published head cites
 * ({@link Registration#replay} finds it).
 *
 * @param registrationId the registration; an identifier
 * @param sequence       1 for the first event, then +1
 * @param actor          who did it (party or registrar id); an identifier
 * @param at             when it was recorded; not null
 * @param reason         why; not blank
 * @param event          what; not null
 * @param previousHash   the previous entry's hash, {@link HashChain#GENESIS} for the first
 * @param hash           this entry's hash as stored (checked by {@link Registration#replay}, not here)
 */
public record RecordedEvent(String registrationId, long sequence, String actor, Instant at, String reason,
        RegistryEvent event, String previousHash, String hash) implements HashChain.Link {

    /** Checks the components. */
    public RecordedEvent {
        RegistryText.id(registrationId, "registrationId");
        Require.atLeast(sequence, 1, "sequence");
        RegistryText.id(actor, "actor");
        Require.notNull(at, "at");
        RegistryText.text(reason, RegistryText.MAX_SHORT_TEXT, "reason");
        Require.notNull(event, "event");
        Require.notNull(previousHash, "previousHash");
        Require.notNull(hash, "hash");
    }

    /**
     * Records an event after {@code previous}, computing its hash.
     *
     * @param registrationId the registration
     * @param sequence       its sequence number
     * @param actor          who
     * @param at             when
     * @param reason         why
     * @param event          what
     * @param previousHash   the previous entry's hash
     * @return the entry
     */
    public static RecordedEvent of(String registrationId, long sequence, String actor, Instant at, String reason,
            RegistryEvent event, String previousHash) {
        RecordedEvent draft = new RecordedEvent(registrationId, sequence, actor, at, reason, event, previousHash, "");
        return new RecordedEvent(registrationId, sequence, actor, at, reason, event, previousHash, draft.computeHash());
    }

    /** @return the canonical JSON body that is hashed (everything but {@code hash}) */
    public Map<String, Object> body() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("registrationId", registrationId);
        json.put("sequence", sequence);
        json.put("actor", actor);
        json.put("at", at.toString());
        json.put("reason", reason);
        json.put("type", event.type());
        json.put("event", event.toJson());
        json.put("previousHash", previousHash);
        return json;
    }

    /** @return the hash recomputed from the body */
    @Override
    public String computeHash() {
        return CanonicalJson.sha256Hex(CanonicalJson.bytes(body()));
    }

    /**
     * Reads a recorded event back from its stored body ({@link #body}) and hash: the inverse of {@code body()},
     * so that {@link Registration#replay} can check the stored chain. The stored hash is kept as stored, never
     * recomputed here: {@code replay} names a body that does not hash to it.
     *
     * @param body the body's members, as {@link org.dataprice.registry.json.JsonParser} reads the stored canonical JSON
     * @param hash the stored hash
     * @return the event
     */
    public static RecordedEvent fromJson(org.dataprice.registry.json.JsonFields body, String hash) {
        RegistryEvent event = RegistryEvent.fromJson(body.string("type"), body.object("event"));
        try {
            return new RecordedEvent(body.string("registrationId"), body.integer("sequence"), body.string("actor"),
                    body.instant("at"), body.string("reason"), event, body.string("previousHash"), hash);
        } catch (org.dataprice.error.InvalidInputException e) {
            throw e.within(body.path());
        }
    }
}
