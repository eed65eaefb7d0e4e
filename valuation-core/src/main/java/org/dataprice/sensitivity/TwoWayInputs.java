package org.dataprice.sensitivity;

import java.util.List;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;

/**
 * Inputs of a two-way sensitivity table: two different inputs and the values each takes.
 *
 * @param base         the model and its base inputs; not null
 * @param rowInput     the input along the rows; a model input
 * @param rowValues    its values, finite, 1 to {@link TwoWayAnalysis#MAX_AXIS}; copied
 * @param columnInput  the input along the columns; a model input other than {@code rowInput}
 * @param columnValues its values, finite, 1 to {@link TwoWayAnalysis#MAX_AXIS}; copied
 */
public record TwoWayInputs(BaseCase base, String rowInput, List<Double> rowValues, String columnInput,
        List<Double> columnValues) {
    /** Validates and copies. */
    public TwoWayInputs {
        Require.notNull(base, "base");
        base.model().indexOf(rowInput, "rowInput");
        base.model().indexOf(columnInput, "columnInput");
        Require.that(!rowInput.equals(columnInput), "columnInput", columnInput, Rule.DUPLICATE, "same as rowInput");
        rowValues = axis(rowValues, "rowValues");
        columnValues = axis(columnValues, "columnValues");
    }

    private static List<Double> axis(List<Double> values, String field) {
        List<Double> copy = Require.nonEmptyCopy(values, field);
        Require.withinLimit(copy.size(), TwoWayAnalysis.MAX_AXIS, field, "");
        for (int i = 0; i < copy.size(); i++) {
            Require.finite(copy.get(i), field + "[" + i + "]");
        }
        return copy;
    }
}
