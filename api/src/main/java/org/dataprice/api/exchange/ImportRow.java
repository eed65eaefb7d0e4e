package org.dataprice.api.exchange;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

import java.time.Instant;

/**
 * A recognised bundle of another exchange (V58 {@code exchange_import}): the text as received and who imported it
 * when. Append-only; with its {@link ForeignRecordRow}s a record of the {@code exchange-imports} ledger.
 *
 * @param id         UUID
 * @param bundleHash lower-case hex SHA-256 of the bundle text; unique
 * @param exporter   the exchange that signed it
 * @param kid        the id of its key that signed it
 * @param bundle     the compact JWS as received
 * @param importedAt when it was recognised here
 * @param importedBy who imported it
 */
@MappedEntity("exchange_import")
public record ImportRow(@Id String id, @MappedProperty("bundle_hash") String bundleHash, String exporter, String kid,
                        String bundle, @MappedProperty("imported_at") Instant importedAt,
                        @MappedProperty("imported_by") String importedBy) {
}
