package org.dataprice.split.payout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import org.dataprice.error.InvalidInputException;
import org.dataprice.error.Rule;
import org.dataprice.money.Money;
import org.junit.jupiter.api.Test;

/**
 * {@link SettlementPlan} and {@link SettlementParty}: the roster of a recorded settlement against the parties
 * its terms pay, and the readers of each party's statements. Hand-computed: a pool of CNY 1,000.00 with a 10 %
 * earmark to E and the rest by equity 1 : 3 to A and B pays E 100.00, A 225.00, B 675.00.
 */
class SettlementPlanTest {
    private static final Currency CNY = Currency.getInstance("CNY");

    private static SettlementTerms terms() {
        return new SettlementTerms(List.of(new Earmark("E", new BigDecimal("0.10"))), List.of(),
                DividendBasis.byEquity(List.of(new PartyWeight("A", BigDecimal.ONE), new PartyWeight("B", new BigDecimal("3")))),
                List.of(), LossPolicy.SHARE);
    }

    private static List<Period> periods() {
        return List.of(new Period("2025-Q1", Money.of("1000.00", CNY), terms()),
                new Period("2025-Q2", Money.of("200.00", CNY), terms()));
    }

    private static SettlementParty party(String id, String... principals) {
        return new SettlementParty(id, List.of(principals));
    }

    private static InvalidInputException refusal(Runnable action) {
        try {
            action.run();
        } catch (InvalidInputException e) {
            return e;
        }
        throw new AssertionError("not refused");
    }

    @Test
    void test_settle_rosterMatchesTheTerms_paysTheSchedule() {
        SettlementPlan plan = new SettlementPlan(List.of(party("A", "apikey:a"), party("B"), party("E", "jwt:e", "apikey:e")),
                periods());

        ScheduleResult result = plan.settle();

        assertThat(result).isEqualTo(PayoutSchedule.DEFAULT.settle(periods()));
        Settlement q1 = result.settlements().get(0);
        assertThat(q1.statement("E").total()).isEqualTo(Money.of("100.00", CNY));
        assertThat(q1.statement("A").total()).isEqualTo(Money.of("225.00", CNY));
        assertThat(q1.statement("B").total()).isEqualTo(Money.of("675.00", CNY));
        assertThat(result.totals()).extracting(PartyTotal::party).containsExactly("E", "A", "B");
        assertThat(plan.parties().get(2).principals()).containsExactly("jwt:e", "apikey:e");
    }

    @Test
    void test_settle_partyOfTheTermsNotDeclared_isInvalidStateOnParties() {
        SettlementPlan plan = new SettlementPlan(List.of(party("A"), party("B")), periods());

        InvalidInputException e = refusal(plan::settle);

        assertThat(e.field()).isEqualTo("parties");
        assertThat(e.rule()).isEqualTo(Rule.INVALID_STATE);
        assertThat(e.getMessage()).contains("missing: E");
    }

    @Test
    void test_settle_declaredPartyNotInTheTerms_isUnknownListingTheTermsParties() {
        SettlementPlan plan = new SettlementPlan(List.of(party("A"), party("B"), party("E"), party("Z")), periods());

        InvalidInputException e = refusal(plan::settle);

        assertThat(e.field()).isEqualTo("parties[3].id");
        assertThat(e.rule()).isEqualTo(Rule.UNKNOWN);
        assertThat(e.getMessage()).contains("[A, B, E]");
    }

    @Test
    void test_new_partyDeclaredTwice_isDuplicateOnTheSecond() {
        InvalidInputException e = refusal(() -> new SettlementPlan(List.of(party("A"), party("B"), party("A")), periods()));

        assertThat(e.field()).isEqualTo("parties[2].id");
        assertThat(e.rule()).isEqualTo(Rule.DUPLICATE);
    }

    @Test
    void test_new_noPartyOrNoPeriod_isEmpty() {
        assertThat(refusal(() -> new SettlementPlan(List.of(), periods())).field()).isEqualTo("parties");
        assertThat(refusal(() -> new SettlementPlan(List.of(party("A")), List.of())).field()).isEqualTo("periods");
    }

    @Test
    void test_party_principalNamedTwice_isDuplicateOnTheSecond() {
        InvalidInputException e = refusal(() -> party("A", "apikey:1", "jwt:x", "apikey:1"));

        assertThat(e.field()).isEqualTo("principals[2]");
        assertThat(e.rule()).isEqualTo(Rule.DUPLICATE);
        assertThat(e.within("parties[0]").field()).isEqualTo("parties[0].principals[2]");
    }

    @Test
    void test_party_blankIdOrPrincipal_isRefused() {
        assertThat(refusal(() -> party(" ")).field()).isEqualTo("id");
        assertThat(refusal(() -> party("A", "apikey:1", "")).field()).isEqualTo("principals[1]");
    }

    @Test
    void test_party_noPrincipals_isAllowed() {
        assertThat(party("A").principals()).isEmpty();
    }
}
