package org.dataprice.api.pricing.auction;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;

/** Bids, append-only. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface BidRepository extends CrudRepository<BidRow, String> {

    /**
     * @param auctionId the auction
     * @return its bids in arrival order
     */
    List<BidRow> findByAuctionIdOrderBySeq(String auctionId);
}
