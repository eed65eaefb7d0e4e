package org.dataprice.index.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;

import org.dataprice.error.DatapriceException;
import org.dataprice.error.InvalidInputException;
import org.dataprice.error.Rule;
import org.dataprice.index.IndexSettings;
import org.dataprice.index.aggregate.CompositeMethod;
import org.dataprice.index.correction.Amendment;
import org.dataprice.index.correction.CorrectionAction;
import org.dataprice.index.correction.CorrectionSet;
import org.dataprice.index.correction.Trade;
import org.dataprice.index.correction.TradeCorrection;
import org.dataprice.index.series.DataSufficiencyRule;
import org.dataprice.index.series.IndexBase;
import org.dataprice.index.series.IndexObservation;
import org.dataprice.index.series.IndexSeries;
import org.dataprice.index.series.ObservationStatus;
import org.dataprice.index.series.Revision;
import org.dataprice.index.transaction.UnitValueRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The release calculator: the first release, statuses (A, P, R, E), revision detection against the
 * previous vintage only, corrections listed once, the hedonic explanation, each error (field and rule),
 * and seeded properties: a release whose earlier months' trades are unchanged revises nothing under a
 * direct index; a price changed in one month revises exactly that month, with the previous and the new
 * value; chaining releases through the calculator's own previous vintage gives the statuses and
 * revisions that the full vintage history gives.
 */
class ReleaseCalculatorTest {
    private static final YearMonth JAN = YearMonth.of(2024, 1);
    private static final IndexBase BASE = IndexBase.month(JAN, 100);
    private static final IndexSettings JEVONS = new IndexSettings("jevons", Map.of());
    private static final ReleaseCalculator CALC = ReleaseCalculator.DEFAULT;
    private static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");

    private static ReleaseDefinition definition(IndexSettings settings, int provisionalMonths) {
        return new ReleaseDefinition(settings, BASE, List.of(), CompositeMethod.POOLED, null, UnitValueRule.NONE, null,
                provisionalMonths, List.of(), List.of());
    }

    /** Seeded trades: {@code products} products, two trades each per month, months JAN.. JAN+months-1. */
    private static List<Trade> trades(long seed, int products, int months) {
        RandomGenerator r = new java.util.SplittableRandom(seed);
        List<Trade> out = new ArrayList<>();
        long id = 1;
        for (int t = 0; t < months; t++) {
            for (int i = 0; i < products; i++) {
                for (int k = 0; k < 2; k++) {
                    out.add(new Trade(id++, "p" + i, i % 2 == 0 ? "A" : "B", JAN.plusMonths(t),
                            10 * (1 + i) * (0.8 + 0.4 * r.nextDouble()), 1 + r.nextInt(5)));
                }
            }
        }
        return out;
    }

    private static ReleaseTrades upTo(List<Trade> all, YearMonth period, CorrectionSet corrections) {
        List<YearMonth> periods = new ArrayList<>();
        List<String> products = new ArrayList<>();
        Map<String, String> categories = new HashMap<>();
        List<Double> price = new ArrayList<>();
        List<Double> quantity = new ArrayList<>();
        for (Trade t : corrections.apply(all)) {
            if (!t.period().isAfter(period)) {
                periods.add(t.period());
                products.add(t.productId());
                categories.putIfAbsent(t.productId(), t.category());
                price.add(t.price());
                quantity.add(t.quantity());
            }
        }
        return ReleaseTrades.ofColumns(periods, products, price.stream().mapToDouble(Double::doubleValue).toArray(),
                quantity.stream().mapToDouble(Double::doubleValue).toArray(), categories, corrections, Map.of());
    }

    private static LocalDate date(YearMonth period) {
        return period.plusMonths(1).atDay(15);
    }

    private static NewVintage release(ReleaseDefinition def, List<Trade> all, YearMonth period, PreviousVintage previous) {
        return release(def, all, period, previous, CorrectionSet.EMPTY);
    }

    private static NewVintage release(ReleaseDefinition def, List<Trade> all, YearMonth period, PreviousVintage previous,
            CorrectionSet corrections) {
        return CALC.release(def, period, date(period), null, upTo(all, period, corrections), previous);
    }

    /** The new vintage as the next release's previous one (what a store gives back). */
    private static PreviousVintage asPrevious(NewVintage v, Set<String> appliedBefore) {
        Set<String> applied = new LinkedHashSet<>(appliedBefore);
        applied.addAll(v.explanation().corrections());
        return new PreviousVintage(v.number(), v.period(), v.realtimeStart(), v.reason(), v.series(), applied);
    }

    private static IndexSeries composite(NewVintage v) {
        return v.series().get(ReleaseDefinition.COMPOSITE);
    }

    private static InvalidInputException invalid(Runnable r) {
        try {
            r.run();
        } catch (InvalidInputException e) {
            return e;
        }
        throw new AssertionError("no InvalidInputException");
    }

    // ------------------------------------------------------------------------------------------ first release

    @Test
    void test_release_first_isVintageOneWithoutRevisions() {
        List<Trade> all = trades(1, 4, 6);
        YearMonth jun = JAN.plusMonths(5);

        NewVintage v = release(definition(JEVONS, 2), all, jun, null);

        assertThat(v.number()).isEqualTo(1);
        assertThat(v.reason()).isEqualTo("monthly release 2024-06");
        assertThat(v.realtimeStart()).isEqualTo(LocalDate.of(2024, 7, 15));
        assertThat(v.revisions()).isEmpty();
        assertThat(v.transactions()).isEqualTo(4 * 2 * 6);
        assertThat(v.series()).containsOnlyKeys(ReleaseDefinition.COMPOSITE);
        IndexSeries s = composite(v);
        assertThat(s.observations()).hasSize(6);
        assertThat(s.find(JAN).orElseThrow().value()).isCloseTo(100, within(1e-9));
        assertThat(s.observations().stream().map(IndexObservation::status).toList()).containsExactly(
                ObservationStatus.NORMAL, ObservationStatus.NORMAL, ObservationStatus.NORMAL, ObservationStatus.NORMAL,
                ObservationStatus.PROVISIONAL, ObservationStatus.PROVISIONAL);
        assertThat(v.explanation().settings().method()).isEqualTo("jevons");
        assertThat(v.explanation().hedonicFit()).isEmpty();
        assertThat(v.explanation().corrections()).isEmpty();
    }

    @Test
    void test_release_givenReason_isKept() {
        NewVintage v = CALC.release(definition(JEVONS, 0), JAN.plusMonths(1), LocalDate.of(2024, 3, 1), "late trades",
                upTo(trades(2, 3, 2), JAN.plusMonths(1), CorrectionSet.EMPTY), null);

        assertThat(v.reason()).isEqualTo("late trades");
    }

    // ------------------------------------------------------------------------------------------ revisions and statuses

    @Test
    void test_release_lateTradeForAnEarlierMonth_revisesIt_R_andLogsIt() {
        List<Trade> all = new ArrayList<>(trades(3, 4, 5));
        YearMonth mar = JAN.plusMonths(2);
        NewVintage first = release(definition(JEVONS, 1), all, JAN.plusMonths(3), null);
        all.add(new Trade(999, "p1", "B", mar, 500, 100)); // a late, expensive trade for March

        NewVintage second = release(definition(JEVONS, 1), all, JAN.plusMonths(4), asPrevious(first, Set.of()));

        assertThat(second.number()).isEqualTo(2);
        IndexSeries s = composite(second);
        assertThat(s.find(mar).orElseThrow().status()).isEqualTo(ObservationStatus.REVISED);
        assertThat(s.find(JAN.plusMonths(1)).orElseThrow().status()).isEqualTo(ObservationStatus.NORMAL);
        assertThat(s.find(JAN.plusMonths(4)).orElseThrow().status()).isEqualTo(ObservationStatus.PROVISIONAL);
        List<Revision> revisions = second.revisions().get(ReleaseDefinition.COMPOSITE);
        assertThat(revisions).hasSize(1);
        Revision r = revisions.get(0);
        assertThat(r.period()).isEqualTo(mar);
        assertThat(r.previousValue()).isEqualTo(composite(first).find(mar).orElseThrow().value());
        assertThat(r.newValue()).isEqualTo(s.find(mar).orElseThrow().value());
        assertThat(r.newValue()).isGreaterThan(r.previousValue());
        assertThat(r.fromVintage()).isEqualTo(1);
        assertThat(r.toVintage()).isEqualTo(2);
        assertThat(r.date()).isEqualTo(second.realtimeStart());
        assertThat(r.reason()).isEqualTo(second.reason());
        assertThat(second.allRevisions()).containsExactly(r);
    }

    @Test
    void test_release_provisionalValueChanged_staysP_butIsLogged() {
        List<Trade> all = new ArrayList<>(trades(4, 4, 5));
        YearMonth apr = JAN.plusMonths(3);
        NewVintage first = release(definition(JEVONS, 2), all, apr, null);
        all.add(new Trade(999, "p2", "A", apr, 900, 50));

        NewVintage second = release(definition(JEVONS, 2), all, JAN.plusMonths(4), asPrevious(first, Set.of()));

        assertThat(composite(second).find(apr).orElseThrow().status()).isEqualTo(ObservationStatus.PROVISIONAL);
        assertThat(second.allRevisions()).extracting(Revision::period).containsExactly(apr);
    }

    @Test
    void test_release_insufficientMonth_isEstimatedCarriedForward_E() {
        List<Trade> all = new ArrayList<>(trades(5, 4, 4));
        all.removeIf(t -> t.period().equals(JAN.plusMonths(2)) && !t.productId().equals("p0"));
        ReleaseDefinition def = new ReleaseDefinition(JEVONS, BASE, List.of(), CompositeMethod.POOLED, null,
                UnitValueRule.NONE, new DataSufficiencyRule(1, 2, DataSufficiencyRule.Action.ESTIMATE), 0, List.of(),
                List.of());

        IndexSeries s = composite(release(def, all, JAN.plusMonths(3), null));

        IndexObservation mar = s.find(JAN.plusMonths(2)).orElseThrow();
        assertThat(mar.status()).isEqualTo(ObservationStatus.ESTIMATED);
        assertThat(mar.value()).isEqualTo(s.find(JAN.plusMonths(1)).orElseThrow().value());
    }

    @Test
    void test_release_categories_giveCompositeThenSubIndicesInPublisherOrder() {
        ReleaseDefinition def = new ReleaseDefinition(JEVONS, BASE, List.of("B", "A"), CompositeMethod.AGGREGATED, null,
                UnitValueRule.NONE, null, 0, List.of(), List.of());

        NewVintage v = release(def, trades(6, 4, 3), JAN.plusMonths(2), null);

        assertThat(v.series().keySet()).containsExactly(ReleaseDefinition.COMPOSITE, "B", "A");
        v.series().values().forEach(s -> assertThat(s.find(JAN).orElseThrow().value()).isCloseTo(100, within(1e-9)));
    }

    // ------------------------------------------------------------------------------------------ corrections

    @Test
    void test_release_corrections_areListedByTheFirstReleaseThatAppliesThem_andRevise() {
        List<Trade> all = trades(7, 4, 5);
        Trade target = all.stream().filter(t -> t.period().equals(JAN.plusMonths(1))).findFirst().orElseThrow();
        TradeCorrection c1 = new TradeCorrection("k1", target.id(), 1, CorrectionAction.AMEND,
                new Amendment(null, null, target.price() * 3, null), "typo", "alice", T0);
        TradeCorrection c2 = new TradeCorrection("k2", all.get(all.size() - 1).id(), 1, CorrectionAction.VOID, null,
                "loaded twice", "alice", T0.plusSeconds(1));
        ReleaseDefinition def = definition(JEVONS, 0);
        NewVintage v1 = release(def, all, JAN.plusMonths(2), null);

        NewVintage v2 = release(def, all, JAN.plusMonths(3), asPrevious(v1, Set.of()), new CorrectionSet(List.of(c1)));
        PreviousVintage p2 = asPrevious(v2, Set.of());
        NewVintage v3 = release(def, all, JAN.plusMonths(4), p2, new CorrectionSet(List.of(c1, c2)));

        assertThat(v1.explanation().corrections()).isEmpty();
        assertThat(v2.explanation().corrections()).containsExactly("k1");
        assertThat(v2.allRevisions()).extracting(Revision::period).containsExactly(JAN.plusMonths(1));
        assertThat(composite(v2).find(JAN.plusMonths(1)).orElseThrow().status()).isEqualTo(ObservationStatus.REVISED);
        assertThat(v3.explanation().corrections()).containsExactly("k2");
        assertThat(v3.transactions()).isEqualTo(all.size() - 1);
        assertThat(v3.allRevisions()).isEmpty(); // k2 voids a May trade: nothing May had was published
        assertThat(composite(v3).find(JAN.plusMonths(1)).orElseThrow().status()).isEqualTo(ObservationStatus.NORMAL);
    }

    // ------------------------------------------------------------------------------------------ hedonic

    @Test
    void test_release_hedonic_fitsOnStoredCharacteristics_andExplainsTheFit() {
        List<Trade> all = trades(8, 6, 3);
        ReleaseDefinition def = new ReleaseDefinition(new IndexSettings("time-dummy-hedonic", Map.of()), BASE, List.of(),
                CompositeMethod.POOLED, null, UnitValueRule.NONE, null, 0, List.of("size"), List.of("tier"));
        Map<String, Set<List<String>>> traits = new HashMap<>();
        for (int i = 0; i < 6; i++) {
            traits.put("p" + i, Set.of(List.of(Integer.toString(10 + 7 * i % 5), i % 3 == 0 ? "gold" : "basic")));
        }
        ReleaseTrades t = upTo(all, JAN.plusMonths(2), CorrectionSet.EMPTY);
        ReleaseTrades withTraits = ReleaseTrades.of(t.table().orElseThrow(), t.categories(), t.corrections(), traits);

        NewVintage v = CALC.release(def, JAN.plusMonths(2), date(JAN.plusMonths(2)), null, withTraits, null);

        HedonicSummary h = v.explanation().hedonicFit().orElseThrow();
        assertThat(h.characteristics()).containsExactly("size", "tier=gold");
        assertThat(h.products()).isEqualTo(6);
        assertThat(h.periods()).isEqualTo(3);
        assertThat(h.fit().observations()).isEqualTo(18);
        assertThat(composite(v).observations()).hasSize(3);
        assertThat(v.explanation().settings().method()).isEqualTo("time-dummy-hedonic");
    }

    @Test
    void test_release_hedonic_productWithoutCharacteristics_namesTheColumns() {
        ReleaseDefinition def = new ReleaseDefinition(new IndexSettings("time-dummy-hedonic", Map.of()), BASE, List.of(),
                CompositeMethod.POOLED, null, UnitValueRule.NONE, null, 0, List.of("size"), List.of());
        ReleaseTrades t = upTo(trades(9, 3, 3), JAN.plusMonths(2), CorrectionSet.EMPTY);
        Map<String, Set<List<String>>> traits = Map.of("p0", Set.of(List.of("1")), "p1", Set.of(List.of("2")),
                "p2", Set.of(List.of()));

        InvalidInputException e = invalid(() -> CALC.release(def, JAN.plusMonths(2), date(JAN.plusMonths(2)), null,
                ReleaseTrades.of(t.table().orElseThrow(), t.categories(), t.corrections(), traits), null));

        assertThat(e.field()).isEqualTo("columns.characteristics");
        assertThat(e.rule()).isEqualTo(Rule.INVALID_STATE);
        assertThat(e.value()).isEqualTo("p2");
    }

    // ------------------------------------------------------------------------------------------ errors

    @Test
    void test_release_noTrades_isPeriodTooFew() {
        ReleaseTrades none = ReleaseTrades.ofColumns(List.of(), List.of(), new double[0], new double[0], Map.of(),
                CorrectionSet.EMPTY, Map.of());

        InvalidInputException e = invalid(() -> CALC.release(definition(JEVONS, 0), JAN, date(JAN), null, none, null));

        assertThat(e.field()).isEqualTo("period");
        assertThat(e.rule()).isEqualTo(Rule.TOO_FEW);
    }

    @Test
    void test_release_noTradeInThePeriod_isPeriodTooFew() {
        List<Trade> all = trades(10, 3, 2);
        ReleaseTrades t = upTo(all, JAN.plusMonths(1), CorrectionSet.EMPTY);

        InvalidInputException e = invalid(() -> CALC.release(definition(JEVONS, 0), JAN.plusMonths(2),
                date(JAN.plusMonths(2)), null, t, null));

        assertThat(e.field()).isEqualTo("period");
        assertThat(e.rule()).isEqualTo(Rule.TOO_FEW);
    }

    @Test
    void test_release_periodNotAfterThePrevious_isRefused() {
        List<Trade> all = trades(11, 3, 3);
        NewVintage v1 = release(definition(JEVONS, 0), all, JAN.plusMonths(2), null);

        InvalidInputException e = invalid(() -> release(definition(JEVONS, 0), all, JAN.plusMonths(2),
                asPrevious(v1, Set.of())));

        assertThat(e.field()).isEqualTo("period");
        assertThat(e.rule()).isEqualTo(Rule.GREATER_THAN);
    }

    @Test
    void test_release_tradesAfterThePeriod_areRefused() {
        ReleaseTrades t = upTo(trades(12, 3, 3), JAN.plusMonths(2), CorrectionSet.EMPTY);

        InvalidInputException e = invalid(() -> CALC.release(definition(JEVONS, 0), JAN.plusMonths(1),
                date(JAN.plusMonths(1)), null, t, null));

        assertThat(e.field()).isEqualTo("trades");
        assertThat(e.rule()).isEqualTo(Rule.INVALID_STATE);
    }

    @Test
    void test_release_baseMonthWithoutValue_isPeriodInvalidState() {
        ReleaseDefinition def = new ReleaseDefinition(JEVONS, IndexBase.month(JAN.minusMonths(1), 100), List.of(),
                CompositeMethod.POOLED, null, UnitValueRule.NONE, null, 0, List.of(), List.of());

        InvalidInputException e = invalid(() -> release(def, trades(13, 3, 2), JAN.plusMonths(1), null));

        assertThat(e.field()).isEqualTo("period");
        assertThat(e.rule()).isEqualTo(Rule.INVALID_STATE);
    }

    @Test
    void test_schedule_requiresAScheduledPeriod_thenTheNextOne() {
        SortedSet<YearMonth> months = new TreeSet<>(List.of(JAN, JAN.plusMonths(1), JAN.plusMonths(3)));
        ReleaseSchedule schedule = new ReleaseSchedule(months);

        schedule.requireScheduled(JAN.plusMonths(3));
        schedule.requireNext(JAN, null);
        schedule.requireNext(JAN.plusMonths(3), JAN.plusMonths(1));
        InvalidInputException unknown = invalid(() -> schedule.requireScheduled(JAN.plusMonths(2)));
        InvalidInputException skipped = invalid(() -> schedule.requireNext(JAN.plusMonths(3), JAN));
        InvalidInputException none = invalid(() -> schedule.requireNext(JAN.plusMonths(3), JAN.plusMonths(3)));

        assertThat(unknown.rule()).isEqualTo(Rule.UNKNOWN);
        assertThat(skipped.rule()).isEqualTo(Rule.INVALID_STATE);
        assertThat(skipped.getMessage()).contains("2024-02");
        assertThat(none.getMessage()).contains("not scheduled");
    }

    // ------------------------------------------------------------------------------------------ seeded properties

    static IntStream seeds() {
        return IntStream.range(0, 25);
    }

    /** Unchanged trades for the months already published: a direct index revises none of them. */
    @ParameterizedTest
    @MethodSource("seeds")
    void property_unchangedHistory_directIndex_revisesNothing(int seed) {
        RandomGenerator r = new java.util.SplittableRandom(seed * 31L + 1);
        int months = 3 + r.nextInt(6);
        List<Trade> all = trades(seed, 2 + r.nextInt(5), months + 1);
        ReleaseDefinition def = definition(JEVONS, 0);
        NewVintage v1 = release(def, all, JAN.plusMonths(months - 1), null);

        NewVintage v2 = release(def, all, JAN.plusMonths(months), asPrevious(v1, Set.of()));

        assertThat(v2.allRevisions()).isEmpty();
        assertThat(composite(v2).observations()).hasSize(months + 1);
        assertThat(composite(v2).observations().subList(0, months)).isEqualTo(composite(v1).observations());
    }

    /** One price changed in one published month (not the base): exactly that month is revised, R. */
    @ParameterizedTest
    @MethodSource("seeds")
    void property_onePriceChanged_revisesExactlyThatMonth(int seed) {
        RandomGenerator r = new java.util.SplittableRandom(seed * 17L + 3);
        int months = 3 + r.nextInt(6);
        List<Trade> all = new ArrayList<>(trades(seed, 2 + r.nextInt(5), months + 1));
        ReleaseDefinition def = definition(JEVONS, 0);
        NewVintage v1 = release(def, all, JAN.plusMonths(months - 1), null);
        YearMonth changed = JAN.plusMonths(1 + r.nextInt(months - 1));
        int at = IntStream.range(0, all.size()).filter(k -> all.get(k).period().equals(changed)).findFirst().orElseThrow();
        Trade t = all.get(at);
        all.set(at, new Trade(t.id(), t.productId(), t.category(), t.period(), t.price() * (1.5 + r.nextDouble()),
                t.quantity()));

        NewVintage v2 = release(def, all, JAN.plusMonths(months), asPrevious(v1, Set.of()));

        assertThat(v2.allRevisions()).extracting(Revision::period).containsExactly(changed);
        Revision rev = v2.allRevisions().get(0);
        assertThat(rev.previousValue()).isEqualTo(composite(v1).find(changed).orElseThrow().value());
        assertThat(rev.newValue()).isEqualTo(composite(v2).find(changed).orElseThrow().value());
        for (IndexObservation o : composite(v2).observations()) {
            assertThat(o.status()).isEqualTo(o.period().equals(changed) ? ObservationStatus.REVISED : ObservationStatus.NORMAL);
        }
    }

    /**
     * A multilateral index revises earlier months as its window moves: chaining releases through the
     * previous vintage alone gives, release after release, a value marked R exactly when it differs from
     * the one the release before published, and a revision for each such value.
     */
    @ParameterizedTest
    @MethodSource("seeds")
    void property_chainedReleases_markAndLogEveryChangedValue(int seed) {
        RandomGenerator r = new java.util.SplittableRandom(seed * 13L + 5);
        int months = 4 + r.nextInt(4);
        List<Trade> all = trades(seed, 3 + r.nextInt(3), months + 3);
        ReleaseDefinition def = definition(new IndexSettings("geks-fisher", Map.of()), 0);
        NewVintage previous = release(def, all, JAN.plusMonths(months - 1), null);
        for (int k = 0; k < 3; k++) {
            NewVintage next = release(def, all, JAN.plusMonths(months + k), asPrevious(previous, Set.of()));
            int revised = 0;
            for (IndexObservation o : composite(next).observations()) {
                var before = composite(previous).find(o.period());
                boolean changed = before.isPresent()
                        && Math.abs(o.value() / before.get().value() - 1) > org.dataprice.index.series.VintageHistory.REVISION_THRESHOLD;
                assertThat(o.status() == ObservationStatus.REVISED).as("%s", o).isEqualTo(changed);
                revised += changed ? 1 : 0;
            }
            assertThat(next.allRevisions()).hasSize(revised);
            assertThat(next.allRevisions()).allSatisfy(rev -> assertThat(rev.fromVintage()).isEqualTo(rev.toVintage() - 1));
            assertThat(next.number()).isEqualTo(previous.number() + 1);
            previous = next;
        }
    }

    @Test
    void test_definition_compositeAsCategory_isRefused() {
        DatapriceException e = invalid(() -> new ReleaseDefinition(JEVONS, BASE, List.of("COMPOSITE"),
                CompositeMethod.POOLED, null, UnitValueRule.NONE, null, 0, List.of(), List.of()));

        assertThat(e.rule()).isEqualTo(Rule.INVALID_STATE);
    }
}
