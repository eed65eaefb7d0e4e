package org.dataprice.api.pricing.negotiation;

import org.dataprice.api.pricing.MoneyJson;
import org.dataprice.money.Money;
import org.dataprice.pricing.listing.DataCategory;
import org.dataprice.pricing.listing.DataUse;
import org.dataprice.pricing.listing.Listing;
import org.dataprice.pricing.listing.ListingMode;
import org.dataprice.pricing.listing.PricingUnit;
import org.dataprice.pricing.negotiation.DeliveryMode;
import org.dataprice.pricing.negotiation.NegotiationCommand;
import org.dataprice.pricing.negotiation.NegotiationMachine;
import org.dataprice.pricing.negotiation.NegotiationState;
import org.dataprice.pricing.negotiation.Offer;
import org.dataprice.pricing.negotiation.RecordedOffer;
import org.dataprice.pricing.negotiation.Role;
import org.dataprice.pricing.negotiation.UpdateFrequency;
import org.dataprice.pricing.negotiation.UsageScope;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No silent data drops in {@link NegotiationMapper}: offer requests with every term (price, licence months, scope,
 * frequency, delivery) survive request → core → rows → core → response, over a negotiation of several rounds.
 */
class NegotiationMapperTest {
    private static final Instant T0 = Instant.parse("2026-03-01T08:00:00.000001Z");

    @Test
    void test_negotiation_requestsToCoreToRowsToCoreToResponse_everyTerm() {
        Listing listing = new Listing("l-n", "p-n", "seller", DataCategory.ENTERPRISE, DataUse.INDUSTRY,
                PricingUnit.PER_YEAR, ListingMode.NEGOTIATED, Money.cny("50000"), T0.minus(Duration.ofDays(1)),
                T0.plus(Duration.ofDays(30)), List.of(), List.of());
        NegotiationState state = NegotiationState.forListing("n-1", listing, "buyer", Role.BUYER, T0,
                T0.plus(Duration.ofDays(2)), 7);
        List<OfferRequest> requests = List.of(
                new OfferRequest(new MoneyJson(new BigDecimal("41000.5"), "CNY"), 6, UsageScope.INTERNAL,
                        UpdateFrequency.REAL_TIME, DeliveryMode.PRIVACY_COMPUTING, 0L),
                new OfferRequest(new MoneyJson(new BigDecimal("48000"), "CNY"), 24, UsageScope.REDISTRIBUTION,
                        UpdateFrequency.ONCE, DeliveryMode.FILE, 1L));
        String[] actors = {"buyer", "seller"};
        for (int i = 0; i < requests.size(); i++) {
            state = NegotiationMachine.DEFAULT.apply(state, new NegotiationCommand.Propose(actors[i],
                    NegotiationMapper.toOffer(requests.get(i)), T0.plusSeconds(60L * (i + 1))));
        }
        List<OfferRow> rows = new ArrayList<>();
        for (RecordedOffer o : state.offers()) {
            rows.add(NegotiationMapper.toRow("o" + o.round(), "n-1", o));
        }
        NegotiationRow row = NegotiationMapper.toRow(state, T0);

        NegotiationState back = NegotiationMapper.toState(row, rows);
        assertThat(back).isEqualTo(state);

        NegotiationResponse r = NegotiationMapper.toResponse(back, "d-1");
        assertThat(List.of(r.id(), r.listingId(), r.sellerId(), r.buyerId(), r.status(), r.turn(), r.dealId()))
                .containsExactly("n-1", "l-n", "seller", "buyer", state.status().name(), state.turn().name(), "d-1");
        assertThat(r.deadline()).isEqualTo(state.deadline());
        assertThat(r.maxRounds()).isEqualTo(7);
        assertThat(r.version()).isEqualTo(state.version());
        assertThat(r.updatedAt()).isEqualTo(state.updatedAt());
        for (int i = 0; i < requests.size(); i++) {
            OfferRequest q = requests.get(i);
            OfferResponse o = r.offers().get(i);
            assertThat(o.price().toMoney("price")).isEqualTo(q.price().toMoney("price"));
            assertThat(List.of(o.licenceMonths(), o.scope(), o.frequency(), o.delivery(), o.actorId()))
                    .containsExactly(q.licenceMonths(), q.scope().name(), q.frequency().name(), q.delivery().name(),
                            actors[i]);
            assertThat(o.at()).isEqualTo(state.offers().get(i).at());
            assertThat(o.round()).isEqualTo(state.offers().get(i).round());
            assertThat(o.proposer()).isEqualTo(state.offers().get(i).proposer().name());
        }
        assertThat(NegotiationMapper.toOffer(requests.get(0))).isEqualTo(new Offer(
                Money.cny("41000.50"), 6, UsageScope.INTERNAL, UpdateFrequency.REAL_TIME, DeliveryMode.PRIVACY_COMPUTING));
    }
}
