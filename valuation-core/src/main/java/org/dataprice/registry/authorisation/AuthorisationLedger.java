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
