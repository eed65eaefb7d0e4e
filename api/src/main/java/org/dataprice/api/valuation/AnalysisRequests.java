package org.dataprice.api.valuation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * Request bodies of {@code POST /v1/valuations/{id}/sensitivity} and {@code /monte-carlo}. Drivers are named
 * as in {@link org.dataprice.appraisal.driver.EngagementDriver}; a name the stored engagement does not have is a 422 naming the JSON path.
 */
public final class AnalysisRequests {
    private AnalysisRequests() {
    }

    /**
     * Any of the three analyses (at least one).
     *
     * @param tornado   one range per driver, each moved alone
     * @param twoWay    a grid over two drivers
     * @param scenarios named scenarios with probabilities summing to 1
     */
    @Serdeable
    @Schema(name = "SensitivityRequest")
    public record Sensitivity(@Nullable @Size(max = 20) List<@Valid @NotNull Range> tornado,
                              @Nullable @Valid TwoWay twoWay,
                              @Nullable @Size(max = 100) List<@Valid @NotNull Scenario> scenarios) {
    }

    /**
     * @param driver the driver
     * @param low    its low value
     * @param high   its high value
     */
    @Serdeable
    @Schema(name = "DriverRange")
    public record Range(@NotBlank String driver, @NotNull Double low, @NotNull Double high) {
    }

    /**
     * @param row          row driver
     * @param rowValues    its values
     * @param column       column driver
     * @param columnValues its values
     */
    @Serdeable
    @Schema(name = "TwoWayRequest")
    public record TwoWay(@NotBlank String row, @NotEmpty @Size(max = 50) List<@NotNull Double> rowValues,
                         @NotBlank String column, @NotEmpty @Size(max = 50) List<@NotNull Double> columnValues) {
    }

    /**
     * @param name        scenario name
     * @param probability its probability
     * @param overrides   driver values (others at base)
     */
    @Serdeable
    @Schema(name = "SensitivityScenario")
    public record Scenario(@NotBlank @Size(max = 200) String name, @NotNull Double probability,
                           @NotNull @Size(max = 20) List<@Valid @NotNull DriverValue> overrides) {
    }

    /**
     * @param driver the driver
     * @param value  its value in the scenario
     */
    @Serdeable
    @Schema(name = "DriverOverride")
    public record DriverValue(@NotBlank String driver, @NotNull Double value) {
    }

    /**
     * A seeded Monte Carlo over some drivers (the others stay at base).
     *
     * @param seed          the seed (required: results are reproducible)
     * @param draws         number of draws, 2 to {@code dataprice.valuation.max-draws}
     * @param inputs        one distribution per driver varied
     * @param correlation   correlation matrix of the inputs (Gaussian copula), default identity
     * @param percentiles   probabilities to report, default 5, 10, 25, 50, 75, 90, 95 %
     * @param histogramBins bins, default 20
     * @param target        optional value whose exceedance probability is reported
     */
    @Serdeable
    @Schema(name = "MonteCarloRequest")
    public record MonteCarlo(@NotNull Long seed, @NotNull Integer draws,
                             @NotEmpty @Size(max = 20) List<@Valid @NotNull Input> inputs,
                             @Nullable @Size(max = 20) List<@NotNull @Size(max = 20) List<@NotNull Double>> correlation,
                             @Nullable @Size(max = 100) List<@NotNull Double> percentiles,
                             @Nullable Integer histogramBins,
                             @Nullable Double target) {
    }

    /**
     * @param driver       the driver
     * @param distribution its distribution
     */
    @Serdeable
    @Schema(name = "MonteCarloInput")
    public record Input(@NotBlank String driver, @NotNull @Valid Distribution distribution) {
    }

    /** Distribution kinds. */
    public enum Kind {
        /** mean, standardDeviation. */
        NORMAL,
        /** mean, standardDeviation of X (not of ln X). */
        LOGNORMAL,
        /** min, mode, max. */
        TRIANGULAR,
        /** min, mode, max (λ = 4). */
        PERT,
        /** min, max. */
        UNIFORM,
        /** value. */
        FIXED
    }

    /**
     * @param kind              the kind
     * @param mean              NORMAL, LOGNORMAL
     * @param standardDeviation NORMAL, LOGNORMAL
     * @param min               TRIANGULAR, PERT, UNIFORM
     * @param mode              TRIANGULAR, PERT
     * @param max               TRIANGULAR, PERT, UNIFORM
     * @param value             FIXED
     */
    @Serdeable
    @Schema(name = "Distribution")
    public record Distribution(@NotNull Kind kind, @Nullable Double mean, @Nullable Double standardDeviation, @Nullable Double min,
                               @Nullable Double mode, @Nullable Double max, @Nullable Double value) {
    }
}
