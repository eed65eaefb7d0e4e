package org.dataprice.registry.authorisation;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.dataprice.error.Require;
import org.dataprice.registry.HashChain;
import org.dataprice.registry.RegistryText;
import org.dataprice.registry.json.CanonicalJson;

/**
 * One record of the authorisation ledger, chained like a registration's events: {@code hash =
 * hex(SHA-256(JCS({"actor","at","entry","previousHash","reason","sequence","type"})))}, the first record's
 * {@code previousHash} being {@link HashChain#GENESIS}.
 *
 * @param sequence     1, 2, …
 * @param actor        who recorded it (the grantor for a revocation); an identifier
 * @param at           when; not null
 * @param reason       why (e.g. the signed document's reference); not blank
 * @param entry        what; not null
 * @param previousHash the previous record's hash
 * @param hash         this record's hash as stored
 */
public record AuthorisationRecord(long sequence, String actor, Instant at, String reason, AuthorisationEntry entry,
        String previousHash, String hash) implements HashChain.Link {
    /** Checks the components. */
    public AuthorisationRecord {
        Require.atLeast(sequence, 1, "sequence");
        RegistryText.id(actor, "actor");
        Require.notNull(at, "at");
        RegistryText.text(reason, RegistryText.MAX_SHORT_TEXT, "reason");
        Require.notNull(entry, "entry");
        Require.notNull(previousHash, "previousHash");
        Require.notNull(hash, "hash");
    }

    /**
     * @param sequence     the sequence number
     * @param actor        who
     * @param at           when
     * @param reason       why
     * @param entry        what
     * @param previousHash the previous record's hash
     * @return the record with its hash computed
     */
    public static AuthorisationRecord of(long sequence, String actor, Instant at, String reason, AuthorisationEntry entry,
            String previousHash) {
        AuthorisationRecord draft = new AuthorisationRecord(sequence, actor, at, reason, entry, previousHash, "");
        return new AuthorisationRecord(sequence, actor, at, reason, entry, previousHash, draft.computeHash());
    }

    @Override
    public String computeHash() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("sequence", sequence);
        body.put("actor", actor);
        body.put("at", at.toString());
        body.put("reason", reason);
        body.put("type", entry.type());
        body.put("entry", entry.toJson());
        body.put("previousHash", previousHash);
        return CanonicalJson.sha256Hex(CanonicalJson.bytes(body));
    }
}
