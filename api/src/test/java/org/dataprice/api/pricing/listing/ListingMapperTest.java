package org.dataprice.api.pricing.listing;

import org.dataprice.api.pricing.MoneyJson;
import org.dataprice.money.Money;
import org.dataprice.pricing.band.Appraisal;
import org.dataprice.pricing.band.AppraisalBand;
import org.dataprice.pricing.band.CitedValuation;
import org.dataprice.pricing.band.ListedQuote;
import org.dataprice.pricing.band.QuoteReview;
import org.dataprice.pricing.listing.DataCategory;
import org.dataprice.pricing.listing.DataUse;
import org.dataprice.pricing.listing.Listing;
import org.dataprice.pricing.listing.ListingMode;
import org.dataprice.pricing.listing.PricingUnit;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No silent data drops in {@link ListingMapper}: a fully populated listing (tiers and subscriptions) survives
 * request → core → rows → core → response; an appraisal, supplied or citing a valuation, survives core → row → core;
 * the stored band check reaches the core {@link ListedQuote} unchanged.
 */
class ListingMapperTest {
    private static final Instant T0 = Instant.parse("2026-03-01T08:00:00.123456Z");

    private static CreateListingRequest full() {
        return new CreateListingRequest("prod-9", DataCategory.PERSONAL, DataUse.INDUSTRY, PricingUnit.PER_MONTH,
                ListingMode.FIXED_PRICE, new MoneyJson(new BigDecimal("12.34"), "USD"),
                Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-12-31T23:59:59.999999Z"),
                List.of(new VolumeTierJson(0, new MoneyJson(new BigDecimal("12.34"), "USD")),
                        new VolumeTierJson(100, new MoneyJson(new BigDecimal("11"), "USD")),
                        new VolumeTierJson(5_000, new MoneyJson(new BigDecimal("9.99"), "USD"))),
                List.of(new SubscriptionTermJson(1, new MoneyJson(new BigDecimal("100"), "USD")),
                        new SubscriptionTermJson(12, new MoneyJson(new BigDecimal("1000.01"), "USD"))), null, null);
    }

    @Test
    void test_listing_requestToCoreToRowsToCoreToResponse_everyField() {
        CreateListingRequest request = full();
        Listing core = ListingMapper.toListing(request, "l-9", "seller-9");
        ListingRow row = ListingMapper.toRow(core, T0);
        List<ListingTermRows.Tier> tiers = ListingMapper.toTierRows(core, List.of("t0", "t1", "t2"));
        List<ListingTermRows.Subscription> subs = ListingMapper.toSubscriptionRows(core, List.of("s0", "s1"));

        assertThat(ListingMapper.toListing(row, tiers, subs)).isEqualTo(core);

        ListingResponse r = ListingMapper.toResponse(row, null, null, tiers, subs, null);
        assertThat(List.of(r.id(), r.productId(), r.sellerId(), r.category(), r.use(), r.unit(), r.mode()))
                .containsExactly("l-9", "prod-9", "seller-9", "PERSONAL", "INDUSTRY", "PER_MONTH", "FIXED_PRICE");
        assertThat(r.quote().toMoney("quote")).isEqualTo(request.quote().toMoney("quote"));
        assertThat(List.of(r.validFrom(), r.validUntil(), r.createdAt()))
                .containsExactly(request.validFrom(), request.validUntil(), T0);
        assertThat(r.volumeTiers()).extracting(VolumeTierJson::fromVolume).containsExactly(0L, 100L, 5_000L);
        assertThat(r.volumeTiers()).extracting(t -> t.unitPrice().toMoney("p"))
                .containsExactlyElementsOf(request.volumeTiers().stream().map(t -> t.unitPrice().toMoney("p")).toList());
        assertThat(r.subscriptions()).extracting(SubscriptionTermJson::months).containsExactly(1, 12);
        assertThat(r.subscriptions()).extracting(t -> t.price().toMoney("p"))
                .containsExactlyElementsOf(request.subscriptions().stream().map(t -> t.price().toMoney("p")).toList());
        assertThat(r.appraisal()).isNull();
        assertThat(r.justification()).isNull();
        assertThat(r.tradable()).isTrue();
    }

    @Test
    void test_appraisal_coreToRowToCore_suppliedAndCited() {
        Money quote = Money.cny("150");
        Appraisal supplied = new Appraisal(Money.cny("100"), "appraiser-1", "income");
        CitedValuation v = new CitedValuation("val-1", Money.cny("116"), Money.cny("100"), Money.cny("132"),
                LocalDate.of(2024, 12, 31), "Firm X");
        Appraisal cited = Appraisal.citing(v, "valuation report");
        for (Appraisal a : List.of(supplied, cited)) {
            QuoteReview review = new AppraisalBand(0.25).check(a, quote);
            AppraisalRow row = ListingMapper.toRow("ap-1", "l-1", "appraiser-1", a, new BigDecimal("0.25"), review, T0);

            assertThat(ListingMapper.toAppraisal(row)).isEqualTo(a);
            assertThat(List.of(row.id(), row.listingId(), row.appraiser(), row.createdAt()))
                    .containsExactly("ap-1", "l-1", "appraiser-1", T0);
            assertThat(row.beta()).isEqualByComparingTo("0.25");
            assertThat(row.quote()).isEqualByComparingTo("150");
            assertThat(row.bandLower()).isEqualByComparingTo(review.lower().amount());
            assertThat(row.bandUpper()).isEqualByComparingTo(review.upper().amount());
            assertThat(row.deviation()).isEqualTo(review.deviation());
            assertThat(row.flagged()).isEqualTo(review.flagged());

            AppraisalResponse response = ListingMapper.toResponse(row);
            assertThat(response.explanation()).isEqualTo(org.dataprice.api.explain.ExplanationResponse.from(
                    review.explanation()));
        }
    }

    @Test
    void test_listedQuote_storedBandAndJustificationReachTheCore() {
        ListingRow listing = ListingMapper.toRow(ListingMapper.toListing(full(), "l-9", "seller-9"), T0);
        Appraisal a = new Appraisal(Money.of("10", java.util.Currency.getInstance("USD")), "firm", "cost");
        QuoteReview review = AppraisalBand.EXAMPLE.check(a, Money.of("12.34", java.util.Currency.getInstance("USD")));
        AppraisalRow row = ListingMapper.toRow("ap-9", "l-9", "firm", a, new BigDecimal("0.2"), review, T0);

        ListedQuote q = ListingMapper.toListedQuote(listing, row, true);

        assertThat(q.listingId()).isEqualTo("l-9");
        assertThat(q.quote()).isEqualTo(review.quote());
        ListedQuote.Latest latest = q.latest().orElseThrow();
        assertThat(latest).isEqualTo(new ListedQuote.Latest("ap-9", a, AppraisalBand.EXAMPLE, review.lower(),
                review.upper(), true, true));
        assertThat(ListingMapper.toListedQuote(listing, null, false).latest()).isEmpty();
    }
}
