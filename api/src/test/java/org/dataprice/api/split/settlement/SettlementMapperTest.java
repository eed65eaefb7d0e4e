package org.dataprice.api.split.settlement;

import io.micronaut.json.JsonMapper;
import io.micronaut.serde.ObjectMapper;
import org.dataprice.api.explain.ExplanationResponse;
import org.dataprice.money.Money;
import org.dataprice.split.payout.AnnualPayment;
import org.dataprice.split.payout.Commission;
import org.dataprice.split.payout.CommissionTier;
import org.dataprice.split.payout.DividendBasis;
import org.dataprice.split.payout.Earmark;
import org.dataprice.split.payout.LossPolicy;
import org.dataprice.split.payout.PartyLimit;
import org.dataprice.split.payout.PartyStatement;
import org.dataprice.split.payout.PartyTotal;
import org.dataprice.split.payout.PartyWeight;
import org.dataprice.split.payout.PayoutLine;
import org.dataprice.split.payout.PerUseFee;
import org.dataprice.split.payout.Period;
import org.dataprice.split.payout.RightsHolding;
import org.dataprice.split.payout.RightsWeights;
import org.dataprice.split.payout.ScheduleResult;
import org.dataprice.split.payout.Settlement;
import org.dataprice.split.payout.SettlementParty;
import org.dataprice.split.payout.SettlementPlan;
import org.dataprice.split.payout.SettlementTerms;
import org.dataprice.split.pool.DealPool;
import org.dataprice.split.pool.DealRevenue;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No silent data drops in the settlement mappers ({@link SettlementMapper}, {@link LedgerMapper}): a fully
 * populated request (every optional field given: flat and tiered commissions, per-use fees, annual payments,
 * limits with and without a floor or cap, the loss policy, all three dividend bases, a pool typed in and one
 * drawn from deals of one listing) maps to exactly the core terms written out by hand; the settled result maps
 * to the ledger rows and back (request → core → rows → core) with every figure equal, and the answers built
 * from the rows (summary, a page of statements, a party's statements, the pool source) show every figure of
 * the core. Exact comparison, amounts as stored strings.
 */
class SettlementMapperTest {
    private static final Currency CNY = Money.CNY;
    private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");
    private static final LocalDate JAN1 = LocalDate.of(2025, 1, 1);
    private static final LocalDate MAR31 = LocalDate.of(2025, 3, 31);
    private static final JsonMapper JSON = ObjectMapper.getDefault();

    private static SettlementRequest request() {
        SettlementRequest.Terms q1 = new SettlementRequest.Terms(
                List.of(new SettlementRequest.EarmarkTerm("public", "0.10")),
                List.of(new SettlementRequest.CommissionTerm("exchange", "20000.00", "0.05", null),
                        new SettlementRequest.CommissionTerm("broker", "50000", null, List.of(
                                new SettlementRequest.Tier("0", "0.02"), new SettlementRequest.Tier("10000.00", "0.01")))),
                List.of(new SettlementRequest.PerUseTerm("A", "0.005", 10_001L)),
                List.of(new SettlementRequest.AnnualTerm("operator", "1200", "0.25")),
                new SettlementRequest.DividendTerm(SettlementRequest.Basis.EQUITY, List.of(
                        new SettlementRequest.Weight("A", "1"), new SettlementRequest.Weight("B", "3")), null, null),
                List.of(new SettlementRequest.LimitTerm("A", "100.00", "5000"),
                        new SettlementRequest.LimitTerm("B", null, "9000.00")),
                LossPolicy.CARRY_FORWARD);
        SettlementRequest.Terms q2 = new SettlementRequest.Terms(null, null, null, null,
                new SettlementRequest.DividendTerm(SettlementRequest.Basis.RIGHTS, null,
                        new SettlementRequest.Rights("0.5", "0.3", "0.2"), List.of(
                        new SettlementRequest.Holding("A", "1", "0", "0.5"),
                        new SettlementRequest.Holding("B", "0", "1", "0.5"))),
                List.of(new SettlementRequest.LimitTerm("A", "10.00", null)), null);
        SettlementRequest.Terms q3 = new SettlementRequest.Terms(List.of(), List.of(), List.of(), List.of(),
                new SettlementRequest.DividendTerm(SettlementRequest.Basis.VALUE, List.of(
                        new SettlementRequest.Weight("A", "9.5"), new SettlementRequest.Weight("B", "8")), null, null),
                List.of(), LossPolicy.SHARE);
        return new SettlementRequest("CNY", List.of(
                new SettlementRequest.Party("public", List.of()),
                new SettlementRequest.Party("exchange", List.of("apikey:00000000000000aa")),
                new SettlementRequest.Party("broker", List.of("jwt:broker")),
                new SettlementRequest.Party("A", List.of("apikey:00000000000000bb", "jwt:a")),
                new SettlementRequest.Party("operator", List.of()),
                new SettlementRequest.Party("B", List.of("jwt:b"))),
                List.of(new SettlementRequest.PeriodTerms("2025-Q1", "10000.00", q1),
                        new SettlementRequest.PeriodTerms("2025-Q2", null,
                                new SettlementRequest.DealSource("P-1", "L-1", JAN1, MAR31), q2),
                        new SettlementRequest.PeriodTerms("2025-Q3", "-50.00", q3)), null);
    }

    /** The deals of period 1: 1,000.10 + 2,500.005 + 0.005 = 3,500.11 (a per-unit price may carry more decimals). */
    private static DealPool[] drawn() {
        return new DealPool[]{null, new DealPool("P-1", "L-1", JAN1, MAR31, List.of(
                new DealRevenue("d1", JAN1, Money.cny("1000.10")),
                new DealRevenue("d2", LocalDate.of(2025, 2, 1), Money.of(new BigDecimal("2500.005"), CNY, 3, RoundingMode.UNNECESSARY)),
                new DealRevenue("d3", MAR31, Money.of(new BigDecimal("0.005"), CNY, 3, RoundingMode.UNNECESSARY)))), null};
    }

    private static Money cny(String amount) {
        return Money.cny(amount);
    }

    /** The plan the request says, written out by hand from the request above. */
    private static SettlementPlan expectedPlan() {
        SettlementTerms q1 = new SettlementTerms(List.of(new Earmark("public", new BigDecimal("0.10"))),
                List.of(Commission.flat("exchange", cny("20000.00"), new BigDecimal("0.05")),
                        new Commission("broker", cny("50000"), List.of(new CommissionTier(cny("0"), new BigDecimal("0.02")),
                                new CommissionTier(cny("10000.00"), new BigDecimal("0.01")))),
                        new PerUseFee("A", Money.of(new BigDecimal("0.005"), CNY, 3, RoundingMode.UNNECESSARY), 10_001L),
                        new AnnualPayment("operator", cny("1200"), new BigDecimal("0.25"))),
                DividendBasis.byEquity(List.of(new PartyWeight("A", BigDecimal.ONE), new PartyWeight("B", new BigDecimal("3")))),
                List.of(new PartyLimit("A", cny("100.00"), Optional.of(cny("5000"))),
                        new PartyLimit("B", Money.zero(CNY), Optional.of(cny("9000.00")))),
                LossPolicy.CARRY_FORWARD);
        SettlementTerms q2 = new SettlementTerms(List.of(), List.of(),
                DividendBasis.byRights(new RightsWeights(new BigDecimal("0.5"), new BigDecimal("0.3"), new BigDecimal("0.2")),
                        List.of(new RightsHolding("A", BigDecimal.ONE, BigDecimal.ZERO, new BigDecimal("0.5")),
                                new RightsHolding("B", BigDecimal.ZERO, BigDecimal.ONE, new BigDecimal("0.5")))),
                List.of(new PartyLimit("A", cny("10.00"), Optional.empty())), LossPolicy.SHARE);
        SettlementTerms q3 = new SettlementTerms(List.of(), List.of(), new DividendBasis(List.of(
                new PartyWeight("A", new BigDecimal("9.5")), new PartyWeight("B", new BigDecimal("8"))),
                "pro rata to contribution values"), List.of(), LossPolicy.SHARE);
        return new SettlementPlan(List.of(new SettlementParty("public", List.of()),
                new SettlementParty("exchange", List.of("apikey:00000000000000aa")),
                new SettlementParty("broker", List.of("jwt:broker")),
                new SettlementParty("A", List.of("apikey:00000000000000bb", "jwt:a")),
                new SettlementParty("operator", List.of()),
                new SettlementParty("B", List.of("jwt:b"))),
                List.of(new Period("2025-Q1", cny("10000.00"), q1), new Period("2025-Q2", cny("3500.11"), q2),
                        new Period("2025-Q3", cny("-50.00"), q3)));
    }

    private static LedgerMapper.Recorded recorded(SettlementPlan plan, ScheduleResult result) {
        int[] next = {0};
        return LedgerMapper.toRows("s-1", T0, "tester", plan, result, drawn(), () -> "row-" + next[0]++, JSON);
    }

    @Test
    void test_request_toPlan_everyFieldReachesTheCore() {
        SettlementPlan plan = SettlementMapper.toPlan(request(), CNY, drawn());

        assertThat(plan).isEqualTo(expectedPlan());
    }

    @Test
    void test_result_toRowsToCore_everyFigureSurvives() {
        SettlementPlan plan = SettlementMapper.toPlan(request(), CNY, drawn());
        ScheduleResult result = plan.settle();

        LedgerMapper.Recorded rows = recorded(plan, result);

        LedgerRows.SettlementRow s = rows.settlement();
        assertThat(s.id()).isEqualTo("s-1");
        assertThat(s.currency()).isEqualTo("CNY");
        assertThat(s.periodCount()).isEqualTo(3);
        assertThat(Money.of(s.carriedForward(), CNY)).isEqualTo(result.carriedForward());
        assertThat(s.createdAt()).isEqualTo(T0);
        assertThat(s.createdBy()).isEqualTo("tester");
        assertThat(s.explanation()).isEqualTo(served(ExplanationResponse.from(result.explanation())));
        List<PartyTotal> totals = StatementDocuments.readTotals(JSON, s.totals()).stream()
                .map(t -> new PartyTotal(t.party(), Money.of(new BigDecimal(t.total()), CNY))).toList();
        assertThat(totals).isEqualTo(result.totals());
        assertThat(rows.periods()).hasSize(3);
        for (int p = 0; p < 3; p++) {
            Settlement core = result.settlements().get(p);
            LedgerRows.PeriodRow row = rows.periods().get(p);
            assertThat(row.settlementId()).isEqualTo("s-1");
            assertThat(row.periodIndex()).isEqualTo(p);
            assertThat(row.label()).isEqualTo(core.period());
            assertThat(Money.of(row.pool(), CNY)).isEqualTo(core.pool());
            assertThat(Money.of(row.carriedIn(), CNY)).isEqualTo(core.carriedIn());
            assertThat(Money.of(row.retained(), CNY)).isEqualTo(core.retained());
            assertThat(Money.of(row.carriedForward(), CNY)).isEqualTo(core.carriedForward());
            assertThat(Money.of(row.totalPaid(), CNY)).isEqualTo(core.totalPaid());
            assertThat(row.statementCount()).isEqualTo(core.statements().size());
            assertThat(row.explanation()).isEqualTo(served(ExplanationResponse.from(core.explanation())));
            assertThat(LedgerMapper.statements(row, CNY, JSON)).as("period " + p).isEqualTo(core.statements());
            List<StatementDocuments.StoredStatement> stored = StatementDocuments.readStatements(JSON, row.statements());
            for (int k = 0; k < stored.size(); k++) {
                assertThat(Money.of(new BigDecimal(stored.get(k).total()), CNY)).isEqualTo(core.statements().get(k).total());
                for (int l = 0; l < stored.get(k).lines().size(); l++) {
                    assertThat(stored.get(k).lines().get(l).paid()).isEqualTo(core.statements().get(k).lines().get(l).kind().paid());
                }
            }
        }
        assertThat(rows.periods().get(0).poolSource()).isNull();
        assertThat(rows.periods().get(2).poolSource()).isNull();
        List<SettlementParty> readers = new ArrayList<>();
        for (SettlementParty party : plan.parties()) {
            readers.add(new SettlementParty(party.id(), rows.principals().stream().filter(r -> r.party().equals(party.id()))
                    .map(LedgerRows.PrincipalRow::principal).toList()));
        }
        assertThat(readers).isEqualTo(plan.parties());
        assertThat(rows.principals()).allSatisfy(r -> assertThat(r.settlementId()).isEqualTo("s-1"))
                .extracting(LedgerRows.PrincipalRow::id).doesNotHaveDuplicates();
    }

    @Test
    void test_drawnPool_toRowToPoolSource_keepsEveryDeal() {
        SettlementPlan plan = SettlementMapper.toPlan(request(), CNY, drawn());
        LedgerMapper.Recorded rows = recorded(plan, plan.settle());
        DealPool deals = drawn()[1];

        SettlementResponse.PoolSource source = LedgerMapper.poolSource(rows.periods().get(1), JSON);

        assertThat(source.productId()).isEqualTo(deals.productId());
        assertThat(source.listingId()).isEqualTo(deals.listingId());
        assertThat(source.from()).isEqualTo(deals.from());
        assertThat(source.to()).isEqualTo(deals.to());
        assertThat(source.pool()).isEqualTo(new MoneyResponse("3500.11", "CNY"));
        assertThat(source.dealCount()).isEqualTo(3);
        List<DealRevenue> back = source.deals().stream().map(d -> new DealRevenue(d.id(), d.date(),
                Money.of(new BigDecimal(d.total()), CNY, new BigDecimal(d.total()).scale(), RoundingMode.UNNECESSARY))).toList();
        assertThat(back).isEqualTo(deals.deals());
    }

    @Test
    void test_rows_toAnswers_showEveryFigureOfTheCore() {
        SettlementPlan plan = SettlementMapper.toPlan(request(), CNY, drawn());
        ScheduleResult result = plan.settle();
        LedgerMapper.Recorded rows = recorded(plan, result);

        SettlementResponse summary = LedgerMapper.summary(rows.settlement(), rows.periods(), JSON);

        assertThat(summary.id()).isEqualTo("s-1");
        assertThat(summary.currency()).isEqualTo("CNY");
        assertThat(summary.createdAt()).isEqualTo(T0);
        assertThat(summary.createdBy()).isEqualTo("tester");
        assertThat(summary.explanation()).as("read back equal, empty texts and lists included")
                .isEqualTo(ExplanationResponse.from(result.explanation()));
        assertThat(summary.carriedForward()).isEqualTo(SettlementMapper.toResponse(result.carriedForward()));
        Money paid = Money.zero(CNY);
        for (int p = 0; p < 3; p++) {
            Settlement core = result.settlements().get(p);
            SettlementResponse.PeriodResponse period = summary.periods().get(p);
            paid = paid.plus(core.totalPaid());
            assertThat(served(period)).isEqualTo(served(new SettlementResponse.PeriodResponse(p, core.period(),
                    SettlementMapper.toResponse(core.pool()), SettlementMapper.toResponse(core.carriedIn()),
                    SettlementMapper.toResponse(core.retained()), SettlementMapper.toResponse(core.carriedForward()),
                    SettlementMapper.toResponse(core.totalPaid()), core.statements().size(),
                    "/v1/settlements/s-1/periods/" + p + "/statements", ExplanationResponse.from(core.explanation()),
                    p == 1 ? "/v1/settlements/s-1/periods/1/deals" : null)));
            LedgerMapper.Page page = LedgerMapper.page(rows.periods().get(p), CNY, 0, 1_000, JSON);
            assertThat(page.total()).isEqualTo(core.statements().size());
            for (int k = 0; k < core.statements().size(); k++) {
                PartyStatement st = core.statements().get(k);
                assertThat(page.items().get(k)).isEqualTo(new SettlementResponse.StatementSummary(st.party(),
                        SettlementMapper.toResponse(st.total()), lines(st)));
                PartyStatementsResponse.PeriodStatement served = LedgerMapper.periodStatement("s-1", p, rows.periods().get(p),
                        st.party(), CNY, JSON);
                assertThat(served(served)).isEqualTo(served(new PartyStatementsResponse.PeriodStatement(p, core.period(),
                        p == 1 ? "/v1/settlements/s-1/periods/1/deals" : null, new SettlementResponse.Statement(st.party(),
                        SettlementMapper.toResponse(st.total()), lines(st), ExplanationResponse.from(st.explanation())))));
            }
            assertThat(LedgerMapper.periodStatement("s-1", p, rows.periods().get(p), "nobody", CNY, JSON)).isNull();
        }
        assertThat(summary.totalPaid()).isEqualTo(SettlementMapper.toResponse(paid));
        assertThat(summary.totals()).isEqualTo(result.totals().stream().map(t -> new SettlementResponse.PartyTotal(t.party(),
                SettlementMapper.toResponse(t.total()))).toList());
        for (PartyTotal t : result.totals()) {
            assertThat(LedgerMapper.total(rows.settlement().totals(), t.party(), CNY, JSON))
                    .isEqualTo(SettlementMapper.toResponse(t.total()));
        }
        assertThat(LedgerMapper.total(rows.settlement().totals(), "nobody", CNY, JSON)).isNull();
    }

    /**
     * A value as the service serves it (and stores it): stored columns hold these bytes. (The JSON mapper leaves
     * out empty values such as {@code "source": ""}; {@link ExplanationResponse} reads them back as empty.)
     */
    private static String served(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<SettlementResponse.Line> lines(PartyStatement st) {
        List<SettlementResponse.Line> out = new ArrayList<>();
        for (PayoutLine l : st.lines()) {
            out.add(new SettlementResponse.Line(l.kind().name(), SettlementMapper.toResponse(l.amount()), l.kind().paid(), l.basis()));
        }
        return out;
    }
}
