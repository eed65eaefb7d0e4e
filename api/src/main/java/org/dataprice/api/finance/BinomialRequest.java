package org.dataprice.api.finance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.dataprice.finance.lattice.CrrProbability;
import org.dataprice.finance.lattice.ExerciseStyle;
import org.dataprice.finance.option.OptionType;

import java.util.List;

/**
 * Body of {@code POST /v1/options/binomial}: a Cox–Ross–Rubinstein tree. Without {@code realOptions}
 * it prices a vanilla option ({@code type}, {@code strike}, {@code exercise} required); with
 * {@code realOptions} it values a real option on an asset worth {@code spot}, whose leakage is
 * {@code dividendYield}, over {@code expiry} years ({@code type}, {@code strike}, {@code exercise} and
 * {@code oddEvenAveraging} must then be absent).
 *
 * @param type             {@code CALL} or {@code PUT}
 * @param exercise         {@code EUROPEAN} or {@code AMERICAN}
 * @param spot             S (or V0) &gt; 0
 * @param strike           K &gt; 0
 * @param rate             r per year, continuously compounded, in [-1, 1]
 * @param dividendYield    q (or leakage δ) per year in [-1, 1]; default 0
 * @param volatility       σ in (0, 10]
 * @param expiry           T (or horizon) in years, in (0, 100]
 * @param steps            n ≥ 2, at most {@code dataprice.finance.max-tree-steps}
 * @param probability      {@code TEXTBOOK} (Hull, default) or {@code DRIFT_ADJUSTED} (QuantLib)
 * @param oddEvenAveraging average the n- and (n+1)-step values; default false
 * @param realOptions      real-option features, 1 to 4
 */
@Serdeable
public record BinomialRequest(@Nullable OptionType type, @Nullable ExerciseStyle exercise, @NotNull Double spot,
                              @Nullable Double strike, @NotNull Double rate, @Nullable Double dividendYield,
                              @NotNull Double volatility, @NotNull Double expiry, @NotNull Integer steps,
                              @Nullable CrrProbability probability, @Nullable Boolean oddEvenAveraging,
                              @Nullable @Size(min = 1, max = 4) List<@NotNull @Valid RealOptionFeatureRequest> realOptions) {
}
