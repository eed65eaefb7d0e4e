package org.dataprice.api.pricing.negotiation;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;

/** Offers, append-only. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface OfferRepository extends CrudRepository<OfferRow, String> {

    /**
     * @param negotiationId the negotiation
     * @return its offers in round order
     */
    List<OfferRow> findByNegotiationIdOrderByRoundNo(String negotiationId);
}
