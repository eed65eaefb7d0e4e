package org.dataprice.api.registry;

import org.dataprice.api.json.CoreFields;
import org.dataprice.error.DatapriceException;
import org.dataprice.error.InvalidInputException;
import org.dataprice.error.Rule;
import org.dataprice.registry.DataClassification;
import org.dataprice.registry.Term;
import org.dataprice.registry.authorisation.AuthorisationEntry;
import org.dataprice.registry.authorisation.AuthorisationLedger;
import org.dataprice.registry.authorisation.AuthorisationRecord;
import org.dataprice.registry.authorisation.AuthorisationStatus;
import org.dataprice.registry.authorisation.DataAuthorisation;
import org.dataprice.registry.authorisation.OperationAgreement;
import org.dataprice.registry.json.CanonicalJson;
import org.dataprice.registry.json.JsonParser;
import org.dataprice.registry.provenance.ProvenanceNode;
import org.dataprice.registry.provenance.SourceTrace;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Authorisation requests to core records, stored rows to core records and back, and core answers to responses. The
 * rules are the core's ({@code org.dataprice.registry.authorisation}); the request's fields carry the core's names
 * ({@code provider}, {@code operator}, {@code scope}, {@code from}, {@code until}, {@code feeBasis},
 * {@code classification}, {@code grantor}, {@code grantee}, {@code purpose}, {@code revocable}), and a revocation the
 * stored state forbids (an agreement, an irrevocable or an already revoked authorisation: the core's
 * {@code entry.authorisationId}) is named {@code status}. Stateless.
 */
public final class AuthorisationMapper {
    /** The fee basis of conditionally free use (plan §5: 有条件无偿使用). */
    public static final String FREE = "free";
    /** The kind of an operation agreement in responses. */
    static final String AGREEMENT = "operation-agreement";
    /** The kind of a data authorisation in responses. */
    static final String AUTHORISATION = "data-authorisation";

    private AuthorisationMapper() {
    }

    /**
     * @param json        the request
     * @param id          the id assigned
     * @param tariffKnown whether a tariff id exists
     * @return the core agreement
     * @throws InvalidInputException 422 {@code unknown} on {@code feeBasis} when it is neither {@value #FREE} nor a tariff
     */
    public static OperationAgreement agreement(OperationAgreementRequest json, String id, Predicate<String> tariffKnown) {
        OperationAgreement a = new OperationAgreement(id, json.provider(), json.operator(), json.scope(),
                new Term(json.from(), json.until()), json.feeBasis());
        if (!FREE.equals(a.feeBasis()) && !tariffKnown.test(a.feeBasis())) {
            throw new InvalidInputException("feeBasis", a.feeBasis(), Rule.UNKNOWN, "\"" + FREE
                    + "\" or the id of a public-data tariff (/v1/tariffs)");
        }
        return a;
    }

    /**
     * @param json    the request
     * @param id      the id assigned
     * @param grantor the grantor (the request's, or the caller)
     * @return the core authorisation
     */
    public static DataAuthorisation authorisation(DataAuthorisationRequest json, String id, String grantor) {
        return new DataAuthorisation(id, json.classification(), grantor, json.grantee(), json.purpose(),
                new Term(json.from(), json.until()), json.revocable() == null || json.revocable());
    }

    /**
     * @param json   the request
     * @param caller who records it
     * @return the grantor: the one named, or the caller when none is named
     * @throws InvalidInputException 422 {@code missing} on {@code grantor} when the REGISTRAR names none (it records on
     *                               the grantor's document, never as the grantor)
     */
    public static String grantor(DataAuthorisationRequest json, RegistrationService.Caller caller) {
        if (json.grantor() != null) {
            return json.grantor();
        }
        if (caller.registrar()) {
            throw new InvalidInputException("grantor", null, Rule.MISSING);
        }
        return caller.name();
    }

    /**
     * Appends to the ledger in the core, naming a revocation the stored state forbids {@code status}.
     *
     * @param append the core call
     * @return the longer ledger
     */
    public static AuthorisationLedger appending(java.util.function.Supplier<AuthorisationLedger> append) {
        return CoreFields.renamed("entry.authorisationId", "status", append);
    }

    /**
     * @param r a record
     * @return its row
     */
    static AuthorisationRow row(AuthorisationRecord r) {
        return new AuthorisationRow(r.entry().type() + "/" + r.entry().subjectId(), r.sequence(), r.entry().type(),
                r.entry().subjectId(), r.actor(), r.at(), CanonicalJson.write(r.body()), r.hash(), r.previousHash());
    }

    /**
     * @param rows the stored records, oldest first
     * @return the ledger, replayed and checked by the core
     * @throws IllegalStateException when the store fails the core's check (a tampered store)
     */
    static AuthorisationLedger ledger(List<AuthorisationRow> rows) {
        try {
            return AuthorisationLedger.replay(records(rows, 0));
        } catch (DatapriceException e) {
            throw new IllegalStateException("the stored authorisation ledger fails its check: " + e.field() + ": "
                    + e.getMessage(), e);
        }
    }

    /**
     * @param rows  stored records in order
     * @param after the number of records before the first of them (for the field names {@code records[i]})
     * @return the core records
     */
    static List<AuthorisationRecord> records(List<AuthorisationRow> rows, long after) {
        List<AuthorisationRecord> records = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            AuthorisationRow row = rows.get(i);
            records.add(AuthorisationRecord.fromJson(JsonParser.parseObject(row.body().getBytes(StandardCharsets.UTF_8),
                    "records[" + (after + i) + "]"), row.hash()));
        }
        return records;
    }

    /**
     * @param made the record that made the agreement or authorisation
     * @return its parties: provider and operator, or grantor and grantee
     */
    static List<String> parties(AuthorisationRecord made) {
        if (made.entry() instanceof AuthorisationEntry.Agree a) {
            return List.of(a.agreement().provider(), a.agreement().operator());
        }
        DataAuthorisation d = ((AuthorisationEntry.Authorise) made.entry()).authorisation();
        return List.of(d.grantor(), d.grantee());
    }

    /**
     * @param ledger the ledger
     * @param made   the record that made it
     * @param full   whether the caller sees it in full
     * @param now    now
     * @param zone   the zone of the terms' dates
     * @return the response
     */
    static AuthorisationResponse toResponse(AuthorisationLedger ledger, AuthorisationRecord made, boolean full,
                                            Instant now, ZoneId zone) {
        String id = made.entry().subjectId();
        AuthorisationStatus status = ledger.statusAt(id, now, zone);
        AuthorisationResponse.RecordResponse revoked = ledger.revocation(id).map(r -> record(r, full)).orElse(null);
        if (made.entry() instanceof AuthorisationEntry.Agree agree) {
            OperationAgreement a = agree.agreement();
            return new AuthorisationResponse(id, AGREEMENT, "FULL", DataClassification.PUBLIC, status, a.term().from(),
                    a.term().until(), false, a.provider(), a.operator(), a.scope(), a.feeBasis(), null, null, null,
                    record(made, true), revoked);
        }
        DataAuthorisation d = ((AuthorisationEntry.Authorise) made.entry()).authorisation();
        return new AuthorisationResponse(id, AUTHORISATION, full ? "FULL" : "PUBLIC", d.classification(), status,
                d.term().from(), d.term().until(), d.revocable(), null, null, null, null, full ? d.grantor() : null,
                full ? d.grantee() : null, full ? d.purpose() : null, record(made, full), revoked);
    }

    private static AuthorisationResponse.RecordResponse record(AuthorisationRecord r, boolean full) {
        return new AuthorisationResponse.RecordResponse(r.sequence(), r.entry().type(), r.at(), r.hash(), r.previousHash(),
                full ? r.actor() : null, full ? r.reason() : null, full ? r.body() : null);
    }

    /**
     * @param r a record, or null
     * @return its position in the chain
     */
    static AuthorisationStatusResponse.Evidence evidence(AuthorisationRecord r) {
        return r == null ? null : new AuthorisationStatusResponse.Evidence(r.sequence(), r.at(), r.hash());
    }

    /**
     * @param node a traced registration
     * @param full whether sources' references and descriptions are shown
     * @return the response node
     */
    static ProvenanceResponse.Node toResponse(ProvenanceNode node, boolean full) {
        List<ProvenanceResponse.Trace> traces = new ArrayList<>(node.sources().size());
        for (SourceTrace s : node.sources()) {
            traces.add(new ProvenanceResponse.Trace(s.source().kind(), full ? s.source().reference() : null,
                    full ? s.source().description() : null, s.finding(), s.evidence(), s.status(),
                    s.derivedFrom().map(d -> toResponse(d, full)).orElse(null)));
        }
        return new ProvenanceResponse.Node(node.registrationId(), node.name(), node.classification(), node.status(),
                node.headHash(), traces);
    }
}
