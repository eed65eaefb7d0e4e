package org.dataprice.api.pricing.deal;

import org.dataprice.api.pricing.listing.ListingRow;
import org.dataprice.index.transaction.MarketDeal;
import org.dataprice.money.Money;
import org.dataprice.pricing.Deal;
import org.dataprice.pricing.listing.ListingMode;
import org.junit.jupiter.api.Test;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No silent data drops in {@link DealMapper}: a core deal survives core → row → core, the row carries the listing's
 * product, category, use and unit, and the response shows every column; {@link DealMapper#toMarketDeal} (the price
 * index's port) keeps every field the index copies, each equal to the row's field of the same name.
 */
class DealMapperTest {
    @Test
    void test_deal_coreToRowToCore_andResponse_everyColumn() {
        Instant at = Instant.parse("2026-06-30T23:59:59.999999Z");
        Deal deal = new Deal("l-1", "seller", "buyer", ListingMode.FIXED_PRICE, Money.cny("1350"), at);
        ListingRow listing = new ListingRow("l-1", "p-1", "seller", "ENTERPRISE", "INDUSTRY", "PER_CALL", "FIXED_PRICE",
                new BigDecimal("0.10"), "CNY", Instant.parse("2026-01-01T00:00:00Z"),
                Instant.parse("2027-01-01T00:00:00Z"), Instant.parse("2026-01-01T00:00:00Z"));

        DealRow row = DealMapper.toRow("d-1", deal, listing, "INTERNAL", "pu-1", new BigDecimal("0.09"),
                new BigDecimal("15000"));
        assertThat(DealMapper.toDeal(row)).isEqualTo(deal);
        assertThat(row.dealDate()).as("the UTC date of the instant").isEqualTo(LocalDate.of(2026, 6, 30));

        DealResponse r = DealMapper.toResponse(row);
        assertThat(List.of(r.id(), r.listingId(), r.productId(), r.category(), r.use(), r.unit(), r.rightsType(),
                r.mode(), r.sourceId(), r.sellerId(), r.buyerId())).containsExactly("d-1", "l-1", "p-1", "ENTERPRISE",
                "INDUSTRY", "PER_CALL", "INTERNAL", "FIXED_PRICE", "pu-1", "seller", "buyer");
        assertThat(r.date()).isEqualTo(row.dealDate());
        assertThat(r.concludedAt()).isEqualTo(at);
        assertThat(r.unitPrice().toMoney("u")).isEqualTo(Money.cny("0.09"));
        assertThat(r.quantity()).isEqualByComparingTo("15000");
        assertThat(r.total().toMoney("t")).isEqualTo(Money.cny("1350"));
    }

    private static DealRow row() {
        return new DealRow("d-1", "l-1", "p-1", "ENTERPRISE", "ANALYTICS", "CALL", "USE", "NEGOTIATED", "n-1", "s-1",
                "b-1", LocalDate.of(2025, 2, 3), Instant.parse("2025-02-03T10:00:00Z"), new BigDecimal("12.50"),
                new BigDecimal("4"), new BigDecimal("50.00"), "CNY");
    }

    @Test
    void test_toMarketDeal_keepsEveryFieldTheIndexCopies() throws ReflectiveOperationException {
        DealRow row = row();
        MarketDeal deal = DealMapper.toMarketDeal(row);
        for (RecordComponent c : MarketDeal.class.getRecordComponents()) {
            Object mapped = c.getAccessor().invoke(deal);
            Object stored = DealRow.class.getMethod(c.getName()).invoke(row);
            assertThat(mapped).as(c.getName()).isNotNull().isEqualTo(stored);
        }
    }
}
