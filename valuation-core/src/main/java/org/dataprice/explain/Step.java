package org.dataprice.explain;

import java.util.ArrayList;
import java.util.List;
import org.dataprice.error.Require;

/**
 * One step of an {@link Explanation}: what was computed ({@link #key()}), by which formula, from
 * which inputs, with what result, on what authority ({@link #source()}), and the sub-steps that
 * produced it ({@link #children()}), e.g. a discount-rate build-up under an income-approach value.
 *
 * @param key      the step's key; not null
 * @param formula  the formula in plain text, e.g. {@code "P = TC × (1 + R) × U"}; empty when none
 * @param inputs   the figures the formula used; not null, copied
 * @param result   the figure the step produced; not null
 * @param source   the standard, paper or textbook (with article or page); empty when none
 * @param children the sub-steps, in order; not null, copied
 */
public record Step(StepKey key, String formula, List<Quantity> inputs, Quantity result, String source,
        List<Step> children) {
    /** Validates and copies. */
    public Step {
        Require.notNull(key, "key");
        Require.notNull(formula, "formula");
        inputs = Require.copyOf(inputs, "inputs");
        Require.notNull(result, "result");
        Require.notNull(source, "source");
        children = Require.copyOf(children, "children");
    }

    /**
     * @param key the step's key; not null
     * @return a builder for a step with that key
     */
    public static Builder builder(StepKey key) {
        return new Builder(key);
    }

    /**
     * A step with a numeric result named after the key's label.
     *
     * @param key     the key; not null
     * @param formula the formula; not null
     * @param value   the finite result
     * @param unit    its unit
     * @return the step without inputs or children
     */
    public static Step of(StepKey key, String formula, double value, String unit) {
        return builder(key).formula(formula).result(value, unit).build();
    }

    /**
     * @return the text rendering of this step and its children, indented two spaces per level: the step's
     *         label and its result's value (the label already names the result), then its inputs by name,
     *         figures rounded for people ({@link Quantity#toDisplayString()})
     */
    public String toText() {
        StringBuilder out = new StringBuilder();
        render(out, 0);
        return out.toString();
    }

    void render(StringBuilder out, int depth) {
        String pad = "  ".repeat(depth);
        out.append(pad).append("- ").append(key.label()).append(": ").append(result.displayValue());
        if (!formula.isEmpty()) {
            out.append("   [").append(formula).append(']');
        }
        if (!source.isEmpty()) {
            out.append("   (").append(source).append(')');
        }
        out.append('\n');
        for (Quantity input : inputs) {
            out.append(pad).append("    · ").append(input.toDisplayString()).append('\n');
        }
        for (Step child : children) {
            child.render(out, depth + 1);
        }
    }

    /** Builds a {@link Step}; not thread-safe. */
    public static final class Builder {
        private final StepKey key;
        private String formula = "";
        private final List<Quantity> inputs = new ArrayList<>();
        private Quantity result;
        private String source = "";
        private final List<Step> children = new ArrayList<>();

        private Builder(StepKey key) {
            this.key = Require.notNull(key, "key");
        }

        /**
         * @param formula the formula in plain text; not null
         * @return this builder
         */
        public Builder formula(String formula) {
            this.formula = Require.notNull(formula, "formula");
            return this;
        }

        /**
         * @param input a figure the formula used; not null
         * @return this builder
         */
        public Builder input(Quantity input) {
            inputs.add(Require.notNull(input, "input"));
            return this;
        }

        /**
         * @param name  the input's name
         * @param value its finite value
         * @param unit  its unit
         * @return this builder
         */
        public Builder input(String name, double value, String unit) {
            return input(Quantity.of(name, value, unit));
        }

        /**
         * @param result the step's result; not null
         * @return this builder
         */
        public Builder result(Quantity result) {
            this.result = Require.notNull(result, "result");
            return this;
        }

        /**
         * @param value the finite result, named after the key's label
         * @param unit  its unit
         * @return this builder
         */
        public Builder result(double value, String unit) {
            return result(Quantity.of(key.label(), value, unit));
        }

        /**
         * @param source the standard, paper or textbook; not null
         * @return this builder
         */
        public Builder source(String source) {
            this.source = Require.notNull(source, "source");
            return this;
        }

        /**
         * @param child a sub-step; not null
         * @return this builder
         */
        public Builder child(Step child) {
            children.add(Require.notNull(child, "child"));
            return this;
        }

        /** @return the step */
        public Step build() {
            return new Step(key, formula, inputs, result, source, children);
        }
    }
}
