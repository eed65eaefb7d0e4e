package org.dataprice.api.split;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import java.util.List;

/**
 * Training data to value (data valuation, 数据估值) in {@code POST /v1/contributions}: each training
 * point is a player, the utility of a subset is the accuracy of an unweighted K-nearest-neighbour
 * classifier on the test points (Euclidean distance, ties by index).
 *
 * @param k        K, the number of neighbours, ≥ 1
 * @param training the points being valued (the players); not empty
 * @param test     the points the classifier is scored on; not empty; same dimension
 */
@Serdeable
public record DataRequest(@NotNull @Positive Integer k,
                          @NotEmpty List<@Valid @NotNull Point> training,
                          @NotEmpty List<@Valid @NotNull Point> test) {

    /**
     * A labelled point.
     *
     * @param features its features, finite; not empty
     * @param label    its class label
     */
    @Serdeable
    public record Point(@NotEmpty List<@NotNull Double> features, @NotNull Integer label) {
    }
}
