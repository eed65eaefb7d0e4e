package org.dataprice.api.registry;

import jakarta.inject.Singleton;
import org.dataprice.api.json.CoreFields;
import org.dataprice.api.ledger.Ledger;
import org.dataprice.api.ledger.LedgerChain;
import org.dataprice.api.problem.ProblemException;
import org.dataprice.api.transaction.Transactions;
import org.dataprice.error.InvalidInputException;
import org.dataprice.error.Rule;
import org.dataprice.registry.Registration;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * The registry as the market and the settlement see it: a record (valuation, listing, deal, settlement) cites the
 * registration it is about, in the record's own transaction ({@link #cite}, chained in {@code registry-citations}).
 * A listing that cites a registration must be offered by one who may operate the product that day — the core's
 * {@link Registration#requireOperator} (holder or licensee of 数据产品经营权 of an ACTIVE registration), the day in UTC
 * as the market's dates are; its refusals, and an unknown id, are 422 naming the request's {@code registrationId}.
 * Thread-safe.
 */
@Singleton
public class RegistryCitations {
    /** The request field that cites a registration. */
    public static final String FIELD = "registrationId";

    private final RegistrationService registry;
    private final CitationRepository citations;
    private final LedgerChain chain;
    private final Transactions tx;

    /**
     * @param registry  the registry
     * @param citations the citation table
     * @param chain     the ledger chain
     * @param tx        transactions
     */
    public RegistryCitations(RegistrationService registry, CitationRepository citations, LedgerChain chain,
                             Transactions tx) {
        this.registry = registry;
        this.citations = citations;
        this.chain = chain;
        this.tx = tx;
    }

    /** What cites a registration. */
    public enum Kind {
        /** A stored valuation. */
        VALUATION,
        /** A listing. */
        LISTING,
        /** A concluded deal (carries its listing's citation). */
        DEAL,
        /** A revenue settlement. */
        SETTLEMENT;

        String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * Checks that a seller may list the product of a registration on a day (the core's listing rule).
     *
     * @param registrationId the cited registration
     * @param sellerId       the seller
     * @param at             the listing's creation time (its UTC day is checked)
     * @throws InvalidInputException 422 on {@code registrationId}: unknown, not ACTIVE, or the seller may not operate it
     */
    public void requireOperator(String registrationId, String sellerId, Instant at) {
        Registration r = find(registrationId);
        CoreFields.renamed("sellerId", FIELD, () -> CoreFields.renamed("status", FIELD,
                () -> r.requireOperator(sellerId, at.atOffset(ZoneOffset.UTC).toLocalDate(), ZoneOffset.UTC)));
    }

    /**
     * Checks that a record dated {@code date} may cite a registration: it exists and is ACTIVE at the end of that day
     * (UTC) — the core's {@link Registration#requireActiveOn}.
     *
     * @param registrationId the cited registration
     * @param date           the record's date (a valuation's 评估基准日)
     * @throws InvalidInputException 422 on {@code registrationId}: unknown, not yet registered, suspended or cancelled
     */
    public void requireActiveOn(String registrationId, java.time.LocalDate date) {
        Registration r = find(registrationId);
        CoreFields.renamed("status", FIELD, () -> r.requireActiveOn(date, ZoneOffset.UTC));
    }

    /**
     * Checks that a cited registration exists.
     *
     * @param registrationId the cited registration
     * @throws InvalidInputException 422 {@code unknown} on {@code registrationId} when the registry does not know it
     */
    public void requireKnown(String registrationId) {
        find(registrationId);
    }

    private Registration find(String registrationId) {
        try {
            return registry.load(registrationId);
        } catch (ProblemException e) {
            throw new InvalidInputException(FIELD, registrationId, Rule.UNKNOWN, "the registry's registration ids");
        }
    }

    /**
     * Records that a record cites a registration, inside the caller's open transaction.
     *
     * @param kind           the record's kind
     * @param subjectId      its id
     * @param registrationId the registration
     * @param by             who created the record
     * @param at             when
     */
    public void cite(Kind kind, String subjectId, String registrationId, String by, Instant at) {
        tx.joined(() -> {
            String id = kind.code() + "/" + subjectId;
            citations.save(new CitationRow(id, kind.code(), subjectId, registrationId, by, at));
            chain.append(Ledger.REGISTRY_CITATIONS, id);
            return id;
        });
    }

    /**
     * @param kind      a record's kind
     * @param subjectId its id
     * @return the registration it cites, if any
     */
    public Optional<String> citedBy(Kind kind, String subjectId) {
        return citations.findById(kind.code() + "/" + subjectId).map(CitationRow::registrationId);
    }

    /**
     * @param registrationId a registration
     * @return the records citing it, oldest first
     */
    public List<CitationRow> citing(String registrationId) {
        return tx.read(() -> citations.findByRegistrationIdOrderByCitedAt(registrationId));
    }
}
