package org.dataprice.api.pricing.auction;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

import java.time.Instant;

/**
 * An auction closed without sale because the negative list in force prohibits its listing (table
 * {@code pricing_auction_withdrawal}, V66); append-only, a record of the {@code auction-withdrawals} ledger.
 *
 * @param id              the auction's id
 * @param listVersion     the negative list version that prohibits the listing
 * @param grounds         the citations of the entries, joined by {@code "; "}
 * @param explanationJson the result's explanation as answered ({@code ExplanationResponse})
 * @param closedBy        the seller, or {@code system} for the deadline sweep
 * @param closedAt        when
 */
@MappedEntity("pricing_auction_withdrawal")
public record AuctionWithdrawalRow(@Id String id, @MappedProperty("list_version") int listVersion, String grounds,
                                   @MappedProperty("explanation_json") String explanationJson,
                                   @MappedProperty("closed_by") String closedBy,
                                   @MappedProperty("closed_at") Instant closedAt) {
}
