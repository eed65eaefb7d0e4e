package org.dataprice.api.pricing.auction;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

/** Auctions closed without sale, append-only (V66). */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface AuctionWithdrawalRepository extends CrudRepository<AuctionWithdrawalRow, String> {
}
