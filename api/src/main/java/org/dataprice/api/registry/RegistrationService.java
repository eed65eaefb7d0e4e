package org.dataprice.api.registry;

import jakarta.inject.Singleton;
import org.dataprice.api.document.DocumentFormat;
import org.dataprice.api.document.IssuedDocument;
import org.dataprice.api.document.IssuedDocumentSummary;
import org.dataprice.api.document.IssuedDocuments;
import org.dataprice.api.id.RecordIds;
import org.dataprice.api.json.CoreFields;
import org.dataprice.api.ledger.Ledger;
import org.dataprice.api.ledger.LedgerChain;
import org.dataprice.api.problem.ProblemException;
import org.dataprice.api.problem.ProblemType;
import org.dataprice.api.time.ServiceClock;
import org.dataprice.api.transaction.Transactions;
import org.dataprice.error.DatapriceException;
import org.dataprice.explain.LibraryVersion;
import org.dataprice.registry.RecordedEvent;
import org.dataprice.registry.Registration;
import org.dataprice.registry.RegistryEvent;
import org.dataprice.registry.RightKind;
import org.dataprice.registry.certificate.CertificatePayload;
import org.dataprice.registry.certificate.CertificateVerification;
import org.dataprice.registry.certificate.RegistrationCertificates;
import org.dataprice.registry.json.CanonicalJson;
import org.dataprice.registry.json.JsonParser;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The data-asset registry's store: loads a registration's events, lets the core apply the next one
 * ({@link Registration#register}, {@link Registration#apply}: every rule and the state machine), saves the event
 * (chained in the {@code registry-events} ledger) and issues its certificate ({@link RegistrationCertificates#issue},
 * stored through {@link IssuedDocuments}: a GET answers the stored bytes), all in one transaction. A concurrent
 * event of the same registration takes the same sequence number: the unique key refuses the loser, whose
 * transaction is retried whole on the new head ({@link Transactions#write}).
 *
 * <p>Who sees what: the REGISTRAR and the parties named in a registration (every holder and licensee it ever had,
 * every licensor and party of a transfer) see it in full, with its certificates; anyone else authenticated sees the
 * public part ({@link RegistryMapper#toResponse}). The public verification names no party.
 *
 * <p>Read interface for exports (issue 16, exchange-to-exchange): {@link #load} (one registration, replayed and
 * checked by the core) and {@link #registrationIds} (all ids, one page at a time).
 */
@Singleton
public class RegistrationService {
    /** The issued documents' subject kind of certificates. */
    public static final String CERTIFICATE = "registration-certificate";
    /** The renderer recorded with each certificate. */
    static final String RENDERER = "registry-certificate/1";
    /** The largest page of {@link #registrationIds}. */
    public static final int MAX_PAGE = 1_000;

    private final RegistryEventRepository events;
    private final IssuedDocuments documents;
    private final LedgerChain chain;
    private final RegistryKeys keys;
    private final Transactions tx;
    private final Clock clock;

    /**
     * @param events    the event table
     * @param documents the issued documents
     * @param chain     the ledger chain
     * @param keys      the registry's signing keys
     * @param tx        transactions
     * @param clock     the service clock
     */
    public RegistrationService(RegistryEventRepository events, IssuedDocuments documents, LedgerChain chain,
                               RegistryKeys keys, Transactions tx, Clock clock) {
        this.events = events;
        this.documents = documents;
        this.chain = chain;
        this.keys = keys;
        this.tx = tx;
        this.clock = clock;
    }

    /** Who is asking: the principal's name and whether it holds the REGISTRAR role. */
    public record Caller(String name, boolean registrar) {
    }

    /**
     * Registers an asset under a new id {@code REG-<year>-<12 hex>}.
     *
     * @param request the registration
     * @param actor   the REGISTRAR
     * @return the registration in full with its first certificate
     */
    public RegistrationResponse register(RegisterRequest request, String actor) {
        var asset = RegistryMapper.asset(request.asset(), "asset");
        var rights = RegistryMapper.rights(request.rights());
        return tx.write(() -> {
            Instant now = now();
            String id = newId("REG", now);
            Registration r = CoreFields.within("", () -> Registration.register(id, actor, now, request.reason(), asset, rights));
            return save(r, actor);
        });
    }

    /**
     * Records the next event of a registration.
     *
     * @param id     the registration
     * @param reason why
     * @param event  the event (built from the request before the transaction)
     * @param actor  the REGISTRAR
     * @return the registration in full with the new certificate
     */
    public RegistrationResponse record(String id, String reason, RegistryEvent event, String actor) {
        return tx.write(() -> {
            Registration before = load(id);
            Instant now = now();
            Registration after = RegistryMapper.applying(() -> before.apply(actor, now, reason, event));
            return save(after, actor);
        });
    }

    private RegistrationResponse save(Registration r, String actor) {
        RecordedEvent head = r.head();
        String rowId = r.id() + "/" + head.sequence();
        events.save(new RegistryEventRow(rowId, r.id(), head.sequence(), head.event().type(), head.actor(), head.at(),
                CanonicalJson.write(head.body()), head.hash(), head.previousHash()));
        chain.append(Ledger.REGISTRY_EVENTS, rowId);
        String certificate = RegistrationCertificates.issue(r, keys.issuer(), head.at(), keys.signingAt(head.at()));
        IssuedDocument doc = documents.issueIn(new IssuedDocuments.Issue(CERTIFICATE, r.id(), (int) head.sequence(),
                LibraryVersion.VERSION, head.hash(), "certificate of event " + head.sequence() + " (" + head.event().type()
                + ")", head.at(), actor), List.of(new IssuedDocuments.Rendering(DocumentFormat.JWS,
                certificate.getBytes(StandardCharsets.US_ASCII), RENDERER))).get(0);
        return RegistryMapper.toResponse(r.state(), true, link(r.id(), head.sequence(), doc.sha256()));
    }

    /**
     * @param id     a registration
     * @param caller who asks
     * @return it, in full or its public part
     */
    public RegistrationResponse find(String id, Caller caller) {
        return tx.read(() -> {
            Registration r = load(id);
            String hash = documents.find(CERTIFICATE, id, (int) r.head().sequence(), DocumentFormat.JWS)
                    .map(IssuedDocument::sha256).orElseThrow();
            return RegistryMapper.toResponse(r.state(), sees(r, caller), link(id, r.head().sequence(), hash));
        });
    }

    /**
     * @param id     a registration
     * @param caller who asks
     * @return its events, oldest first, in full or their public part
     */
    public List<RegistryEventResponse> history(String id, Caller caller) {
        return tx.read(() -> {
            Registration r = load(id);
            boolean full = sees(r, caller);
            Map<Integer, String> hashes = new HashMap<>();
            for (IssuedDocumentSummary s : documents.summaries(CERTIFICATE, id)) {
                hashes.put(s.revision(), s.sha256());
            }
            return r.events().stream().map(e -> RegistryMapper.toResponse(e, full,
                    link(id, e.sequence(), hashes.get((int) e.sequence())))).toList();
        });
    }

    /**
     * @param id       a registration
     * @param sequence one of its events
     * @param caller   who asks: the REGISTRAR or a party (else 404, as for an unknown id)
     * @return the certificate issued for the event, as stored
     */
    public IssuedDocument certificate(String id, long sequence, Caller caller) {
        return tx.read(() -> {
            Registration r = load(id);
            if (!sees(r, caller) || sequence < 1 || sequence > r.head().sequence()) {
                throw notFound("No certificate " + sequence + " of registration " + id + " for this caller");
            }
            return documents.find(CERTIFICATE, id, (int) sequence, DocumentFormat.JWS).orElseThrow();
        });
    }

    /**
     * Verifies a certificate against the published key set and this registry's history.
     *
     * @param certificate the compact JWS
     * @return the status and why
     */
    public VerificationResponse verify(String certificate) {
        CertificateVerification signed = RegistrationCertificates.check(certificate, keys.published());
        if (signed.payload() == null) {
            return toResponse(signed);
        }
        String id = signed.payload().registration().state().registrationId();
        return tx.read(() -> {
            if (!events.existsByRegistrationId(id)) {
                return toResponse(new CertificateVerification(org.dataprice.registry.certificate.CertificateStatus
                        .INVALID_SIGNATURE, "registration " + id + " is not in this registry's history", signed.hash(), null));
            }
            return toResponse(RegistrationCertificates.verify(certificate, keys.published(), load(id)));
        });
    }

    /**
     * @param hash the hex SHA-256 of a certificate issued here
     * @return its status and why
     * @throws ProblemException 404 when no certificate with that hash was issued here
     */
    public VerificationResponse verifyHash(String hash) {
        IssuedDocument doc = tx.read(() -> documents.findByHash(CERTIFICATE, hash.toLowerCase(Locale.ROOT)))
                .orElseThrow(() -> notFound("No certificate with hash " + hash + " was issued by this registry"));
        return verify(new String(doc.content(), StandardCharsets.US_ASCII));
    }

    private static VerificationResponse toResponse(CertificateVerification v) {
        Optional<CertificatePayload> p = v.statement();
        return new VerificationResponse(v.status(), v.reason(), v.hash(),
                p.map(x -> x.registration().state().registrationId()).orElse(null),
                p.map(x -> x.registration().state().sequence()).orElse(null), p.map(CertificatePayload::issuedAt).orElse(null),
                p.map(CertificatePayload::issuer).orElse(null));
    }

    /**
     * Loads a registration and replays it in the core, which checks every stored hash link (read interface for
     * exports; call inside or outside a transaction).
     *
     * @param id a registration
     * @return the registration
     * @throws ProblemException 404 when unknown
     * @throws IllegalStateException when the stored history fails the core's check (a tampered store)
     */
    public Registration load(String id) {
        return tx.read(() -> {
            List<RegistryEventRow> rows = events.findByRegistrationIdOrderBySequence(id);
            if (rows.isEmpty()) {
                throw notFound("No registration with id " + id);
            }
            List<RecordedEvent> history = new ArrayList<>(rows.size());
            try {
                for (int i = 0; i < rows.size(); i++) {
                    RegistryEventRow row = rows.get(i);
                    history.add(RecordedEvent.fromJson(JsonParser.parseObject(row.body().getBytes(StandardCharsets.UTF_8),
                            "events[" + i + "]"), row.hash()));
                }
                return Registration.replay(history);
            } catch (DatapriceException e) {
                throw new IllegalStateException("the stored history of registration " + id + " fails its check: "
                        + e.field() + ": " + e.getMessage(), e);
            }
        });
    }

    /**
     * The registrations in id order, one page at a time (read interface for exports).
     *
     * @param after the last id of the previous page; "" for the first
     * @param limit 1 to {@link #MAX_PAGE}
     * @return the next ids
     */
    public List<String> registrationIds(String after, int limit) {
        return tx.read(() -> events.registrationIdsAfter(after, Math.max(1, Math.min(limit, MAX_PAGE))));
    }

    private static boolean sees(Registration r, Caller caller) {
        return caller.registrar() || parties(r).contains(caller.name());
    }

    /** Every party a registration ever named: holders, licensors, licensees, parties of transfers. */
    private static Set<String> parties(Registration r) {
        Set<String> out = new HashSet<>();
        for (RecordedEvent e : r.events()) {
            RegistryEvent event = e.event();
            if (event instanceof RegistryEvent.Register reg) {
                for (RightKind kind : RightKind.values()) {
                    reg.rights().of(kind).forEach(s -> out.add(s.party()));
                }
            } else if (event instanceof RegistryEvent.Transfer t) {
                out.add(t.from());
                out.add(t.to());
            } else if (event instanceof RegistryEvent.License l) {
                out.add(l.license().licensor());
                out.add(l.license().licensee());
            }
        }
        return out;
    }

    /**
     * @param prefix the kind's prefix ({@code REG}, {@code OPA}, {@code DAU})
     * @param now    the instant (its UTC year is in the id)
     * @return a new registry id {@code <prefix>-<year>-<12 upper-case hex>}
     */
    static String newId(String prefix, Instant now) {
        return prefix + "-" + now.atOffset(ZoneOffset.UTC).getYear() + "-"
                + RecordIds.randomHex(12).toUpperCase(Locale.ROOT);
    }

    private static RegistrationResponse.CertificateLink link(String id, long sequence, String hash) {
        return new RegistrationResponse.CertificateLink(sequence, hash,
                "/v1/registrations/" + id + "/certificates/" + sequence, "/v1/certificates/verification?hash=" + hash);
    }

    private static ProblemException notFound(String detail) {
        return new ProblemException(ProblemType.NOT_FOUND, detail);
    }

    private Instant now() {
        return ServiceClock.now(clock);
    }

}
