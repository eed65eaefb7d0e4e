package org.dataprice.api.registry;

import jakarta.inject.Singleton;
import org.dataprice.api.ledger.Ledger;
import org.dataprice.api.ledger.LedgerChain;
import org.dataprice.api.problem.ProblemException;
import org.dataprice.api.problem.ProblemType;
import org.dataprice.api.json.CoreFields;
import org.dataprice.api.time.ServiceClock;
import org.dataprice.api.transaction.Transactions;
import org.dataprice.registry.DataClassification;
import org.dataprice.registry.HashChain;
import org.dataprice.registry.Registration;
import org.dataprice.registry.authorisation.AuthorisationEntry;
import org.dataprice.registry.authorisation.AuthorisationLedger;
import org.dataprice.registry.authorisation.AuthorisationRecord;
import org.dataprice.registry.provenance.Provenance;
import org.dataprice.registry.provenance.ProvenanceNode;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * 授权、存证、溯源 over HTTP: loads the authorisation ledger, lets the core append the next record
 * ({@link AuthorisationLedger#append}: unique ids, time order, grantor-only revocation of a revocable authorisation,
 * personal data always revocable), saves the record (chained in the {@code authorisation-records} ledger) in one
 * transaction, and answers status at an instant ({@link AuthorisationLedger#statusAt}) and provenance
 * ({@link Provenance#trace}) from the core. The whole ledger is one hash chain, checked by the core; a load reads it
 * through {@link AuthorisationLedgers} (kept by its chain head: O(1) rows when nothing changed, O(newer records)
 * otherwise, the full replay of at most {@link AuthorisationLedger#MAX_RECORDS} only when the head does not continue
 * the cached one). Writers take the chain's head lock
 * ({@link LedgerChain#lockHead}) before loading, so concurrent records queue instead of computing on the same head;
 * the unique key on the sequence number remains the guard (a refused transaction is retried whole,
 * {@link Transactions#write}). Terms' dates are read in UTC, as the market's dates are.
 *
 * <p>Who may do what: the REGISTRAR records operation agreements; a data authorisation is recorded by its grantor
 * (the caller) or by the REGISTRAR naming the grantor; only the grantor revokes. Who sees what: an operation agreement
 * (public data) is shown in full to every authenticated caller; a data authorisation in full to its grantor, grantee and
 * the REGISTRAR, its public part (no party, purpose, actor or reason) to others for enterprise data, and to others a
 * personal-data authorisation does not exist (404, as for an unknown id) — nothing personal is published.
 */
@Singleton
public class AuthorisationService {
    /** The zone in which terms' dates are read. */
    static final ZoneId ZONE = ZoneOffset.UTC;

    private final AuthorisationRepository records;
    private final RegistrationService registry;
    private final TariffIds tariffs;
    private final LedgerChain chain;
    private final Transactions tx;
    private final Clock clock;
    private final AuthorisationLedgers ledgers;
    private final AuthorisationCitationRepository citations;

    /** Most payments one authorisation's citations list (the oldest first). */
    public static final int MAX_CITATIONS = 1_000;

    /**
     * A payment that cites an authorisation.
     *
     * @param term            its JSON path in the request, e.g. {@code periods[0].terms.perUseFees[1]}
     * @param payee           the party paid
     * @param names           the names the payee goes by: its party id and its principals
     * @param authorisationId the authorisation it pays for
     */
    public record Payment(String term, String payee, java.util.Set<String> names, String authorisationId) {
    }

    /**
     * @param records  the record table
     * @param registry the registrations (for provenance)
     * @param tariffs  the public-data tariffs an agreement's fee basis names
     * @param chain    the ledger chain
     * @param tx       transactions
     * @param clock    the service clock
     * @param ledgers  the ledger as last read, by its chain head (reads cost the records since, not the whole ledger)
     * @param citations the payments citing authorisations
     */
    public AuthorisationService(AuthorisationRepository records, RegistrationService registry, TariffIds tariffs,
                                LedgerChain chain, Transactions tx, Clock clock, AuthorisationLedgers ledgers,
                                AuthorisationCitationRepository citations) {
        this.ledgers = ledgers;
        this.citations = citations;
        this.records = records;
        this.registry = registry;
        this.tariffs = tariffs;
        this.chain = chain;
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * Records an authorised-operation agreement of public data.
     *
     * @param request the agreement
     * @param actor   the REGISTRAR
     * @return the agreement with its record
     */
    public AuthorisationResponse agree(OperationAgreementRequest request, String actor) {
        Instant now = now();
        var agreement = AuthorisationMapper.agreement(request, RegistrationService.newId("OPA", now), tariffs::exists);
        return append(actor, request.reason(), new AuthorisationEntry.Agree(agreement), true);
    }

    /**
     * Records a data authorisation.
     *
     * @param request the authorisation
     * @param caller  the grantor (its grantor omitted or its own name) or the REGISTRAR (the grantor named)
     * @return the authorisation with its record
     * @throws ProblemException 403 when a caller other than the REGISTRAR names another grantor
     */
    public AuthorisationResponse authorise(DataAuthorisationRequest request, RegistrationService.Caller caller) {
        String grantor = AuthorisationMapper.grantor(request, caller);
        if (!caller.registrar() && !grantor.equals(caller.name())) {
            throw new ProblemException(ProblemType.FORBIDDEN,
                    "an authorisation is recorded by its grantor (or the REGISTRAR): grantor must be the caller");
        }
        var authorisation = AuthorisationMapper.authorisation(request, RegistrationService.newId("DAU", now()), grantor);
        return append(caller.name(), request.reason(), new AuthorisationEntry.Authorise(authorisation), true);
    }

    /**
     * Revokes a data authorisation from now on.
     *
     * @param id      the authorisation
     * @param request why
     * @param caller  its grantor (a party that is not the grantor: 403; anyone else: 404)
     * @return the authorisation, revoked
     */
    public AuthorisationResponse revoke(String id, RevocationRequest request, RegistrationService.Caller caller) {
        return tx.write(() -> {
            chain.lockHead(Ledger.AUTHORISATION_RECORDS);
            AuthorisationRecord made = visible(load(), id, caller);
            if (made.entry() instanceof AuthorisationEntry.Authorise a && !a.authorisation().grantor().equals(caller.name())) {
                throw new ProblemException(ProblemType.FORBIDDEN, "only the grantor revokes authorisation " + id);
            }
            return append(caller.name(), request.reason(), new AuthorisationEntry.Revoke(id), false);
        });
    }

    private AuthorisationResponse append(String actor, String reason, AuthorisationEntry entry, boolean created) {
        return tx.write(() -> {
            chain.lockHead(Ledger.AUTHORISATION_RECORDS); // one chain: writers queue here rather than race to a head
            AuthorisationLedger before = load();
            Instant now = now();
            AuthorisationLedger after = AuthorisationMapper.appending(() -> before.append(actor, now, reason, entry));
            AuthorisationRecord head = after.records().get(after.records().size() - 1);
            AuthorisationRow row = records.save(AuthorisationMapper.row(head));
            chain.append(Ledger.AUTHORISATION_RECORDS, row.id());
            return AuthorisationMapper.toResponse(after, after.find(entry.subjectId()).orElseThrow(), true, now, ZONE);
        });
    }

    /**
     * @param id     an agreement or authorisation
     * @param caller who asks
     * @return it, in full or its public part
     */
    public AuthorisationResponse find(String id, RegistrationService.Caller caller) {
        return tx.read(() -> {
            AuthorisationLedger ledger = load();
            AuthorisationRecord made = visible(ledger, id, caller);
            return AuthorisationMapper.toResponse(ledger, made, sees(made, caller), now(), ZONE);
        });
    }

    /**
     * @param id     an agreement or authorisation
     * @param at     the instant asked about; null for now
     * @param caller who asks
     * @return its status then, from the records made by then, with the chain positions as evidence
     */
    public AuthorisationStatusResponse statusAt(String id, Instant at, RegistrationService.Caller caller) {
        return tx.read(() -> {
            AuthorisationLedger ledger = load();
            visible(ledger, id, caller);
            Instant when = at == null ? now() : at;
            AuthorisationRecord head = null;
            for (AuthorisationRecord r : ledger.records()) {
                if (r.at().isAfter(when)) {
                    break; // records are in time order (the core's rule)
                }
                head = r;
            }
            AuthorisationStatusResponse.Evidence position = head == null
                    ? new AuthorisationStatusResponse.Evidence(0, null, HashChain.GENESIS) : AuthorisationMapper.evidence(head);
            return new AuthorisationStatusResponse(id, when, ledger.statusAt(id, when, ZONE),
                    AuthorisationMapper.evidence(ledger.find(id).filter(r -> !r.at().isAfter(when)).orElse(null)),
                    AuthorisationMapper.evidence(ledger.revocation(id).filter(r -> !r.at().isAfter(when)).orElse(null)),
                    position);
        });
    }

    /**
     * Traces a registration back to its sources at an instant.
     *
     * @param registrationId the product's registration (404 when unknown)
     * @param at             the instant; null for now. Before the registration existed: 422 on {@code at}
     * @param caller         who asks: the REGISTRAR and the registration's parties see the sources' references
     * @return the provenance tree with its findings
     */
    public ProvenanceResponse provenance(String registrationId, Instant at, RegistrationService.Caller caller) {
        boolean full = "FULL".equals(registry.find(registrationId, caller).view());
        return tx.read(() -> {
            Instant when = at == null ? now() : at;
            AuthorisationLedger ledger = load();
            ProvenanceNode root = CoreFields.renamed("registrationId", "at",
                    () -> Provenance.trace(registrationId, this::registration, ledger, when, ZONE));
            return new ProvenanceResponse(registrationId, when, full ? "FULL" : "PUBLIC", root.complete(),
                    AuthorisationMapper.toResponse(root, full));
        });
    }

    /**
     * Records that a settlement's payments cite the authorisations they pay for, inside the caller's open transaction,
     * after the core's check of each ({@link AuthorisationLedger#requirePayable}: a data authorisation IN_FORCE at
     * {@code at}, granted by the party paid).
     *
     * @param settlementId the settlement
     * @param payments     its payments that cite an authorisation
     * @param by           who records the settlement
     * @param at           when (the instant the authorisations must be in force)
     * @return the citations as recorded, in the order given
     * @throws org.dataprice.error.InvalidInputException 422 on {@code <term>.authorisationId}
     */
    public List<PaymentAuthorisation> citeSettlement(String settlementId, List<Payment> payments, String by, Instant at) {
        if (payments.isEmpty()) {
            return List.of();
        }
        return tx.joined(() -> {
            AuthorisationLedger ledger = load();
            List<PaymentAuthorisation> out = new java.util.ArrayList<>(payments.size());
            for (Payment p : payments) {
                CoreFields.renamed(java.util.Map.of("authorisationId", p.term() + ".authorisationId"),
                        () -> ledger.requirePayable(p.authorisationId(), p.names(), at, ZONE));
            }
            for (Payment p : payments) {
                AuthorisationCitationRow row = citations.save(new AuthorisationCitationRow(
                        "settlement/" + settlementId + "/" + p.term(), p.authorisationId(), "settlement", settlementId,
                        p.term(), p.payee(), by, at));
                chain.append(Ledger.AUTHORISATION_CITATIONS, row.id());
                out.add(view(row, true));
            }
            return out;
        });
    }

    /**
     * @param settlementId a settlement
     * @return its payments that cite an authorisation, in term order
     */
    public List<PaymentAuthorisation> ofSettlement(String settlementId) {
        return tx.read(() -> citations.findBySubjectKindAndSubjectIdOrderByTerm("settlement", settlementId).stream()
                .map(r -> view(r, true)).toList());
    }

    /**
     * @param id     an agreement or authorisation
     * @param caller who asks (404 as for {@link #find})
     * @return the payments citing it, oldest first, at most {@link #MAX_CITATIONS}, without the payee
     */
    public List<PaymentAuthorisation> citations(String id, RegistrationService.Caller caller) {
        return tx.read(() -> {
            visible(load(), id, caller);
            return citations.findByAuthorisationId(id).stream().map(r -> view(r, false)).toList();
        });
    }

    private static PaymentAuthorisation view(AuthorisationCitationRow r, boolean payee) {
        return new PaymentAuthorisation(r.subjectKind(), r.subjectId(), r.term(), r.authorisationId(),
                payee ? r.payee() : null, r.citedAt());
    }

    private Optional<Registration> registration(String id) {
        try {
            return Optional.of(registry.load(id));
        } catch (ProblemException e) {
            return Optional.empty();
        }
    }

    /** The record that made {@code id}, if the caller may know of it: 404 for an unknown id and for a stranger to personal data. */
    private static AuthorisationRecord visible(AuthorisationLedger ledger, String id, RegistrationService.Caller caller) {
        AuthorisationRecord made = ledger.find(id).orElseThrow(() -> notFound(id));
        if (made.entry() instanceof AuthorisationEntry.Authorise a
                && a.authorisation().classification() == DataClassification.PERSONAL && !sees(made, caller)) {
            throw notFound(id);
        }
        return made;
    }

    private static boolean sees(AuthorisationRecord made, RegistrationService.Caller caller) {
        return caller.registrar() || made.entry() instanceof AuthorisationEntry.Agree
                || AuthorisationMapper.parties(made).contains(caller.name());
    }

    private AuthorisationLedger load() {
        return ledgers.current();
    }

    private static ProblemException notFound(String id) {
        return new ProblemException(ProblemType.NOT_FOUND, "No agreement or authorisation with id " + id
                + " for this caller");
    }

    private Instant now() {
        return ServiceClock.now(clock);
    }

}
