package org.dataprice.api.finance;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.dataprice.api.explain.ExplanationResponse;

/**
 * A binomial-tree value. For a vanilla option: {@code price}, {@code delta}, {@code gamma}; for a real
 * option: {@code expandedValue} (with the flexibility), {@code staticValue} (V0, or V0 − I when
 * deferred) and {@code optionPremium} (their difference).
 *
 * @param model         {@code VANILLA} or {@code REAL_OPTION}
 * @param price         the option value (vanilla)
 * @param delta         ∂V/∂S from the first step (vanilla)
 * @param gamma         ∂²V/∂S² from the first two steps (vanilla)
 * @param expandedValue the value with the real option
 * @param staticValue   the value without it
 * @param optionPremium expandedValue − staticValue
 * @param up            u = e^(σ√dt)
 * @param down          d = 1/u
 * @param probability   the risk-neutral up probability p
 * @param steps         n
 * @param explanation   how it was computed; the last step is the value
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BinomialResponse(String model, @Nullable Double price, @Nullable Double delta, @Nullable Double gamma,
                               @Nullable Double expandedValue, @Nullable Double staticValue,
                               @Nullable Double optionPremium, double up, double down, double probability, int steps,
                               ExplanationResponse explanation) {
}
