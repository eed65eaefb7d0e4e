package org.dataprice.sensitivity;

import java.util.List;
import org.dataprice.error.Require;
import org.dataprice.explain.Explanation;

/**
 * A two-way sensitivity table: the value for every pair of a row input value and a column input
 * value, with the base cell marked.
 *
 * @param rowInput     the input along the rows
 * @param rowValues    the row input's values, ascending, including its base value; copied
 * @param columnInput  the input along the columns
 * @param columnValues the column input's values, ascending, including its base value; copied
 * @param values       values.get(r).get(c) = V(row r, column c), others at base; copied
 * @param baseRow      the row whose input value is the base value
 * @param baseColumn   the column whose input value is the base value
 * @param explanation  how it was obtained; its last step is the base cell's value
 */
public record TwoWayTable(String rowInput, List<Double> rowValues, String columnInput, List<Double> columnValues,
        List<List<Double>> values, int baseRow, int baseColumn, Explanation explanation) {
    /** Validates and copies. */
    public TwoWayTable {
        Require.notBlank(rowInput, "rowInput");
        Require.notBlank(columnInput, "columnInput");
        rowValues = Require.nonEmptyCopy(rowValues, "rowValues");
        columnValues = Require.nonEmptyCopy(columnValues, "columnValues");
        values = Require.nonEmptyCopy(values.stream().map(List::copyOf).toList(), "values");
        Require.size(values.size(), rowValues.size(), "values");
        Require.notNull(explanation, "explanation");
    }

    /**
     * @param row    the row index
     * @param column the column index
     * @return the value of that cell
     */
    public double value(int row, int column) {
        return values.get(row).get(column);
    }

    /** @return the value of the base cell (equal to the base-case value) */
    public double baseValue() {
        return value(baseRow, baseColumn);
    }
}
