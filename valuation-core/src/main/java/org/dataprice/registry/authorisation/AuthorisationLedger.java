package org.dataprice.registry.authorisation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dataprice.error.InvalidInputException;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;
import org.dataprice.registry.HashChain;
import org.dataprice.registry.Term;

/**
 * 存证 — the append-only, hash-chained ledger of authorisation records. Immutable: {@link #append} returns a
 * new ledger.
 *
 * <p>Rules (field, {@link Rule}): records in time order ({@code at}, {@link Rule#AT_LEAST}); agreement and
 * authorisation ids unique ({@code entry.id}, {@link Rule#DUPLICATE}); a revocation names a recorded data
 * authorisation ({@code entry.authorisationId}, {@link Rule#UNKNOWN}) that is revocable and not yet revoked
 * ({@link Rule#INVALID_STATE}), and is made by its grantor ({@code actor}, {@link Rule#NOT_A_PARTY}); at most
 * {@value #MAX_RECORDS} records ({@link Rule#LIMIT_EXCEEDED}). {@link #replay} checks a stored ledger link by
 * link ({@link HashChain#verify}) and rule by rule.
 *
 * <p>Status at an instant ({@link #statusAt}): only records at or before the instant count (so the answer
 * for a past instant is what was provable then); the term is read on the date of the instant in the given
 * zone. Lookups are O(1); an append copies the record list, O(records).
 */
public final class AuthorisationLedger {
    /** Most records one ledger holds in memory. */
    public static final int MAX_RECORDS = 100_000;

    private static final AuthorisationLedger EMPTY = new AuthorisationLedger(List.of());

    private final List<AuthorisationRecord> records;
    private final Index index;

    private AuthorisationLedger(List<AuthorisationRecord> records) {
        this.records = records;
        this.index = new Index();
        records.forEach(index::add);
    }

    private AuthorisationLedger(List<AuthorisationRecord> records, Index index) {
        this.records = records;
        this.index = index;
    }

    /** @return the empty ledger */
    public static AuthorisationLedger empty() {
        return EMPTY;
    }

    /** @return the records, oldest first */
    public List<AuthorisationRecord> records() {
        return records;
    }

    /**
     * @param actor  who records it
     * @param at     when; not before the last record
     * @param reason why
     * @param entry  what
     * @return the ledger with the record appended
     */
    public AuthorisationLedger append(String actor, Instant at, String reason, AuthorisationEntry entry) {
        Require.withinLimit(records.size() + 1L, MAX_RECORDS, "records", "");
        String previous = records.isEmpty() ? HashChain.GENESIS : records.get(records.size() - 1).hash();
        AuthorisationRecord record = AuthorisationRecord.of(records.size() + 1L, actor, at, reason, entry, previous);
        index.check(record);
        List<AuthorisationRecord> longer = new ArrayList<>(records);
        longer.add(record);
        return new AuthorisationLedger(List.copyOf(longer));
    }

    /**
     * @param stored the records as stored, in order
     * @return the ledger, after checking every link and rule (failures named {@code records[i]…}); O(records)
     */
    public static AuthorisationLedger replay(List<AuthorisationRecord> stored) {
        List<AuthorisationRecord> copy = Require.copyOf(stored, "records");
        Require.withinLimit(copy.size(), MAX_RECORDS, "records", "");
        HashChain.verify(copy, "records");
        Index growing = new Index();
        for (int i = 0; i < copy.size(); i++) {
            try {
                growing.check(copy.get(i));
            } catch (InvalidInputException e) {
                throw e.within("records[" + i + "]");
            }
            growing.add(copy.get(i));
        }
        return new AuthorisationLedger(copy);
    }

    /**
     * The ledger continued by records stored after this ledger's head — the bounded read of a ledger already replayed:
     * only the newer records are checked (their links from this head, their hashes and the rules), O(newer) hashing
     * plus an O(records) copy of the index, never a re-hash of the records already checked.
     *
     * @param newer the records after the head, in order (sequence {@code records().size() + 1} on)
     * @return the longer ledger (this one when {@code newer} is empty)
     * @throws InvalidInputException {@code records[i]…} on the first broken link or rule, as {@link #replay}
     */
    public AuthorisationLedger extendedBy(List<AuthorisationRecord> newer) {
        List<AuthorisationRecord> copy = Require.copyOf(newer, "records");
        if (copy.isEmpty()) {
            return this;
        }
        Require.withinLimit((long) records.size() + copy.size(), MAX_RECORDS, "records", "");
        HashChain.verify(copy, "records", records.size(), head());
        Index growing = index.copy();
        for (int i = 0; i < copy.size(); i++) {
            try {
                growing.check(copy.get(i));
            } catch (InvalidInputException e) {
                throw e.within("records[" + (records.size() + i) + "]");
            }
            growing.add(copy.get(i));
        }
        List<AuthorisationRecord> longer = new ArrayList<>(records.size() + copy.size());
        longer.addAll(records);
        longer.addAll(copy);
        return new AuthorisationLedger(java.util.Collections.unmodifiableList(longer), growing);
    }

    /** @return the hash of the last record, {@link HashChain#GENESIS} for the empty ledger */
    public String head() {
        return records.isEmpty() ? HashChain.GENESIS : records.get(records.size() - 1).hash();
    }

    /**
     * The settlement's rule (plan §6, "settlements to individuals by use or by year can cite the authorisation they
     * pay for"): a payment cites a data authorisation ({@link DataAuthorisation}, enterprise or personal) that is
     * IN_FORCE at the payment's instant ({@link #statusAt}) and whose grantor is the one paid — the person or
     * enterprise whose data is used is paid for it, never a third party.
     *
     * @param authorisationId the cited authorisation
     * @param payee           the names the payee goes by (its party id and its principals); the grantor must be one
     * @param at              when the payment is recorded
     * @param zone            the zone of the term's dates
     * @return the authorisation
     * @throws InvalidInputException on {@code authorisationId}: {@link Rule#UNKNOWN} when not recorded by then,
     *         {@link Rule#INVALID_STATE} for an operation agreement or an authorisation not IN_FORCE then,
     *         {@link Rule#NOT_A_PARTY} when the grantor is not the payee
     */
    public DataAuthorisation requirePayable(String authorisationId, java.util.Set<String> payee, Instant at,
            ZoneId zone) {
        Require.notNull(authorisationId, "authorisationId");
        AuthorisationRecord made = find(authorisationId).filter(r -> !r.at().isAfter(at)).orElse(null);
        Require.that(made != null, "authorisationId", authorisationId, Rule.UNKNOWN, "the recorded data authorisations");
        Require.that(made.entry() instanceof AuthorisationEntry.Authorise, "authorisationId", authorisationId,
                Rule.INVALID_STATE, "a data authorisation (an operation agreement pays no individual)");
        AuthorisationStatus status = statusAt(authorisationId, at, zone);
        Require.that(status == AuthorisationStatus.IN_FORCE, "authorisationId", authorisationId, Rule.INVALID_STATE,
                "an authorisation IN_FORCE on " + at.atZone(zone).toLocalDate() + " (it is " + status + ")");
        DataAuthorisation d = ((AuthorisationEntry.Authorise) made.entry()).authorisation();
        Require.that(payee.contains(d.grantor()), "authorisationId", authorisationId, Rule.NOT_A_PARTY,
                "an authorisation granted by the party paid");
        return d;
    }

    /**
     * @param id an agreement or authorisation id
     * @return the record that made it, if any
     */
    public Optional<AuthorisationRecord> find(String id) {
        return Optional.ofNullable(index.made.get(id));
    }

    /**
     * @param id an authorisation id
     * @return the revocation record, if revoked
     */
    public Optional<AuthorisationRecord> revocation(String id) {
        return Optional.ofNullable(index.revoked.get(id));
    }

    /**
     * @param id   an agreement or authorisation id
     * @param at   the instant asked about
     * @param zone the zone whose date at {@code at} is compared with the term
     * @return its status at {@code at}, from the records made by then
     */
    public AuthorisationStatus statusAt(String id, Instant at, ZoneId zone) {
        Optional<AuthorisationRecord> made = find(id).filter(r -> !r.at().isAfter(at));
        if (made.isEmpty()) {
            return AuthorisationStatus.UNKNOWN;
        }
        if (revocation(id).filter(r -> !r.at().isAfter(at)).isPresent()) {
            return AuthorisationStatus.REVOKED;
        }
        LocalDate date = at.atZone(zone).toLocalDate();
        Term term = made.get().entry() instanceof AuthorisationEntry.Agree a ? a.agreement().term()
                : ((AuthorisationEntry.Authorise) made.get().entry()).authorisation().term();
        if (date.isBefore(term.from())) {
            return AuthorisationStatus.NOT_YET;
        }
        return term.covers(date) ? AuthorisationStatus.IN_FORCE : AuthorisationStatus.EXPIRED;
    }

    /** The records by subject id, and the rules a next record must keep; O(1) per record. */
    private static final class Index {
        private final Map<String, AuthorisationRecord> made = new HashMap<>();
        private final Map<String, AuthorisationRecord> revoked = new HashMap<>();
        private Instant last;

        /** @return an independent copy (the maps' tables are cloned, not rebuilt record by record) */
        Index copy() {
            Index c = new Index();
            c.made.putAll(made);
            c.revoked.putAll(revoked);
            c.last = last;
            return c;
        }

        void add(AuthorisationRecord record) {
            (record.entry() instanceof AuthorisationEntry.Revoke ? revoked : made).put(record.entry().subjectId(), record);
            last = record.at();
        }

        void check(AuthorisationRecord record) {
            if (last != null) {
                Require.that(!record.at().isBefore(last), "at", record.at(), Rule.AT_LEAST, last);
            }
            AuthorisationEntry entry = record.entry();
            if (entry instanceof AuthorisationEntry.Revoke revoke) {
                AuthorisationRecord grant = made.get(revoke.authorisationId());
                Require.that(grant != null && grant.entry() instanceof AuthorisationEntry.Authorise, "entry.authorisationId",
                        revoke.authorisationId(), Rule.UNKNOWN, "the recorded data authorisations");
                DataAuthorisation d = ((AuthorisationEntry.Authorise) grant.entry()).authorisation();
                Require.that(d.revocable(), "entry.authorisationId", d.authorisationId(), Rule.INVALID_STATE,
                        "revocation of an authorisation granted as irrevocable");
                Require.that(!revoked.containsKey(d.authorisationId()), "entry.authorisationId", d.authorisationId(),
                        Rule.INVALID_STATE, "revocation of an authorisation already revoked");
                Require.that(record.actor().equals(d.grantor()), "actor", record.actor(), Rule.NOT_A_PARTY,
                        "grantor " + d.grantor());
            } else {
                Require.that(!made.containsKey(entry.subjectId()), "entry.id", entry.subjectId(), Rule.DUPLICATE, "id");
            }
        }
    }
}
