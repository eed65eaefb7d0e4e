package org.dataprice.split.payout;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.dataprice.error.DatapriceException;
import org.dataprice.error.InvalidInputException;
import org.dataprice.money.Money;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One invalid input per validation rule of the payout records, asserting the exception type and field. */
class PayoutValidationTest {
    private static final Money ONE = Money.cny("1");

    static Stream<Arguments> invalid() {
        DividendBasis basis = DividendBasis.byEquity(List.of(new PartyWeight("A", BigDecimal.ONE)));
        return Stream.of(
                Arguments.of((Executable) () -> new Earmark("P", new BigDecimal("1.5")), "share"),
                Arguments.of((Executable) () -> new Earmark(" ", BigDecimal.ONE), "recipient"),
                Arguments.of((Executable) () -> new CommissionTier(ONE, new BigDecimal("1.1")), "rate"),
                Arguments.of((Executable) () -> new CommissionTier(Money.cny("-1"), BigDecimal.ONE), "from"),
                Arguments.of((Executable) () -> new Commission("B", ONE, List.of(new CommissionTier(ONE, BigDecimal.ONE))),
                        "tiers[0].from"),
                Arguments.of((Executable) () -> new Commission("B", ONE, List.of(new CommissionTier(Money.cny("0"), BigDecimal.ONE),
                        new CommissionTier(Money.cny("0"), BigDecimal.ONE))), "tiers[1].from"),
                Arguments.of((Executable) () -> new Commission("B", Money.cny("-5"), List.of()), "transactionValue"),
                Arguments.of((Executable) () -> new PerUseFee("A", Money.cny("-1"), 1), "unitFee"),
                Arguments.of((Executable) () -> new AnnualPayment("A", ONE, BigDecimal.ZERO), "years"),
                Arguments.of((Executable) () -> new AnnualPayment("A", Money.cny("-1"), BigDecimal.ONE), "perYear"),
                Arguments.of((Executable) () -> new PartyWeight("A", new BigDecimal("-1")), "weight"),
                Arguments.of((Executable) () -> new RightsWeights(new BigDecimal("0.5"), new BigDecimal("0.3"), new BigDecimal("0.3")),
                        "operating"),
                Arguments.of((Executable) () -> new RightsHolding("A", new BigDecimal("2"), BigDecimal.ZERO, BigDecimal.ZERO), "holding"),
                Arguments.of((Executable) () -> DividendBasis.byEquity(List.of(new PartyWeight("A", BigDecimal.ONE),
                        new PartyWeight("A", BigDecimal.ONE))), "weights[1].party"),
                Arguments.of((Executable) () -> PartyLimit.floor("A", Money.cny("-1")), "floor"),
                Arguments.of((Executable) () -> new SettlementTerms(List.of(), List.of(), basis,
                        List.of(PartyLimit.floor("A", ONE), PartyLimit.floor("A", ONE)), LossPolicy.SHARE), "limits[1].party"),
                Arguments.of((Executable) () -> PayoutEngine.DEFAULT.settle("p", ONE, Money.cny("5"),
                        SettlementTerms.dividendOnly(basis)), "carriedIn"),
                Arguments.of((Executable) () -> PayoutEngine.DEFAULT.settle(Money.of("1", java.util.Currency.getInstance("USD")),
                        new SettlementTerms(List.of(), List.of(new PerUseFee("X", ONE, 1)), basis, List.of(), LossPolicy.SHARE)),
                        "claims[0]"),
                Arguments.of((Executable) () -> new Period("", ONE, SettlementTerms.dividendOnly(basis)), "label"),
                Arguments.of((Executable) () -> PayoutSchedule.DEFAULT.settle(List.of()), "periods"));
    }

    @ParameterizedTest
    @MethodSource("invalid")
    void test_records_invalidInput(Executable call, String field) {
        assertThatThrownBy(call::execute).isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((DatapriceException) e).field()).isEqualTo(field);
    }
}
