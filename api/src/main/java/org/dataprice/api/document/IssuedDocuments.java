package org.dataprice.api.document;

import jakarta.inject.Singleton;
import org.dataprice.api.id.RecordIds;
import org.dataprice.api.ledger.Ledger;
import org.dataprice.api.ledger.LedgerChain;
import org.dataprice.api.transaction.Transactions;
import org.dataprice.api.transaction.WriteConflicts;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Issues documents once and reads them back byte for byte (table {@code issued_document}).
 *
 * <p>The rule it keeps: what was handed out is what is handed out again. A document is stored when it is
 * first issued — with the content's SHA-256, the library version and input hash of the computation, the
 * renderer and the reason — and chained in the {@code documents} ledger in the same transaction
 * ({@link LedgerChain#append}); afterwards every read answers the stored bytes, across restarts and
 * library upgrades. A rendering by a newer library is a new revision ({@code revision + 1}); the old
 * revision's rows stay. Two requests racing to issue the same (subject, revision, format) cannot both
 * win: the unique key decides, and the loser answers the winner's bytes ({@link #issueOnce}).
 *
 * <p>Signatures are issued, never computed on read: when a signing key is configured ({@link DocumentSigner}),
 * every JSON document is issued together with its detached CMS signature ({@link DocumentFormat#JSON_SIGNATURE},
 * same revision, same transaction), and a later read answers the stored signature. A PDF is signed by its renderer
 * before it reaches this class, so the stored PDF bytes are the signed bytes.
 */
@Singleton
public class IssuedDocuments {
    private final IssuedDocumentRepository repository;
    private final LedgerChain chain;
    private final Transactions transactions;
    private final DocumentSigner signer;

    /**
     * @param repository the store
     * @param chain      the ledger chain
     * @param transactions the service's transactions
     * @param signer     signs each issued JSON document when a key is configured
     */
    public IssuedDocuments(IssuedDocumentRepository repository, LedgerChain chain, Transactions transactions,
                           DocumentSigner signer) {
        this.signer = signer;
        this.repository = repository;
        this.chain = chain;
        this.transactions = transactions;
    }

    /**
     * One rendering to issue.
     *
     * @param format   its format
     * @param content  its bytes
     * @param renderer the renderer and its version, e.g. {@code report-html/1}
     */
    public record Rendering(DocumentFormat format, byte[] content, String renderer) {
        /** Validates. */
        public Rendering {
            Objects.requireNonNull(format, "format");
            Objects.requireNonNull(content, "content");
            Objects.requireNonNull(renderer, "renderer");
        }
    }

    /**
     * What the documents of one revision report and who issues them.
     *
     * @param subjectKind    e.g. {@code valuation}
     * @param subjectId      the subject's id
     * @param revision       the revision, from 1
     * @param libraryVersion the core library version that computed the figures
     * @param inputHash      the computation's input hash
     * @param reason         why the revision is issued (at most 500 characters)
     * @param issuedAt       when
     * @param issuedBy       the issuing principal
     */
    public record Issue(String subjectKind, String subjectId, int revision, String libraryVersion, String inputHash,
                        String reason, Instant issuedAt, String issuedBy) {
        /** Validates. */
        public Issue {
            Objects.requireNonNull(subjectKind, "subjectKind");
            Objects.requireNonNull(subjectId, "subjectId");
            Objects.requireNonNull(libraryVersion, "libraryVersion");
            Objects.requireNonNull(inputHash, "inputHash");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(issuedAt, "issuedAt");
            Objects.requireNonNull(issuedBy, "issuedBy");
            if (revision < 1) {
                throw new IllegalArgumentException("revision must be >= 1, was " + revision);
            }
            if (reason.length() > 500) {
                throw new IllegalArgumentException("reason must be at most 500 characters");
            }
        }
    }

    /**
     * Stores and chains the renderings of one revision inside the caller's open transaction (so that they
     * commit with the record they report, or not at all).
     *
     * @param issue      subject, revision and provenance
     * @param renderings the documents
     * @return the stored documents, in the order given, followed by the detached signature of each JSON document
     *         when a signing key is configured
     * @throws io.micronaut.transaction.exceptions.NoTransactionException when no transaction is open
     */
    public List<IssuedDocument> issueIn(Issue issue, List<Rendering> renderings) {
        List<Rendering> all = new ArrayList<>(renderings);
        if (signer.signs()) {
            for (Rendering r : renderings) {
                if (r.format() == DocumentFormat.JSON) {
                    all.add(new Rendering(DocumentFormat.JSON_SIGNATURE, signer.signDetached(r.content()), DocumentSigner.RENDERER));
                }
            }
        }
        return transactions.joined(() -> {
            List<IssuedDocument> out = new ArrayList<>(all.size());
            for (Rendering r : all) {
                IssuedDocument saved = repository.save(new IssuedDocument(RecordIds.nextId(issue.issuedAt()), issue.subjectKind(),
                        issue.subjectId(), issue.revision(), r.format().code(), r.format().mediaType(), r.content(),
                        sha256(r.content()), r.content().length, issue.libraryVersion(), issue.inputHash(), r.renderer(),
                        issue.reason(), issue.issuedAt(), issue.issuedBy()));
                chain.append(Ledger.DOCUMENTS, saved.id());
                out.add(saved);
            }
            return out;
        });
    }

    /**
     * Issues one rendering in a transaction of its own, unless it was issued already: then (also when a
     * concurrent request issued it first) the stored document is answered and {@code rendering} is dropped.
     *
     * @param issue     subject, revision and provenance
     * @param rendering the document
     * @return the document as issued
     */
    public IssuedDocument issueOnce(Issue issue, Rendering rendering) {
        Optional<IssuedDocument> existing = find(issue.subjectKind(), issue.subjectId(), issue.revision(), rendering.format());
        if (existing.isPresent()) {
            return existing.get();
        }
        try {
            return transactions.writeOnce(() -> issueIn(issue, List.of(rendering)).get(0));
        } catch (RuntimeException e) {
            if (!WriteConflicts.isUniqueViolation(e)) {
                throw e;
            }
            return find(issue.subjectKind(), issue.subjectId(), issue.revision(), rendering.format())
                    .orElseThrow(() -> e);
        }
    }

    /**
     * @param subjectKind the subject's kind
     * @param subjectId   the subject's id
     * @param revision    the revision
     * @param format      the format
     * @return the document as issued, if it was
     */
    public Optional<IssuedDocument> find(String subjectKind, String subjectId, int revision, DocumentFormat format) {
        return repository.findBySubjectKindAndSubjectIdAndRevisionAndFormat(subjectKind, subjectId, revision, format.code());
    }

    /**
     * @param subjectKind the subject's kind
     * @param sha256      hex SHA-256 of a document's bytes
     * @return the first document of that kind issued with exactly those bytes, if any
     */
    public Optional<IssuedDocument> findByHash(String subjectKind, String sha256) {
        return repository.findBySubjectKindAndSha256OrderByIssuedAt(subjectKind, sha256).stream().findFirst();
    }

    /**
     * @param subjectKind the subject's kind
     * @param subjectId   the subject's id
     * @return the highest revision issued, empty when none was
     */
    public OptionalInt latestRevision(String subjectKind, String subjectId) {
        return repository.latestRevision(subjectKind, subjectId).map(OptionalInt::of).orElse(OptionalInt.empty());
    }

    /**
     * @param subjectKind the subject's kind
     * @param subjectId   the subject's id
     * @return every document issued for the subject, without bytes, by revision then format
     */
    public List<IssuedDocumentSummary> summaries(String subjectKind, String subjectId) {
        return repository.summaries(subjectKind, subjectId);
    }

    /**
     * @param content bytes
     * @return their SHA-256 as lower-case hex
     */
    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
