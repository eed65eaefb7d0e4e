package org.dataprice.registry.authorisation;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.dataprice.error.InvalidInputException;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;
import org.dataprice.registry.DataClassification;
import org.dataprice.registry.Term;
import org.dataprice.registry.json.JsonFields;
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
        return CanonicalJson.sha256Hex(CanonicalJson.bytes(body()));
    }

    /**
     * @return the record's content as hashed (every component but the hash), for storage: a later reader recomputes
     *         {@code hex(SHA-256(JCS(body)))} and compares it with the stored hash
     */
    public Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("sequence", sequence);
        body.put("actor", actor);
        body.put("at", at.toString());
        body.put("reason", reason);
        body.put("type", entry.type());
        body.put("entry", entry.toJson());
        body.put("previousHash", previousHash);
        return body;
    }

    /**
     * Reads a stored record ({@link #body()} as parsed). The hash is taken as stored: {@link AuthorisationLedger#replay}
     * checks it.
     *
     * @param body the record's body; failures are named below {@code body.path()}
     * @param hash the hash stored with it
     * @return the record
     */
    public static AuthorisationRecord fromJson(JsonFields body, String hash) {
        String type = body.string("type");
        JsonFields entry = body.object("entry");
        AuthorisationEntry parsed;
        try {
            parsed = switch (type) {
                case "agree" -> new AuthorisationEntry.Agree(agreement(entry.object("agreement")));
                case "authorise" -> new AuthorisationEntry.Authorise(authorisation(entry.object("authorisation")));
                case "revoke" -> new AuthorisationEntry.Revoke(entry.string("authorisationId"));
                default -> throw new InvalidInputException(body.pathOf("type"), type, Rule.UNKNOWN,
                        "agree, authorise, revoke");
            };
        } catch (InvalidInputException e) {
            throw e.field().startsWith(body.path()) ? e : e.within(entry.path());
        }
        try {
            return new AuthorisationRecord(body.integer("sequence"), body.string("actor"), body.instant("at"),
                    body.string("reason"), parsed, body.string("previousHash"), hash);
        } catch (InvalidInputException e) {
            throw e.field().startsWith(body.path()) ? e : e.within(body.path());
        }
    }

    private static OperationAgreement agreement(JsonFields json) {
        try {
            return new OperationAgreement(json.string("agreementId"), json.string("provider"), json.string("operator"),
                    json.string("scope"), Term.fromJson(json), json.string("feeBasis"));
        } catch (InvalidInputException e) {
            throw e.field().startsWith(json.path()) ? e : e.within(json.path());
        }
    }

    private static DataAuthorisation authorisation(JsonFields json) {
        try {
            return new DataAuthorisation(json.string("authorisationId"),
                    json.constant("classification", DataClassification.class), json.string("grantor"),
                    json.string("grantee"), json.string("purpose"), Term.fromJson(json), json.bool("revocable"));
        } catch (InvalidInputException e) {
            throw e.field().startsWith(json.path()) ? e : e.within(json.path());
        }
    }
}
