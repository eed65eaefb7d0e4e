package org.dataprice.api.registry;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/**
 * An index product bound to a registration: every transaction of the product in the index cites it.
 *
 * @param indexId        the index
 * @param productId      the product
 * @param registrationId the registration
 * @param boundAt        when it was bound (once: a repeated binding answers this one)
 */
@Serdeable
public record IndexBindingResponse(String indexId, String productId, String registrationId, Instant boundAt) {
}
