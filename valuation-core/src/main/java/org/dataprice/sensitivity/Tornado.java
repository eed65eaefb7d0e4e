package org.dataprice.sensitivity;

import org.dataprice.progress.Progress;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.dataprice.error.Require;
import org.dataprice.explain.Explanation;
import org.dataprice.explain.Quantity;
import org.dataprice.explain.Step;
import org.dataprice.simulation.ValuationModel;

/**
 * One-at-a-time sensitivity (tornado chart, 龙卷风图): each input in turn is set to its low and its
 * high value while every other input stays at its base value.
 *
 * <p>Formula: for input i, V<sub>i</sub><sup>low</sup> = f(x₀ with x<sub>i</sub> = low<sub>i</sub>),
 * V<sub>i</sub><sup>high</sup> = f(x₀ with x<sub>i</sub> = high<sub>i</sub>), swing<sub>i</sub> =
 * |V<sub>i</sub><sup>high</sup> − V<sub>i</sub><sup>low</sup>|; bars are sorted by swing, largest first,
 * ties in input order (a stable sort). One-at-a-time analysis ignores interactions between inputs;
 * use {@link TwoWayAnalysis} for a pair or the Monte Carlo engine for all. Source: Clemen &amp; Reilly,
 * <i>Making Hard Decisions</i> (3rd ed., 2014) ch. 5; Eschenbach (1992), Interfaces 22(6) 40–50.
 *
 * <p>Cost: 2k + 1 evaluations for k inputs. Stateless and thread-safe.
 */
public final class Tornado {
    /** The default instance. */
    public static final Tornado DEFAULT = new Tornado();

    private static final String METHOD = "sensitivity.tornado";
    private static final String SOURCE = "Clemen & Reilly, Making Hard Decisions, 3rd ed., ch. 5";

    /**
     * @param inputs the base case and ranges; not null
     * @return the bars sorted by swing and the base value
     */
    public TornadoResult compute(TornadoInputs inputs) {
        return compute(inputs, Progress.NONE);
    }

    /**
     * The same tornado, bit for bit, reporting model evaluations done (1 + 2 per range).
     *
     * @param inputs   the base case and ranges; not null
     * @param progress told (evaluations done, 1 + 2·ranges) before the first and after each bar; may throw
     *                 {@link org.dataprice.error.CancelledException} to stop; not null
     * @return the bars sorted by swing and the base value
     */
    public TornadoResult compute(TornadoInputs inputs, Progress progress) {
        Require.notNull(inputs, "inputs");
        Require.notNull(progress, "progress");
        ValuationModel model = inputs.base().model();
        double[] x = inputs.base().toArray();
        long total = 1 + 2L * inputs.ranges().size();
        progress.advance(0, total);
        double base = model.evaluate(x, "the base case");
        progress.advance(1, total);
        List<TornadoBar> bars = new ArrayList<>();
        for (InputRange range : inputs.ranges()) {
            int i = model.indexOf(range.name(), "name");
            double saved = x[i];
            x[i] = range.low();
            double vLow = model.evaluate(x, range.name() + " = " + range.low());
            x[i] = range.high();
            double vHigh = model.evaluate(x, range.name() + " = " + range.high());
            x[i] = saved;
            bars.add(new TornadoBar(range.name(), range.low(), range.high(), vLow, vHigh, Math.abs(vHigh - vLow)));
            progress.advance(1 + 2L * bars.size(), total);
        }
        bars.sort(Comparator.comparingDouble(TornadoBar::swing).reversed()); // List.sort is stable
        return new TornadoResult(base, bars, explain(inputs, model, base, bars));
    }

    private static Explanation explain(TornadoInputs inputs, ValuationModel model, double base, List<TornadoBar> bars) {
        Explanation.Builder b = Explanation.builder(METHOD).input("model", model.name());
        for (int i = 0; i < model.size(); i++) {
            b.input(model.inputNames().get(i), inputs.base().values().get(i), "");
        }
        b.hashOnly("ranges", inputs.ranges().toString());
        Step.Builder largest = Step.builder(SensitivitySteps.LARGEST_SWING)
                .formula("bars sorted by swing_i = |V(high_i) − V(low_i)|, largest first");
        for (TornadoBar bar : bars) {
            largest.child(Step.builder(SensitivitySteps.TORNADO_BAR).formula("|V(high) − V(low)| for " + bar.name())
                    .input("low", bar.lowInput(), "").input("high", bar.highInput(), "")
                    .input("V(low)", bar.valueAtLow(), model.unit()).input("V(high)", bar.valueAtHigh(), model.unit())
                    .result(Quantity.of(bar.name(), bar.swing(), model.unit())).build());
        }
        b.step(largest.result(Quantity.of(bars.get(0).name(), bars.get(0).swing(), model.unit())).source(SOURCE).build());
        b.step(Step.builder(SensitivitySteps.BASE_VALUE).formula("V₀ = f(x₀)").result(base, model.unit()).build());
        return b.build();
    }
}
