package org.dataprice.index.correction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import org.dataprice.error.InvalidInputException;
import org.dataprice.error.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Trade corrections: each rule of {@link TradeCorrections} (one invalid-input test per rule, asserting
 * field and rule), the fold of a history, and the property that {@link CorrectionSet#apply(List)} gives
 * what an independent replay of the corrections, in the order they were made, gives.
 */
class TradeCorrectionsTest {
    private static final YearMonth JAN = YearMonth.of(2025, 1);
    private static final YearMonth FEB = YearMonth.of(2025, 2);
    private static final Instant T0 = Instant.parse("2025-02-01T00:00:00Z");
    private static final Trade TRADE = new Trade(7, "api-1", "API", JAN, 10, 2);

    private static TradeCorrection voiding(int seq) {
        return new TradeCorrection("c" + seq, TRADE.id(), seq, CorrectionAction.VOID, null, "loaded twice", "alice",
                T0.plusSeconds(seq));
    }

    private static TradeCorrection amending(int seq, Amendment a) {
        return new TradeCorrection("c" + seq, TRADE.id(), seq, CorrectionAction.AMEND, a, "typo in price", "alice",
                T0.plusSeconds(seq));
    }

    private static InvalidInputException failure(Runnable r) {
        try {
            r.run();
        } catch (InvalidInputException e) {
            return e;
        }
        throw new AssertionError("no InvalidInputException");
    }

    @Test
    void test_check_void_ofALiveTrade_isAccepted() {
        assertThat(TradeCorrections.check(TRADE, List.of(), voiding(1), Map.of())).isEmpty();
    }

    @Test
    void test_check_amend_returnsTheAmendedTrade() {
        Optional<Trade> after = TradeCorrections.check(TRADE, List.of(),
                amending(1, new Amendment(null, FEB, 12.5, null)), Map.of());
        assertThat(after).contains(new Trade(7, "api-1", "API", FEB, 12.5, 2));
    }

    @Test
    void test_check_voidTwice_isInvalidState_namingTheVoidingCorrection() {
        InvalidInputException e = failure(() -> TradeCorrections.check(TRADE, List.of(voiding(1)), voiding(2), Map.of()));
        assertThat(e.field()).isEqualTo("action");
        assertThat(e.rule()).isEqualTo(Rule.INVALID_STATE);
        assertThat(e.getMessage()).contains("voided by correction c1", "loaded twice", "neither voided again nor amended");
    }

    @Test
    void test_check_amendAVoidedTrade_isInvalidState() {
        InvalidInputException e = failure(() -> TradeCorrections.check(TRADE, List.of(voiding(1)),
                amending(2, new Amendment(null, null, 11.0, null)), Map.of()));
        assertThat(e.field()).isEqualTo("action");
        assertThat(e.rule()).isEqualTo(Rule.INVALID_STATE);
    }

    @Test
    void test_check_voidAfterAmend_isAccepted() {
        List<TradeCorrection> history = List.of(amending(1, new Amendment(null, null, 11.0, null)));
        assertThat(TradeCorrections.check(TRADE, history, voiding(2), Map.of())).isEmpty();
    }

    @Test
    void test_check_amendmentChangingNothing_isInvalidState() {
        InvalidInputException e = failure(() -> TradeCorrections.check(TRADE, List.of(),
                amending(1, new Amendment("api-1", JAN, 10.0, 2.0)), Map.of()));
        assertThat(e.field()).isEqualTo("action");
        assertThat(e.rule()).isEqualTo(Rule.INVALID_STATE);
        assertThat(e.getMessage()).contains("changes nothing");
    }

    @Test
    void test_check_amendedPriceBreaksTheValueBoundWithTheOldQuantity_namesPrice() {
        // 6e14 alone is within 1e15, but × the trade's quantity 2 it is 1.2e15
        InvalidInputException e = failure(() -> TradeCorrections.check(TRADE, List.of(),
                amending(1, new Amendment(null, null, 6e14, null)), Map.of()));
        assertThat(e.field()).isEqualTo("price");
        assertThat(e.rule()).isEqualTo(Rule.INVALID_STATE);
        assertThat(e.getMessage()).contains("price × quantity = 1.2E15 must be at most 1e15");
    }

    @Test
    void test_check_amendedQuantityAboveTheBound_namesQuantity() {
        InvalidInputException e = failure(() -> TradeCorrections.check(TRADE, List.of(),
                amending(1, new Amendment(null, null, null, 2e15)), Map.of()));
        assertThat(e.field()).isEqualTo("quantity");
    }

    @Test
    void test_check_newProductInAnotherCategory_isInconsistent() {
        InvalidInputException e = failure(() -> TradeCorrections.check(TRADE, List.of(),
                amending(1, new Amendment("ds-1", null, null, null)), Map.of("ds-1", "DATASET", "api-1", "API")));
        assertThat(e.field()).isEqualTo("productId");
        assertThat(e.rule()).isEqualTo(Rule.INCONSISTENT);
    }

    @Test
    void test_check_newProductUnknownOrSameCategory_isAccepted() {
        assertThat(TradeCorrections.check(TRADE, List.of(), amending(1, new Amendment("api-2", null, null, null)),
                Map.of("api-2", "API"))).hasValueSatisfying(t -> assertThat(t.productId()).isEqualTo("api-2"));
        assertThat(TradeCorrections.check(TRADE, List.of(), amending(1, new Amendment("new", null, null, null)),
                Map.of())).hasValueSatisfying(t -> assertThat(t.category()).isEqualTo("API"));
    }

    @Test
    void test_check_sequenceNotNext_isInvalidState() {
        InvalidInputException e = failure(() -> TradeCorrections.check(TRADE, List.of(), voiding(2), Map.of()));
        assertThat(e.field()).isEqualTo("sequence");
    }

    @Test
    void test_check_moreThanMaxPerTrade_isLimitExceeded() {
        List<TradeCorrection> history = new ArrayList<>();
        for (int i = 1; i <= TradeCorrections.MAX_PER_TRADE; i++) {
            history.add(amending(i, new Amendment(null, null, 10.0 + i, null)));
        }
        InvalidInputException e = failure(() -> TradeCorrections.check(TRADE, history,
                amending(TradeCorrections.MAX_PER_TRADE + 1, new Amendment(null, null, 9.0, null)), Map.of()));
        assertThat(e.field()).isEqualTo("action");
        assertThat(e.rule()).isEqualTo(Rule.LIMIT_EXCEEDED);
    }

    @Test
    void test_amendment_empty_isInvalidStateOnAction() {
        InvalidInputException e = failure(() -> new Amendment(null, null, null, null));
        assertThat(e.field()).isEqualTo("action");
        assertThat(e.rule()).isEqualTo(Rule.INVALID_STATE);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, -1, Double.NaN, Double.POSITIVE_INFINITY})
    void test_amendment_priceNotPositiveFinite_isGreaterThan(double price) {
        InvalidInputException e = failure(() -> new Amendment(null, null, price, null));
        assertThat(e.field()).isEqualTo("price");
        assertThat(e.rule()).isEqualTo(Rule.GREATER_THAN);
    }

    @Test
    void test_correction_blankReason_isEmpty_andLongReason_isLimitExceeded() {
        assertThat(failure(() -> new TradeCorrection("c", 1, 1, CorrectionAction.VOID, null, " ", "a", T0)).field())
                .isEqualTo("reason");
        InvalidInputException e = failure(() -> new TradeCorrection("c", 1, 1, CorrectionAction.VOID, null,
                "x".repeat(TradeCorrection.MAX_REASON + 1), "a", T0));
        assertThat(e.field()).isEqualTo("reason");
        assertThat(e.rule()).isEqualTo(Rule.LIMIT_EXCEEDED);
    }

    @Test
    void test_correction_voidWithValues_andAmendWithout_areInvalidState() {
        assertThat(failure(() -> new TradeCorrection("c", 1, 1, CorrectionAction.VOID,
                new Amendment(null, null, 1.0, null), "r", "a", T0)).rule()).isEqualTo(Rule.INVALID_STATE);
        assertThat(failure(() -> new TradeCorrection("c", 1, 1, CorrectionAction.AMEND, null, "r", "a", T0)).field())
                .isEqualTo("action");
    }

    @Test
    void test_action_parse_unknown_listsAllowedValues() {
        assertThat(CorrectionAction.parse("amend", "action")).isEqualTo(CorrectionAction.AMEND);
        InvalidInputException e = failure(() -> CorrectionAction.parse("DELETE", "action"));
        assertThat(e.rule()).isEqualTo(Rule.UNKNOWN);
        assertThat(e.getMessage()).contains("[VOID, AMEND]");
        assertThat(failure(() -> CorrectionAction.parse(null, "action")).rule()).isEqualTo(Rule.NOT_NULL);
    }

    @Test
    void test_current_foldsAmendmentsInSequenceOrder_whateverTheListOrder() {
        List<TradeCorrection> history = new ArrayList<>(List.of(amending(1, new Amendment(null, null, 11.0, null)),
                amending(2, new Amendment(null, null, 12.0, 3.0)), amending(3, new Amendment("api-9", null, null, null))));
        Collections.reverse(history);
        assertThat(TradeCorrections.current(TRADE, history)).contains(new Trade(7, "api-9", "API", JAN, 12.0, 3.0));
    }

    @Test
    void test_correctionSet_notIn_namesOnlyTheNewCorrections_oldestFirst() {
        CorrectionSet set = new CorrectionSet(List.of(voiding(1),
                new TradeCorrection("b", 8, 1, CorrectionAction.VOID, null, "r", "a", T0)));
        assertThat(set.ids()).containsExactly("b", "c1");
        assertThat(set.notIn(List.of("b"))).containsExactly("c1");
        assertThat(set.corrects(7)).isTrue();
        assertThat(set.corrects(9)).isFalse();
        assertThat(CorrectionSet.EMPTY.apply(TRADE)).contains(TRADE);
    }

    /**
     * Property: for seeded random trades and random accepted corrections (each checked by
     * {@link TradeCorrections#check} against the history so far), {@link CorrectionSet#apply(List)} over
     * the shuffled corrections equals the state kept by replaying each accepted correction as it was
     * made; and rejected corrections (void twice, amend a voided trade) are exactly those on voided trades.
     */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 2025})
    void test_correctionSet_apply_equalsReplayInOrder(long seed) {
        Random rnd = new Random(seed);
        List<Trade> trades = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            trades.add(new Trade(i, "p" + rnd.nextInt(10), "", JAN.plusMonths(rnd.nextInt(3)), 1 + rnd.nextInt(100),
                    1 + rnd.nextInt(5)));
        }
        Map<Long, Optional<Trade>> replay = new LinkedHashMap<>();
        trades.forEach(t -> replay.put(t.id(), Optional.of(t)));
        Map<Long, List<TradeCorrection>> histories = new HashMap<>();
        List<TradeCorrection> accepted = new ArrayList<>();
        for (int k = 0; k < 60; k++) {
            Trade original = trades.get(rnd.nextInt(trades.size()));
            List<TradeCorrection> history = histories.computeIfAbsent(original.id(), x -> new ArrayList<>());
            TradeCorrection c = rnd.nextInt(3) == 0
                    ? new TradeCorrection("k" + k, original.id(), history.size() + 1, CorrectionAction.VOID, null, "r", "a",
                    T0.plusSeconds(k))
                    : new TradeCorrection("k" + k, original.id(), history.size() + 1, CorrectionAction.AMEND,
                    new Amendment(null, JAN.plusMonths(rnd.nextInt(3)), 1.0 + rnd.nextInt(100) + 0.5, null), "r", "a",
                    T0.plusSeconds(k));
            boolean voided = replay.get(original.id()).isEmpty();
            Optional<Trade> after;
            try {
                after = TradeCorrections.check(original, history, c, Map.of());
            } catch (InvalidInputException e) {
                assertThat(voided).as("only corrections of voided trades are refused: " + e.getMessage()).isTrue();
                continue;
            }
            assertThat(voided).isFalse();
            history.add(c);
            accepted.add(c);
            replay.put(original.id(), after);
        }
        Collections.shuffle(accepted, rnd);
        List<Trade> expected = replay.values().stream().flatMap(Optional::stream).toList();
        CorrectionSet set = new CorrectionSet(accepted);
        assertThat(set.apply(trades)).containsExactlyElementsOf(expected);
        assertThat(trades.stream().map(set::apply).flatMap(Optional::stream).toList()).containsExactlyElementsOf(expected);
    }
}
