package org.dataprice.split.game;

import java.util.List;
import org.dataprice.error.Require;
import org.dataprice.explain.Explanation;
import org.dataprice.explain.Step;

/**
 * A value of a game: one figure per player (a Shapley value, Banzhaf index, nucleolus payoff…),
 * in player order, with how it was obtained. The explanation's last step holds the sum of the values
 * and has one child per player.
 *
 * @param method      the method's identifier, e.g. {@code "split.shapley.exact"}; not blank
 * @param values      the values, one per player, finite; copied
 * @param explanation how they were obtained; not null
 */
public record PlayerValues(String method, List<Double> values, Explanation explanation) {
    /** Validates and copies. */
    public PlayerValues {
        Require.notBlank(method, "method");
        values = Require.nonEmptyCopy(values, "values");
        for (int i = 0; i < values.size(); i++) {
            Require.finite(values.get(i), "values[" + i + "]");
        }
        Require.notNull(explanation, "explanation");
    }

    /**
     * @param player a player
     * @return its value
     */
    public double value(int player) {
        return values.get(player);
    }

    /** @return the values as a new array */
    public double[] toArray() {
        double[] out = new double[values.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = values.get(i);
        }
        return out;
    }

    /** @return Σ values */
    public double total() {
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return s;
    }

    /**
     * Boxes a primitive vector.
     *
     * @param values the values; not null
     * @return an immutable list
     */
    public static List<Double> listOf(double[] values) {
        Double[] boxed = new Double[values.length];
        for (int i = 0; i < boxed.length; i++) {
            boxed[i] = values[i];
        }
        return List.of(boxed);
    }

    /**
     * Finishes an explanation with the {@link GameSteps#VALUES} step (one child per player, result the
     * sum) and wraps the values.
     *
     * @param method  the method identifier; not blank
     * @param values  the values; not null
     * @param formula the formula of the value, in plain text; not null
     * @param source  the paper or book; not null
     * @param builder the explanation so far (inputs and earlier steps); not null
     * @return the result
     */
    public static PlayerValues explained(String method, double[] values, String formula, String source,
            Explanation.Builder builder) {
        Step.Builder step = Step.builder(GameSteps.VALUES).formula(formula).source(source);
        double sum = 0;
        for (int i = 0; i < values.length; i++) {
            step.child(Step.builder(GameSteps.PLAYER_VALUE).result(
                    org.dataprice.explain.Quantity.of("player " + i, values[i], "")).build());
            sum += values[i];
        }
        step.result(sum, "");
        return new PlayerValues(method, listOf(values), builder.step(step.build()).build());
    }
}
