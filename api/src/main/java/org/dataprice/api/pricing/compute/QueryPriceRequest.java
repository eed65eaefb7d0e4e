package org.dataprice.api.pricing.compute;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * A QIRANA query price (Deep &amp; Koutris, SIGMOD 2017): the support worlds' weights, the query's answer
 * fingerprint on the real database and on each support world, and the buyer's history.
 *
 * @param currency     ISO 4217 code of the weights
 * @param weights      w(D′) per support world, &ge; 0 (at most 100,000 in JSON)
 * @param queryId      the query's name
 * @param actualAnswer the fingerprint of Q(D)
 * @param worldAnswers the fingerprint of Q(D′) per support world, same length as {@code weights}
 * @param history      indices of worlds the buyer's earlier purchases already ruled out; may be empty
 */
@Serdeable
public record QueryPriceRequest(@NotNull @Pattern(regexp = "[A-Z]{3}") String currency,
                                @NotEmpty @Size(max = 100_000) List<@NotNull Double> weights,
                                @NotBlank String queryId,
                                long actualAnswer,
                                @NotEmpty @Size(max = 100_000) List<@NotNull Long> worldAnswers,
                                @Nullable @Size(max = 100_000) List<@NotNull Integer> history) {
}
