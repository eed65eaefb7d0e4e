package org.dataprice.supervision.rule;

import org.dataprice.error.Require;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * 成交合规证明 — the proof over stored deals that the market workflows admit no deal concluded after its deadline or by
 * a non-party: each deal is compared with the record it came from (its negotiation, auction or purchase) and its
 * listing. Offences: {@code NO_ORIGIN} (the deal names a source that is not stored), {@code NOT_A_PARTY} (the deal's
 * seller is not the listing's and the source's seller, or its buyer is not the source's buyer: the negotiation's
 * buyer, the auction's winner, the purchaser), {@code AFTER_DEADLINE} (the act that concluded it — the acceptance,
 * the winning bid, the purchase — was at or after the deadline: the negotiation's, the auction's, the listing's
 * {@code validUntil}). An empty answer is the proof; any offence lists the deal with what is wrong. Stateless.
 */
public final class DealIntegrity {
    private DealIntegrity() {
    }

    /**
     * A stored deal with the facts of its source, as read by the service.
     *
     * @param dealId          the deal; not blank
     * @param sellerId        the deal's seller
     * @param buyerId         the deal's buyer
     * @param listingSellerId the listing's seller
     * @param sourceFound     whether the source record is stored
     * @param sourceSellerId  the source's seller (null when not found)
     * @param sourceBuyerId   the source's buyer or winner (null when not found or unsold)
     * @param actedAt         when the concluding act happened (null when not found)
     * @param deadline        the deadline of that act (null when none)
     */
    public record Origin(String dealId, String sellerId, String buyerId, String listingSellerId, boolean sourceFound,
                         String sourceSellerId, String sourceBuyerId, Instant actedAt, Instant deadline) {
        /** Validates the id. */
        public Origin {
            Require.notBlank(dealId, "dealId");
        }
    }

    /**
     * An offending deal.
     *
     * @param dealId the deal
     * @param kind   NO_ORIGIN, NOT_A_PARTY or AFTER_DEADLINE
     * @param detail what differs
     */
    public record Offence(String dealId, String kind, String detail) {
    }

    /**
     * @param deals the deals with their sources; not null
     * @return the offences, in the order of the deals; empty when every deal is sound
     */
    public static List<Offence> check(List<Origin> deals) {
        Require.notNull(deals, "deals");
        List<Offence> out = new ArrayList<>();
        for (Origin d : deals) {
            if (!d.sourceFound()) {
                out.add(new Offence(d.dealId(), "NO_ORIGIN", "the negotiation, auction or purchase it names is not stored"));
                continue;
            }
            if (!d.sellerId().equals(d.listingSellerId()) || !d.sellerId().equals(d.sourceSellerId())) {
                out.add(new Offence(d.dealId(), "NOT_A_PARTY", "seller " + d.sellerId() + " is not the listing's ("
                        + d.listingSellerId() + ") and the source's (" + d.sourceSellerId() + ")"));
            }
            if (!d.buyerId().equals(d.sourceBuyerId())) {
                out.add(new Offence(d.dealId(), "NOT_A_PARTY", "buyer " + d.buyerId() + " is not the source's buyer ("
                        + d.sourceBuyerId() + ")"));
            }
            if (d.deadline() != null && (d.actedAt() == null || !d.actedAt().isBefore(d.deadline()))) {
                out.add(new Offence(d.dealId(), "AFTER_DEADLINE", "concluded by an act at " + d.actedAt()
                        + ", deadline " + d.deadline()));
            }
        }
        return out;
    }
}
