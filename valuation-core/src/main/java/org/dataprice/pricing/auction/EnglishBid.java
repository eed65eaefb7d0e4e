package org.dataprice.pricing.auction;

import java.time.Instant;
import org.dataprice.error.Require;
import org.dataprice.money.Money;

/**
 * An open bid in an English auction, as persisted (append-only).
 *
 * @param bidderId the bidder; not blank
 * @param amount   the bid; not null
 * @param at       when it was received; not null
 */
public record EnglishBid(String bidderId, Money amount, Instant at) {
    /** Validates. */
    public EnglishBid {
        Require.notBlank(bidderId, "bidderId");
        Require.notNull(amount, "amount");
        Require.notNull(at, "at");
    }
}
