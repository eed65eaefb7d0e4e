package org.dataprice.api.registry;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

import java.time.Instant;

/**
 * An index product bound to a registration (table {@code registry_index_binding}, V67), inserted once, never changed.
 *
 * @param id             {@code <indexId>/<productId>}, the ledger's record id
 * @param indexId        the index
 * @param productId      the product (as its trades name it)
 * @param registrationId the registration every transaction of the product in the index cites
 * @param boundBy        the principal that bound it
 * @param boundAt        when
 */
@MappedEntity("registry_index_binding")
public record IndexBindingRow(@Id String id, @MappedProperty("index_id") String indexId,
                              @MappedProperty("product_id") String productId,
                              @MappedProperty("registration_id") String registrationId,
                              @MappedProperty("bound_by") String boundBy, @MappedProperty("bound_at") Instant boundAt) {
}
