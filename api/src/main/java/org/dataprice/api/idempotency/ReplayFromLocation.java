package org.dataprice.api.idempotency;

import java.util.Optional;

/**
 * Implemented by a controller whose {@code @Idempotent(replayFromLocation = true)} methods create a
 * resource that is stored in full anyway (a settlement with every statement, a valuation): the
 * idempotency record then keeps only the status and {@code Location}, and a replay reads the body
 * back from the resource instead of storing a second copy of a possibly large answer.
 */
public interface ReplayFromLocation {
    /**
     * @param location the {@code Location} header of the first answer
     * @return the body the first answer carried, read back from the stored resource; empty when the
     *         resource no longer exists
     */
    Optional<Object> replayBody(String location);
}
