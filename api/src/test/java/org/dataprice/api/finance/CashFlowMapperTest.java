package org.dataprice.api.finance;

import org.dataprice.finance.cashflow.CashFlows;
import org.dataprice.finance.cashflow.Compounding;
import org.dataprice.finance.cashflow.DatedCashFlows;
import org.dataprice.finance.cashflow.InternalRateOfReturn;
import org.dataprice.finance.cashflow.IrrResult;
import org.dataprice.finance.cashflow.NetPresentValue;
import org.dataprice.finance.cashflow.NpvResult;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dataprice.api.MapperRoundTrip.assertCarried;
import static org.dataprice.api.MapperRoundTrip.assertFullyPopulated;
import static org.dataprice.api.MapperRoundTrip.normalise;

/**
 * No silent data drops in {@link CashFlowMapper}: periodic amounts with their frequency, dated flows and the
 * compounding map to core records that carry every field, and the NPV and IRR results map to responses that carry
 * every figure (the IRR's proof of uniqueness by name).
 */
class CashFlowMapperTest {
    private static final List<BigDecimal> AMOUNTS = List.of(new BigDecimal("-100"), new BigDecimal("30.5"),
            new BigDecimal("40"), new BigDecimal("50.25"));

    @Test
    void test_periodic_requestToCoreToResponse() {
        CashFlows flows = CashFlowMapper.toCashFlows(AMOUNTS, 4);
        assertThat(flows.periodsPerYear()).isEqualTo(4);
        assertThat(normalise(flows)).isEqualTo(normalise(AMOUNTS));
        assertThat(CashFlowMapper.toCashFlows(AMOUNTS, null).periodsPerYear()).isEqualTo(1);

        CompoundingRequest periodic = new CompoundingRequest(Compounding.Kind.PERIODIC, 12);
        assertFullyPopulated(periodic, Set.of());
        Compounding c = CashFlowMapper.toCompounding(periodic);
        assertCarried(periodic, c, Map.of(), Set.of());

        NpvResult npv = NetPresentValue.DEFAULT.npv(flows, 0.08, c);
        assertCarried(npv, CashFlowMapper.toResponse(npv), Map.of("value", "npv"), Set.of());
    }

    @Test
    void test_dated_requestToCore() {
        List<DatedFlowRequest> given = List.of(new DatedFlowRequest(LocalDate.of(2024, 1, 1), new BigDecimal("-100")),
                new DatedFlowRequest(LocalDate.of(2024, 7, 1), new BigDecimal("60.5")),
                new DatedFlowRequest(LocalDate.of(2025, 1, 1), new BigDecimal("60")));
        NpvRequest request = new NpvRequest(0.1, null, null, given, new CompoundingRequest(Compounding.Kind.CONTINUOUS, null));
        assertThat(CashFlowMapper.dated(request)).isTrue();
        DatedCashFlows flows = CashFlowMapper.toDatedCashFlows(request.flows());
        assertThat(flows.flows()).hasSize(3);
        for (int i = 0; i < 3; i++) {
            assertCarried(given.get(i), flows.flows().get(i), Map.of(), Set.of());
        }
        assertThat(CashFlowMapper.toCompounding(request.compounding())).isEqualTo(new Compounding(Compounding.Kind.CONTINUOUS, 0));
        assertThat(CashFlowMapper.toCompounding(null)).isEqualTo(Compounding.ANNUAL);
    }

    @Test
    void test_irr_coreToResponse() {
        IrrResult irr = InternalRateOfReturn.DEFAULT.irr(CashFlowMapper.toCashFlows(AMOUNTS, 1), 0.1);
        IrrResponse response = CashFlowMapper.toResponse(irr);
        assertCarried(irr, response, Map.of("proof", "uniqueBy"), Set.of());
        assertThat(response.roots()).isNotEmpty();
    }
}
