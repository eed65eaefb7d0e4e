package org.dataprice.api.pricing.compute;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * A model price curve p(δ) over noise variance δ (Chen, Koutris &amp; Kumar, SIGMOD 2019).
 *
 * @param points the points (variance &gt; 0, price &ge; 0), at most 100,000
 */
@Serdeable
public record PriceCurveRequest(@NotEmpty @Size(max = 100_000) List<@NotNull @Valid Point> points) {
    /**
     * @param variance the noise variance δ &gt; 0
     * @param price    the price p(δ) &ge; 0
     */
    @Serdeable
    public record Point(double variance, double price) {
    }
}
