package org.dataprice.split.payout;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import org.dataprice.explain.Explanation;
import org.dataprice.explain.Quantity;
import org.dataprice.money.Money;
import org.junit.jupiter.api.Test;

/** {@link PartyStatement#of} and {@link PartyStatement#explanation()}: the one function that builds a statement's explanation from its lines. */
class PartyStatementTest {
    private static final Currency CNY = Currency.getInstance("CNY");

    @Test
    void test_of_oneLineStepPerLineThenTheTotalOfThePaidLines() {
        List<PayoutLine> lines = List.of(
                new PayoutLine(LineKind.PER_USE, Money.of("500.05", CNY), "0.5 x 1000 calls"),
                new PayoutLine(LineKind.SHORTFALL, Money.of("20.00", CNY), "unpaid part of the claim"),
                new PayoutLine(LineKind.DIVIDEND, Money.of("2454.15", CNY), "w = 3 / 6"));

        PartyStatement st = PartyStatement.of("A", "2025-Q1", lines, CNY);

        assertThat(st.total()).as("SHORTFALL is not paid").isEqualTo(Money.of("2954.20", CNY));
        Explanation e = st.explanation();
        assertThat(e.inputs()).extracting(Quantity::name).containsExactly("party", "period");
        assertThat(e.inputs()).extracting(Quantity::text).containsExactly("A", "2025-Q1");
        assertThat(e.steps()).hasSize(4);
        for (int i = 0; i < lines.size(); i++) {
            assertThat(e.steps().get(i).key()).isEqualTo(PayoutSteps.LINE);
            assertThat(e.steps().get(i).formula()).isEqualTo(lines.get(i).basis());
            assertThat(e.steps().get(i).result().name()).isEqualTo(lines.get(i).kind().name());
            assertThat(e.steps().get(i).result().number()).isEqualByComparingTo(lines.get(i).amount().amount());
        }
        assertThat(e.steps().get(3).key()).isEqualTo(PayoutSteps.TOTAL);
        assertThat(e.steps().get(3).result().number()).isEqualByComparingTo("2954.20");
    }

    @Test
    void test_of_noLinesIsAZeroTotal() {
        PartyStatement st = PartyStatement.of("B", "2025", List.of(), CNY);

        assertThat(st.total()).isEqualTo(Money.zero(CNY));
        assertThat(st.explanation().steps()).extracting(s -> s.key()).containsExactly(PayoutSteps.TOTAL);
    }

    /** The engine issues its statements through the same function: re-deriving from the lines gives the same document. */
    @Test
    void test_engineStatements_areRederivedExactlyFromTheirLines() {
        SettlementTerms terms = new SettlementTerms(
                List.of(new Earmark("public-services", new BigDecimal("0.20"))),
                List.of(Commission.flat("exchange", Money.of("20000", CNY), new BigDecimal("0.05")),
                        new PerUseFee("A", Money.of("0.05", CNY), 10_001),
                        new AnnualPayment("operator", Money.of("1200", CNY), new BigDecimal("0.25"))),
                DividendBasis.byEquity(List.of(new PartyWeight("A", new BigDecimal("3")),
                        new PartyWeight("B", new BigDecimal("2")), new PartyWeight("C", new BigDecimal("1")))), List.of(), LossPolicy.SHARE);
        Settlement s = PayoutEngine.DEFAULT.settle("2025-Q1", Money.of("10000.00", CNY), Money.zero(CNY), terms);

        assertThat(s.statements()).isNotEmpty();
        for (PartyStatement st : s.statements()) {
            PartyStatement rederived = PartyStatement.of(st.party(), "2025-Q1", st.lines(), CNY);
            assertThat(rederived).isEqualTo(st);
            assertThat(rederived.explanation()).isEqualTo(st.explanation());
        }
    }
}
