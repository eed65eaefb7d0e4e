package org.dataprice.sensitivity;

import org.dataprice.progress.Progress;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.dataprice.error.Require;
import org.dataprice.explain.Explanation;
import org.dataprice.explain.Quantity;
import org.dataprice.explain.Step;
import org.dataprice.simulation.ValuationModel;

/**
 * Two-way sensitivity table (双因素敏感性分析表): the value over a grid of two inputs, the others held
 * at their base values, e.g. discount rate × share rate for an income-approach value.
 *
 * <p>Formula: cell (r, c) = f(x₀ with x<sub>row</sub> = a<sub>r</sub>, x<sub>col</sub> = b<sub>c</sub>).
 * Each axis is sorted ascending, duplicates removed, and the input's base value is inserted when it
 * is missing, so the table always has exactly one base cell, whose value is the base-case value.
 * Source: Brealey, Myers &amp; Allen, <i>Principles of Corporate Finance</i> (13th ed.) ch. 10 (sensitivity
 * analysis).
 *
 * <p>Limits: each axis ≤ {@value #MAX_AXIS} values plus the base value if missing, so at most ({@value #MAX_AXIS} + 1)² evaluations.
 * Stateless and thread-safe.
 */
public final class TwoWayAnalysis {
    /** The default instance. */
    public static final TwoWayAnalysis DEFAULT = new TwoWayAnalysis();
    /** The most values per axis. */
    public static final int MAX_AXIS = 200;

    private static final String METHOD = "sensitivity.twoWay";

    /**
     * @param inputs the base case, the two inputs and their values; not null
     * @return the table with its base cell marked
     */
    public TwoWayTable compute(TwoWayInputs inputs) {
        return compute(inputs, Progress.NONE);
    }

    /**
     * The same table, bit for bit, reporting the cells done.
     *
     * @param inputs   the base case, the two inputs and their values; not null
     * @param progress told (cells done, rows × columns) before the first row and after each row; may throw
     *                 {@link org.dataprice.error.CancelledException} to stop; not null
     * @return the table with its base cell marked
     */
    public TwoWayTable compute(TwoWayInputs inputs, Progress progress) {
        Require.notNull(inputs, "inputs");
        Require.notNull(progress, "progress");
        ValuationModel model = inputs.base().model();
        double[] x = inputs.base().toArray();
        int ri = model.indexOf(inputs.rowInput(), "rowInput");
        int ci = model.indexOf(inputs.columnInput(), "columnInput");
        double rowBase = x[ri];
        double colBase = x[ci];
        List<Double> rows = axis(inputs.rowValues(), rowBase);
        List<Double> cols = axis(inputs.columnValues(), colBase);
        List<List<Double>> cells = new ArrayList<>(rows.size());
        long total = (long) rows.size() * cols.size();
        progress.advance(0, total);
        for (double a : rows) {
            x[ri] = a;
            List<Double> line = new ArrayList<>(cols.size());
            for (double b : cols) {
                x[ci] = b;
                line.add(model.evaluate(x, inputs.rowInput() + " = " + a + ", " + inputs.columnInput() + " = " + b));
            }
            cells.add(line);
            progress.advance((long) cells.size() * cols.size(), total);
        }
        int baseRow = rows.indexOf(rowBase);
        int baseColumn = cols.indexOf(colBase);
        double baseValue = cells.get(baseRow).get(baseColumn);
        Explanation explanation = Explanation.builder(METHOD).input("model", model.name())
                .input("rowInput", inputs.rowInput()).input("columnInput", inputs.columnInput())
                .input("rowBase", rowBase, "").input("columnBase", colBase, "")
                .hashOnly("base", inputs.base().values().toString())
                .hashOnly("rowValues", rows.toString()).hashOnly("columnValues", cols.toString())
                .step(Step.builder(SensitivitySteps.TWO_WAY_GRID)
                        .formula("cell(r, c) = f(x₀; " + inputs.rowInput() + " = a_r, " + inputs.columnInput() + " = b_c)")
                        .result(Quantity.count("cells", (long) rows.size() * cols.size())).build())
                .step(Step.builder(SensitivitySteps.BASE_VALUE).formula("base cell (" + baseRow + ", " + baseColumn + ") = f(x₀)")
                        .result(baseValue, model.unit()).build())
                .build();
        return new TwoWayTable(inputs.rowInput(), rows, inputs.columnInput(), cols, cells, baseRow, baseColumn,
                explanation);
    }

    /** Sorted distinct values with the base value included. */
    private static List<Double> axis(List<Double> values, double base) {
        TreeSet<Double> set = new TreeSet<>(values);
        set.add(base);
        return List.copyOf(set);
    }
}
