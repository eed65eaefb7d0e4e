package org.dataprice.api.pricing.deal;

import org.dataprice.index.transaction.MarketDeal;
import org.junit.jupiter.api.Test;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link DealMapper#toMarketDeal}: a stored deal as the price index's port hands it over keeps every field the
 * index copies, each equal to the row's field of the same name (so a renamed or dropped field fails).
 */
class DealMapperTest {
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
