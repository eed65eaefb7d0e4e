package org.dataprice.api.pricing.negotiation;

import org.dataprice.api.pricing.MoneyJson;
import org.dataprice.api.pricing.PricingMapper;

import org.dataprice.pricing.negotiation.DeliveryMode;
import org.dataprice.pricing.negotiation.NegotiationState;
import org.dataprice.pricing.negotiation.NegotiationStatus;
import org.dataprice.pricing.negotiation.Offer;
import org.dataprice.pricing.negotiation.RecordedOffer;
import org.dataprice.pricing.negotiation.Role;
import org.dataprice.pricing.negotiation.UpdateFrequency;
import org.dataprice.pricing.negotiation.UsageScope;
import java.time.Instant;
import java.util.List;

import static org.dataprice.api.pricing.PricingMapper.money;

/**
 * The mapper of negotiations and their offers: JSON requests and stored rows to core records
 * ({@code org.dataprice.pricing}) and back. Stateless; static methods only. The money and instant helpers
 * shared by every workflow are in {@link PricingMapper}.
 */
public final class NegotiationMapper {
    private NegotiationMapper() {
    }

    /**
     * @param request the request
     * @return the core offer; its constructor validates (422 with the field)
     */
    public static Offer toOffer(OfferRequest request) {
        return new Offer(request.price().toMoney("price"), request.licenceMonths(), request.scope(),
                request.frequency(), request.delivery());
    }

    /**
     * @param row    a stored negotiation
     * @param offers its offers in round order
     * @return the core state
     */
    public static NegotiationState toState(NegotiationRow row, List<OfferRow> offers) {
        List<RecordedOffer> recorded = offers.stream().map(o -> new RecordedOffer(o.roundNo(),
                Role.valueOf(o.proposer()), o.actorId(), new Offer(money(o.price(), o.currency()), o.licenceMonths(),
                UsageScope.valueOf(o.scope()), UpdateFrequency.valueOf(o.frequency()),
                DeliveryMode.valueOf(o.delivery())), o.offeredAt())).toList();
        return new NegotiationState(row.id(), row.listingId(), row.sellerId(), row.buyerId(),
                NegotiationStatus.valueOf(row.status()), Role.valueOf(row.turn()), row.deadline(), row.maxRounds(),
                recorded, row.updatedAt(), row.version());
    }

    /**
     * @param state     a new negotiation
     * @param createdAt when it is stored
     * @return its row
     */
    public static NegotiationRow toRow(NegotiationState state, Instant createdAt) {
        return new NegotiationRow(state.negotiationId(), state.listingId(), state.sellerId(), state.buyerId(),
                state.status().name(), state.turn().name(), state.deadline(), state.maxRounds(), state.updatedAt(),
                state.version(), createdAt);
    }

    /**
     * @param id            the offer's row id
     * @param negotiationId the negotiation
     * @param offer         a recorded offer
     * @return its row
     */
    public static OfferRow toRow(String id, String negotiationId, RecordedOffer offer) {
        Offer o = offer.offer();
        return new OfferRow(id, negotiationId, offer.round(), offer.proposer().name(), offer.actorId(),
                o.price().amount(), o.price().currency().getCurrencyCode(), o.licenceMonths(), o.scope().name(),
                o.frequency().name(), o.delivery().name(), offer.at());
    }

    /**
     * @param state  a negotiation
     * @param dealId the deal it concluded, or null
     * @return the response
     */
    public static NegotiationResponse toResponse(NegotiationState state, String dealId) {
        List<OfferResponse> offers = state.offers().stream().map(r -> new OfferResponse(r.round(),
                r.proposer().name(), r.actorId(), MoneyJson.of(r.offer().price()), r.offer().licenceMonths(),
                r.offer().scope().name(), r.offer().frequency().name(), r.offer().delivery().name(), r.at())).toList();
        return new NegotiationResponse(state.negotiationId(), state.listingId(), state.sellerId(), state.buyerId(),
                state.status().name(), state.turn().name(), state.deadline(), state.maxRounds(), state.version(),
                state.updatedAt(), offers, dealId);
    }

}
