package org.dataprice.api.admission;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

import java.time.Instant;

/**
 * What a listing declared when it was created and the list version it was admitted under (V54, append-only, ledger
 * {@code listing-admissions}); the id is the listing's.
 *
 * @param id                the listing id
 * @param description       the description, or null
 * @param sectorsJson       the sectors, JSON array of strings
 * @param dataClassesJson   the data classes, JSON array of names
 * @param consent           declared consent
 * @param approvalReference the approval, or null
 * @param listVersion       the version checked, or null when none was in force
 * @param admittedAt        when admitted
 */
@MappedEntity("supervision_listing_admission")
public record ListingAdmissionRow(@Id String id,
                                  @Nullable String description,
                                  @MappedProperty("sectors_json") String sectorsJson,
                                  @MappedProperty("data_classes_json") String dataClassesJson,
                                  boolean consent,
                                  @Nullable @MappedProperty("approval_reference") String approvalReference,
                                  @Nullable @MappedProperty("list_version") Integer listVersion,
                                  @MappedProperty("admitted_at") Instant admittedAt) {
}
