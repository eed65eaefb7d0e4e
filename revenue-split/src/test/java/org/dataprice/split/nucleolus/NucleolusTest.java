package org.dataprice.split.nucleolus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.numbers.fraction.BigFraction;
import org.dataprice.error.CalculationException;
import org.dataprice.error.LimitExceededException;
import org.dataprice.split.game.AirportGame;
import org.dataprice.split.game.BankruptcyGame;
import org.dataprice.split.game.Game;
import org.dataprice.split.game.GloveGame;
import org.dataprice.split.game.PlayerValues;
import org.dataprice.split.game.TableGame;
import org.junit.jupiter.api.Test;

class NucleolusTest {
    private static final double TOLERANCE = 1e-9;

    private static double[] fractions(BigFraction... f) {
        double[] d = new double[f.length];
        for (int i = 0; i < f.length; i++) {
            d[i] = f[i].doubleValue();
        }
        return d;
    }

    /** CoopGame 0.2.2 tests/testthat/test_49_nucleolus.R: (−1,0,1,3,4,2,5) → (8/3, 2/3, 5/3). */
    @Test
    void test_nucleolus_coopGame49() {
        PlayerValues x = Nucleolus.DEFAULT.nucleolus(TableGame.ofLexicographic(3, new double[] {-1, 0, 1, 3, 4, 2, 5}));
        assertThat(x.toArray()).containsExactly(fractions(BigFraction.of(8, 3), BigFraction.of(2, 3),
                BigFraction.of(5, 3)), within(TOLERANCE));
        assertThat(x.explanation().resultStep().result().doubleValue()).isCloseTo(5, within(TOLERANCE));
    }

    /** CoopGame 0.2.2 tests/testthat/test_67_Nucleolus.R: (2,6,5,15,1,18,14) → (2, 7, 5). */
    @Test
    void test_nucleolus_coopGame67() {
        PlayerValues x = Nucleolus.DEFAULT.nucleolus(TableGame.ofLexicographic(3, new double[] {2, 6, 5, 15, 1, 18, 14}));
        assertThat(x.toArray()).containsExactly(new double[] {2, 7, 5}, within(TOLERANCE));
    }

    /** CoopGame 0.2.2 man/nucleolus.Rd: 4 players (0,0,0,0,5,5,8,9,10,8,13,15,16,17,21) → (3.5, 4.5, 5.5, 7.5). */
    @Test
    void test_nucleolus_coopGameFourPlayers() {
        PlayerValues x = Nucleolus.DEFAULT.nucleolus(TableGame.ofLexicographic(4,
                new double[] {0, 0, 0, 0, 5, 5, 8, 9, 10, 8, 13, 15, 16, 17, 21}));
        assertThat(x.toArray()).containsExactly(new double[] {3.5, 4.5, 5.5, 7.5}, within(TOLERANCE));
    }

    /** coopgame-py README: (0,0,0,10,0,0,2) → nucleolus (1, 1, 0), prenucleolus (3, 3, −4). */
    @Test
    void test_nucleolus_coopgamePyReadme() {
        TableGame g = TableGame.ofLexicographic(3, new double[] {0, 0, 0, 10, 0, 0, 2});
        assertThat(Nucleolus.DEFAULT.nucleolus(g).toArray()).containsExactly(new double[] {1, 1, 0}, within(TOLERANCE));
        assertThat(Nucleolus.DEFAULT.prenucleolus(g).toArray()).containsExactly(new double[] {3, 3, -4}, within(TOLERANCE));
    }

    /**
     * Aumann &amp; Maschler (1985), J. Economic Theory 36, 195–213, Table 1 (the Talmud, Kethubot 93a):
     * claims 100, 200, 300; estate 100 → (33⅓, 33⅓, 33⅓); 200 → (50, 75, 75); 300 → (50, 100, 150).
     */
    @Test
    void test_nucleolus_talmudBankruptcy() {
        assertThat(Nucleolus.DEFAULT.nucleolus(BankruptcyGame.of(100, 100, 200, 300)).toArray())
                .containsExactly(fractions(BigFraction.of(100, 3), BigFraction.of(100, 3), BigFraction.of(100, 3)),
                        within(TOLERANCE));
        assertThat(Nucleolus.DEFAULT.nucleolus(BankruptcyGame.of(200, 100, 200, 300)).toArray())
                .containsExactly(new double[] {50, 75, 75}, within(TOLERANCE));
        assertThat(Nucleolus.DEFAULT.nucleolus(BankruptcyGame.of(300, 100, 200, 300)).toArray())
                .containsExactly(new double[] {50, 100, 150}, within(TOLERANCE));
        assertThat(TalmudRule.DEFAULT.compute(BankruptcyGame.of(200, 100, 200, 300)).toArray())
                .containsExactly(new double[] {50, 75, 75}, within(TOLERANCE));
        assertThat(TalmudRule.DEFAULT.compute(BankruptcyGame.of(300, 100, 200, 300)).toArray())
                .containsExactly(new double[] {50, 100, 150}, within(TOLERANCE));
    }

    /** Glove game with one left and two right gloves: the core is the single point (1, 0, 0). */
    @Test
    void test_nucleolus_gloveGameCorePoint() {
        GloveGame g = GloveGame.of(1, 2);
        assertThat(Nucleolus.DEFAULT.nucleolus(g).toArray()).containsExactly(new double[] {1, 0, 0}, within(TOLERANCE));
        LeastCore lc = Nucleolus.DEFAULT.leastCore(g);
        assertThat(lc.epsilon()).isCloseTo(0, within(TOLERANCE));
        assertThat(lc.coreEmpty()).isFalse();
    }

    /** Three-player simple majority game: empty core, least-core value 1/3 at (1/3, 1/3, 1/3). */
    @Test
    void test_leastCore_majorityGameEmptyCore() {
        Game g = Game.of(3, s -> Long.bitCount(s) >= 2 ? 1 : 0);
        LeastCore lc = Nucleolus.DEFAULT.leastCore(g);
        assertThat(lc.epsilon()).isCloseTo(1.0 / 3, within(TOLERANCE));
        assertThat(lc.coreEmpty()).isTrue();
        assertThat(lc.point().toArray()).containsExactly(new double[] {1.0 / 3, 1.0 / 3, 1.0 / 3}, within(TOLERANCE));
        assertThat(CoreCheck.profit(g, lc.point().toArray(), 1e-9).member()).isFalse();
    }

    /** Airport cost game: the cost nucleolus shares c(N) and lies in the (non-empty) cost core. */
    @Test
    void test_costNucleolus_airportInCostCore() {
        AirportGame g = AirportGame.of(1, 2, 3, 3, 5);
        double[] x = Nucleolus.DEFAULT.costNucleolus(g).toArray();
        double sum = 0;
        for (double v : x) {
            sum += v;
        }
        assertThat(sum).isCloseTo(5, within(TOLERANCE));
        assertThat(CoreCheck.cost(g, x, 1e-9).member()).isTrue();
        // Littlechild (1974): the airport nucleolus gives the cheapest player the least; here (1/5 ... )
        assertThat(x[0]).isLessThanOrEqualTo(x[1] + TOLERANCE);
    }

    /**
     * Castro et al. / pyDVL games.py MinerGame (v(S) = ⌊|S|/2⌋): even n → core {(1/2, …)}, least-core
     * value 0; odd n → empty core, least core (n−1)/(2n) each with subsidy (n−1)/(2n).
     */
    @Test
    void test_leastCore_minerGame() {
        LeastCore even = Nucleolus.DEFAULT.leastCore(Game.of(4, s -> Long.bitCount(s) / 2));
        assertThat(even.epsilon()).isCloseTo(0, within(TOLERANCE));
        assertThat(even.coreEmpty()).isFalse();
        assertThat(even.point().toArray()).containsExactly(new double[] {0.5, 0.5, 0.5, 0.5}, within(TOLERANCE));
        LeastCore odd = Nucleolus.DEFAULT.leastCore(Game.of(5, s -> Long.bitCount(s) / 2));
        assertThat(odd.epsilon()).isCloseTo(BigFraction.of(4, 10).doubleValue(), within(TOLERANCE));
        assertThat(odd.coreEmpty()).isTrue();
        assertThat(odd.point().toArray()).containsExactly(new double[] {0.4, 0.4, 0.4, 0.4, 0.4}, within(TOLERANCE));
    }

    /** Airport games are concave cost games: the cost core is non-empty and the least-core point shares c(N). */
    @Test
    void test_costLeastCore_airport() {
        AirportGame g = AirportGame.of(1, 2, 3, 3, 5);
        LeastCore lc = Nucleolus.DEFAULT.costLeastCore(g);
        assertThat(lc.coreEmpty()).isFalse();
        assertThat(lc.point().total()).isCloseTo(5, within(TOLERANCE));
        assertThat(CoreCheck.cost(g, lc.point().toArray(), 1e-9).member()).isTrue();
    }

    @Test
    void test_nucleolus_emptyImputationSet() {
        TableGame g = TableGame.ofLexicographic(2, new double[] {2, 2, 3});
        assertThatThrownBy(() -> Nucleolus.DEFAULT.nucleolus(g)).isInstanceOf(CalculationException.class)
                .extracting(e -> ((CalculationException) e).field()).isEqualTo("nucleolus");
    }

    @Test
    void test_nucleolus_tooManyPlayers() {
        assertThatThrownBy(() -> Nucleolus.DEFAULT.nucleolus(Game.of(17, Long::bitCount)))
                .isInstanceOf(LimitExceededException.class)
                .extracting(e -> ((LimitExceededException) e).field()).isEqualTo("players");
    }

    @Test
    void test_nucleolus_onePlayer() {
        assertThat(Nucleolus.DEFAULT.nucleolus(Game.of(1, s -> s == 0 ? 0 : 4)).toArray()).containsExactly(4);
    }
}
