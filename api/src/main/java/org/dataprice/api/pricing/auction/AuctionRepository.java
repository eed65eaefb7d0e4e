package org.dataprice.api.pricing.auction;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;

/** Auction states, written with optimistic locking. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface AuctionRepository extends CrudRepository<AuctionRow, String> {

    /**
     * Records a bid or the close only if nobody else changed the auction first.
     *
     * @param id              the auction
     * @param closed          whether it is now closed
     * @param winnerId        the winner after a close with a sale, else null
     * @param price           the price paid after a close with a sale, else null
     * @param updatedAt       the time of the transition
     * @param newVersion      the new version
     * @param expectedVersion the version the transition was computed from
     * @return 1 when written, 0 on a version conflict
     */
    @Query("UPDATE pricing_auction SET closed = :closed, winner_id = :winnerId, price = :price, updated_at = :updatedAt, "
            + "version = :newVersion WHERE id = :id AND version = :expectedVersion")
    long transition(String id, boolean closed, @io.micronaut.core.annotation.Nullable String winnerId,
                    @io.micronaut.core.annotation.Nullable java.math.BigDecimal price, Instant updatedAt,
                    long newVersion, long expectedVersion);

    /**
     * @param closed   whether closed (false)
     * @param deadline an instant
     * @return the auctions in that state whose deadline is at or before the instant
     */
    List<AuctionRow> findByClosedAndDeadlineLessThanEquals(boolean closed, Instant deadline);

    /**
     * @param from  first close instant, inclusive
     * @param until last close instant, exclusive
     * @param limit the most rows read
     * @return the auctions closed with a sale in {@code [from, until)}, in close order (the market monitor's screens)
     */
    @Query("SELECT * FROM pricing_auction WHERE closed = TRUE AND winner_id IS NOT NULL AND updated_at >= :from "
            + "AND updated_at < :until ORDER BY updated_at, id LIMIT :limit")
    List<AuctionRow> closedWithSaleBetween(Instant from, Instant until, int limit);
}
