package org.dataprice.api.valuation;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import org.dataprice.api.document.DocumentFormat;
import org.dataprice.api.document.IssuedDocumentSummary;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One revision of a valuation's report: the documents issued for it, each with the SHA-256 of its bytes.
 * Revision 1 is issued with the valuation; each later one is an explicit re-rendering
 * ({@code POST /v1/valuations/{id}/revisions}). The PDF of a revision appears once it has been asked for.
 *
 * @param revision       the revision, from 1
 * @param issuedAt       when its first document was stored
 * @param issuedBy       who issued it
 * @param reason         why it was issued
 * @param libraryVersion the core library version that computed its figures
 * @param inputHash      the SHA-256 input hash of the engagement as computed
 * @param documents      its documents, by format
 */
@Serdeable
@Schema(name = "ReportRevision")
public record ReportRevision(int revision, Instant issuedAt, String issuedBy, String reason, String libraryVersion,
                             String inputHash, List<Document> documents) {

    /**
     * One issued document.
     *
     * @param format    json, html, csv or pdf
     * @param mediaType the media type it is served with
     * @param sha256    hex SHA-256 of its bytes (also its ETag)
     * @param sizeBytes its length
     * @param renderer  the renderer and version that produced it
     * @param issuedAt  when it was stored
     * @param href      where to read it
     */
    @Serdeable
    @Schema(name = "IssuedDocument")
    public record Document(String format, String mediaType, String sha256, long sizeBytes, String renderer, Instant issuedAt,
                           String href) {
    }

    /**
     * @param valuationId the valuation
     * @param format      a format
     * @param revision    a revision
     * @return the path of that document of that revision
     */
    public static String href(String valuationId, DocumentFormat format, int revision) {
        String file = switch (format) {
            case JSON -> "report.json";
            case HTML -> "report.html";
            case CSV -> "cash-flows.csv";
            case PDF -> "report.pdf";
            case JSON_SIGNATURE -> "report.json.p7s";
            case JWS -> throw new IllegalArgumentException("a valuation report is never issued as a JWS");
        };
        return "/v1/valuations/" + valuationId + "/" + file + "?revision=" + revision;
    }

    /**
     * @param valuationId the valuation
     * @param summaries   its documents ordered by revision
     * @return the revisions, oldest first
     */
    static List<ReportRevision> group(String valuationId, List<IssuedDocumentSummary> summaries) {
        List<ReportRevision> out = new ArrayList<>();
        int i = 0;
        while (i < summaries.size()) {
            IssuedDocumentSummary first = summaries.get(i);
            List<Document> docs = new ArrayList<>();
            Instant issuedAt = first.issuedAt();
            IssuedDocumentSummary earliest = first;
            int j = i;
            for (; j < summaries.size() && summaries.get(j).revision() == first.revision(); j++) {
                IssuedDocumentSummary d = summaries.get(j);
                if (d.issuedAt().isBefore(issuedAt)) {
                    issuedAt = d.issuedAt();
                    earliest = d;
                }
                docs.add(new Document(d.format(), d.mediaType(), d.sha256(), d.sizeBytes(), d.renderer(), d.issuedAt(),
                        href(valuationId, DocumentFormat.ofCode(d.format()), d.revision())));
            }
            out.add(new ReportRevision(first.revision(), issuedAt, earliest.issuedBy(), earliest.reason(),
                    earliest.libraryVersion(), earliest.inputHash(), List.copyOf(docs)));
            i = j;
        }
        return List.copyOf(out);
    }
}
