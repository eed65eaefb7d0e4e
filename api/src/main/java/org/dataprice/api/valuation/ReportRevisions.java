package org.dataprice.api.valuation;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/**
 * The report revisions of a valuation, oldest first.
 *
 * @param valuationId the valuation
 * @param latest      the latest revision (what the report reads answer without {@code revision}); 0 when a valuation
 *                    stored before issued documents were kept has not been read yet
 * @param revisions   the revisions
 */
@Serdeable
@Schema(name = "ReportRevisions")
public record ReportRevisions(String valuationId, int latest, List<ReportRevision> revisions) {
}
