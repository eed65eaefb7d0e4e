package org.dataprice.api.split;

import io.micronaut.context.annotation.ConfigurationProperties;
import org.dataprice.error.Require;
import org.dataprice.split.nucleolus.Nucleolus;
import org.dataprice.split.sampling.SamplingOptions;
import org.dataprice.split.shapley.ExactShapley;
import org.dataprice.split.game.SynergyGame;
import org.dataprice.split.game.TableGame;

/**
 * The service's limits on revenue-split requests, under {@code dataprice.split} (each key can be set
 * as an environment variable, e.g. {@code DATAPRICE_SPLIT_MAX_SAMPLES}). They keep one request from
 * holding the shared cores or memory for long; a request beyond a limit gets a 422
 * {@code limit-exceeded} problem naming the field and the way round it. The core models have their
 * own hard limits (e.g. {@link TableGame#MAX_PLAYERS} for exact values); these may only be lower.
 * {@link ExactShapley} enumerates 2<sup>n</sup> coalitions, {@link Nucleolus} solves LPs over them.
 */
@ConfigurationProperties("dataprice.split")
public class SplitLimits {
    private int maxExactPlayers = 20;
    private int maxNucleolusPlayers = 12;
    private int maxSynergyPlayers = 1_000;
    private long maxSamples = 1_000_000L;
    private long maxSamplingWork = 200_000_000L;
    private int maxTrainingPoints = 100_000;
    private int maxTestPoints = 1_000;
    private int maxLeaveOneOutPoints = 2_000;
    private int maxParties = 10_000;
    private int maxPeriods = 120;
    private int maxPoolDeals = 10_000;

    /** @return the most deals one settlement period may draw its pool from (their ids are kept with it) */
    public int getMaxPoolDeals() {
        return maxPoolDeals;
    }

    /** @param value the most deals per drawn pool, ≥ 1 */
    public void setMaxPoolDeals(int value) {
        this.maxPoolDeals = Require.atLeast(value, 1, "dataprice.split.max-pool-deals");
    }

    /** @return the most players for methods that enumerate every coalition (exact Shapley, Banzhaf, core check); ≤ 25 */
    public int getMaxExactPlayers() {
        return maxExactPlayers;
    }

    /** @param value the most players for enumerating methods, in [1, 25] */
    public void setMaxExactPlayers(int value) {
        Require.atLeast(value, 1, "dataprice.split.max-exact-players");
        Require.withinLimit(value, TableGame.MAX_PLAYERS, "dataprice.split.max-exact-players", "");
        this.maxExactPlayers = value;
    }

    /** @return the most players for the nucleolus, prenucleolus and least core; ≤ 16 */
    public int getMaxNucleolusPlayers() {
        return maxNucleolusPlayers;
    }

    /** @param value the most players for the nucleolus, in [1, 16] */
    public void setMaxNucleolusPlayers(int value) {
        Require.atLeast(value, 1, "dataprice.split.max-nucleolus-players");
        Require.withinLimit(value, Nucleolus.MAX_PLAYERS, "dataprice.split.max-nucleolus-players", "");
        this.maxNucleolusPlayers = value;
    }

    /** @return the most players of a synergy game (its n × n matrix is held in memory); ≤ 4096 */
    public int getMaxSynergyPlayers() {
        return maxSynergyPlayers;
    }

    /** @param value the most players of a synergy game, in [1, 4096] */
    public void setMaxSynergyPlayers(int value) {
        Require.atLeast(value, 1, "dataprice.split.max-synergy-players");
        Require.withinLimit(value, SynergyGame.MAX_PLAYERS, "dataprice.split.max-synergy-players", "");
        this.maxSynergyPlayers = value;
    }

    /** @return the largest sampling budget ({@code sampling.maxSamples}) */
    public long getMaxSamples() {
        return maxSamples;
    }

    /** @param value the largest sampling budget, in [2, 10^9] */
    public void setMaxSamples(long value) {
        Require.atLeast(value, 2L, "dataprice.split.max-samples");
        Require.withinLimit(value, SamplingOptions.MAX_SAMPLES, "dataprice.split.max-samples", "");
        this.maxSamples = value;
    }

    /** @return the largest sampling work, budget × players (× test points for data valuation) */
    public long getMaxSamplingWork() {
        return maxSamplingWork;
    }

    /** @param value the largest sampling work, ≥ 1 */
    public void setMaxSamplingWork(long value) {
        Require.atLeast(value, 1L, "dataprice.split.max-sampling-work");
        this.maxSamplingWork = value;
    }

    /** @return the most training points valued in one request */
    public int getMaxTrainingPoints() {
        return maxTrainingPoints;
    }

    /** @param value the most training points, ≥ 1 */
    public void setMaxTrainingPoints(int value) {
        this.maxTrainingPoints = Require.atLeast(value, 1, "dataprice.split.max-training-points");
    }

    /** @return the most test points in one request */
    public int getMaxTestPoints() {
        return maxTestPoints;
    }

    /** @param value the most test points, ≥ 1 */
    public void setMaxTestPoints(int value) {
        this.maxTestPoints = Require.atLeast(value, 1, "dataprice.split.max-test-points");
    }

    /** @return the most training points for leave-one-out (n + 1 walks of n joins) */
    public int getMaxLeaveOneOutPoints() {
        return maxLeaveOneOutPoints;
    }

    /** @param value the most training points for leave-one-out, ≥ 1 */
    public void setMaxLeaveOneOutPoints(int value) {
        this.maxLeaveOneOutPoints = Require.atLeast(value, 1, "dataprice.split.max-leave-one-out-points");
    }

    /** @return the most parties in one settlement */
    public int getMaxParties() {
        return maxParties;
    }

    /** @param value the most parties in one settlement, ≥ 1 */
    public void setMaxParties(int value) {
        this.maxParties = Require.atLeast(value, 1, "dataprice.split.max-parties");
    }

    /** @return the most periods in one settlement */
    public int getMaxPeriods() {
        return maxPeriods;
    }

    /** @param value the most periods in one settlement, ≥ 1 */
    public void setMaxPeriods(int value) {
        this.maxPeriods = Require.atLeast(value, 1, "dataprice.split.max-periods");
    }
}
