package org.dataprice.api.valuation;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import org.dataprice.api.explain.ExplanationResponse;

import java.time.Instant;
import java.util.List;

/** Response bodies of the sensitivity and Monte Carlo endpoints; values are reconciled values in the engagement's currency. */
public final class AnalysisResponses {
    private AnalysisResponses() {
    }

    /**
     * @param name the driver
     * @param base its base value in the stored engagement
     */
    @Serdeable
    @Schema(name = "Driver")
    public record Driver(String name, double base) {
    }

    /**
     * @param valuationId the valuation
     * @param currency    ISO 4217
     * @param drivers     the engagement's drivers and their base values
     * @param baseValue   the reconciled value at base
     * @param tornado     when requested
     * @param twoWay      when requested
     * @param scenarios   when requested
     */
    @Serdeable
    @Schema(name = "SensitivityResponse")
    public record Sensitivity(String valuationId, String currency, List<Driver> drivers, double baseValue, @Nullable Tornado tornado,
                              @Nullable TwoWay twoWay, @Nullable Scenarios scenarios) {
    }

    /**
     * @param bars        sorted by swing, largest first
     * @param explanation the derivation
     */
    @Serdeable
    @Schema(name = "TornadoResponse")
    public record Tornado(List<Bar> bars, ExplanationResponse explanation) {
    }

    /**
     * @param driver      the driver
     * @param low         low input
     * @param high        high input
     * @param valueAtLow  value at low
     * @param valueAtHigh value at high
     * @param swing       |valueAtHigh − valueAtLow|
     */
    @Serdeable
    @Schema(name = "TornadoBar")
    public record Bar(String driver, double low, double high, double valueAtLow, double valueAtHigh, double swing) {
    }

    /**
     * @param row          row driver
     * @param rowValues    its values
     * @param column       column driver
     * @param columnValues its values
     * @param values       values[row][column]
     * @param baseRow      the index in {@code rowValues} of the row driver's base value (the base case's row)
     * @param baseColumn   the index in {@code columnValues} of the column driver's base value
     * @param explanation  the derivation
     */
    @Serdeable
    @Schema(name = "TwoWayResponse")
    public record TwoWay(String row, List<Double> rowValues, String column, List<Double> columnValues, List<List<Double>> values,
                         int baseRow, int baseColumn, ExplanationResponse explanation) {
    }

    /**
     * @param rows              one per scenario
     * @param weightedValue     Σ p V
     * @param standardDeviation across scenarios
     * @param explanation       the derivation
     */
    @Serdeable
    @Schema(name = "ScenariosResponse")
    public record Scenarios(List<ScenarioRow> rows, double weightedValue, double standardDeviation, ExplanationResponse explanation) {
    }

    /**
     * @param name         scenario
     * @param probability  p
     * @param value        V
     * @param contribution p V
     */
    @Serdeable
    @Schema(name = "ScenarioRow")
    public record ScenarioRow(String name, double probability, double value, double contribution) {
    }

    /**
     * @param valuationId            the valuation
     * @param currency               ISO 4217
     * @param baseValue              the reconciled value at base
     * @param draws                  N
     * @param seed                   the seed
     * @param mean                   sample mean
     * @param standardDeviation      sample standard deviation
     * @param standardError          sd / √N
     * @param confidenceLower        95 % CI of the mean, lower
     * @param confidenceUpper        95 % CI of the mean, upper
     * @param percentiles            requested percentiles
     * @param target                 the target value of the request, or null when none was given
     * @param probabilityAboveTarget P(V &gt; target) when a target was given
     * @param histogram              the histogram
     * @param zeroShare              share of draws with V = 0
     * @param largestShare           max |V| / Σ |V|: the largest single draw's share
     * @param effectiveSampleSize    (Σ |V|)² / Σ V², Kish's effective sample size
     * @param warnings               why the mean is unreliable (largest share above max(1%, 10/N), ESS below 1% of N);
     *                               always present, empty when nothing was flagged
     * @param explanation            the derivation, with the diagnostics and each warning
     */
    @Serdeable
    @Schema(name = "MonteCarloResponse")
    public record MonteCarlo(String valuationId, String currency, double baseValue, int draws, long seed, double mean,
                             double standardDeviation, double standardError, double confidenceLower, double confidenceUpper,
                             List<Percentile> percentiles, @Nullable Double target, @Nullable Double probabilityAboveTarget,
                             Histogram histogram,
                             double zeroShare, double largestShare, double effectiveSampleSize,
                             @JsonInclude(JsonInclude.Include.ALWAYS) List<String> warnings,
                             ExplanationResponse explanation) {
    }

    /**
     * @param probability p
     * @param value       the p-quantile
     */
    @Serdeable
    @Schema(name = "Percentile")
    public record Percentile(double probability, double value) {
    }

    /**
     * @param lower  lower edge of the first bin
     * @param width  bin width
     * @param counts draws per bin
     */
    @Serdeable
    @Schema(name = "Histogram")
    public record Histogram(double lower, double width, List<Long> counts) {
    }

    /**
     * A valuation's stored analysis runs ({@code GET /v1/valuations/{id}/analyses}).
     *
     * @param valuationId the valuation
     * @param runs        its runs, oldest first; always present, empty when none
     */
    @Serdeable
    @Schema(name = "AnalysisRuns")
    public record Runs(String valuationId, @JsonInclude(JsonInclude.Include.ALWAYS) List<RunSummary> runs) {
    }

    /**
     * One stored run in a list.
     *
     * @param number    its number within the valuation, from 1
     * @param kind      SENSITIVITY or MONTE_CARLO
     * @param href      where it is read
     * @param createdAt when it was stored
     * @param createdBy who ran it
     */
    @Serdeable
    @Schema(name = "AnalysisRunSummary")
    public record RunSummary(int number, String kind, String href, Instant createdAt, String createdBy) {
    }

    /**
     * One stored run: the request as received and the answer as sent (the pair of its kind; the other pair is absent).
     *
     * @param valuationId        the valuation
     * @param number             its number within the valuation
     * @param kind               SENSITIVITY or MONTE_CARLO
     * @param createdAt          when it was stored
     * @param createdBy          who ran it
     * @param sensitivityRequest the request of a sensitivity run
     * @param sensitivity        the answer of a sensitivity run
     * @param monteCarloRequest  the request of a Monte Carlo run
     * @param monteCarlo         the answer of a Monte Carlo run
     */
    @Serdeable
    @Schema(name = "AnalysisRun")
    public record Run(String valuationId, int number, String kind, Instant createdAt, String createdBy,
                      @Nullable AnalysisRequests.Sensitivity sensitivityRequest, @Nullable Sensitivity sensitivity,
                      @Nullable AnalysisRequests.MonteCarlo monteCarloRequest, @Nullable MonteCarlo monteCarlo) {
    }
}
