package org.dataprice.explain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dataprice.error.InvalidInputException;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;
import org.dataprice.money.Money;

/**
 * How a result was obtained: the method, the library version, a SHA-256 of the canonical inputs, the
 * inputs themselves and an ordered tree of {@link Step}s, each with its formula, inputs, result and
 * source. After Strata's {@code ExplainMap}: models fill the explanation from the same helpers that
 * compute the value, so the two cannot drift apart, and the last top-level step holds the result.
 *
 * <p>Rendered as indented text by {@link #toText()}; the service renders it as JSON and HTML.
 * Immutable and thread-safe.
 *
 * @param methodId       the model's identifier, e.g. {@code "valuation.cost.CAS2023"}; not blank
 * @param libraryVersion the library version ({@link LibraryVersion#VERSION}); not blank
 * @param inputHash      lower-case hex SHA-256 of the canonical inputs ({@link InputHash}); 64 chars
 * @param inputs         the inputs as given, in order; not null, copied
 * @param steps          the steps, in the order computed; not empty, copied
 */
public record Explanation(String methodId, String libraryVersion, String inputHash, List<Quantity> inputs,
        List<Step> steps) {
    // compiled once: String.matches would compile the pattern for every explanation
    private static final java.util.regex.Pattern HEX_64 = java.util.regex.Pattern.compile("[0-9a-f]{64}");

    /** Validates and copies. */
    public Explanation {
        Require.notBlank(methodId, "methodId");
        Require.notBlank(libraryVersion, "libraryVersion");
        Require.notNull(inputHash, "inputHash");
        Require.that(HEX_64.matcher(inputHash).matches(), "inputHash", inputHash, Rule.INVALID_FORMAT,
                "64 lower-case hex digits");
        inputs = Require.copyOf(inputs, "inputs");
        steps = Require.nonEmptyCopy(steps, "steps");
    }

    /**
     * @param methodId the model's identifier; not blank
     * @return a builder
     */
    public static Builder builder(String methodId) {
        return new Builder(methodId);
    }

    /** @return the last top-level step, which holds the model's result */
    public Step resultStep() {
        return steps.get(steps.size() - 1);
    }

    /**
     * Finds the first step with the key, searching depth first.
     *
     * @param key the key; not null
     * @return the step, or empty
     */
    public Optional<Step> find(StepKey key) {
        Require.notNull(key, "key");
        return find(steps, key);
    }

    /**
     * The first step with the key, or an error naming it.
     *
     * @param key the key; not null
     * @return the step
     */
    public Step get(StepKey key) {
        return find(key).orElseThrow(() -> new InvalidInputException("key", key.id(), Rule.UNKNOWN,
                "the steps of " + methodId));
    }

    private static Optional<Step> find(List<Step> steps, StepKey key) {
        for (Step step : steps) {
            if (step.key().equals(key)) {
                return Optional.of(step);
            }
            Optional<Step> inner = find(step.children(), key);
            if (inner.isPresent()) {
                return inner;
            }
        }
        return Optional.empty();
    }

    /**
     * @return the explanation as indented text, for logs and plain-text reports; figures are shown rounded
     *         for people ({@link Quantity#toDisplayString()}), the exact figures stay in the steps
     */
    public String toText() {
        StringBuilder out = new StringBuilder();
        out.append("method ").append(methodId).append(" · dataprice ").append(libraryVersion)
                .append(" · inputs sha256 ").append(inputHash).append('\n');
        if (!inputs.isEmpty()) {
            out.append("inputs\n");
            for (Quantity input : inputs) {
                out.append("    · ").append(input.toDisplayString()).append('\n');
            }
        }
        out.append("steps\n");
        for (Step step : steps) {
            step.render(out, 0);
        }
        return out.toString();
    }

    /**
     * Builds an {@link Explanation}. Inputs added by {@code input(...)} are shown and hashed;
     * inputs added by {@code hashOnly(...)} (large arrays) are hashed but not listed. Not thread-safe.
     */
    public static final class Builder {
        private final String methodId;
        private final InputHash hash = new InputHash();
        private final List<Quantity> inputs = new ArrayList<>();
        private final List<Step> steps = new ArrayList<>();

        private Builder(String methodId) {
            this.methodId = Require.notBlank(methodId, "methodId");
        }

        /**
         * @param name  the input's name
         * @param value its finite value
         * @param unit  its unit
         * @return this builder
         */
        public Builder input(String name, double value, String unit) {
            hash.put(name, value);
            inputs.add(Quantity.of(name, value, unit));
            return this;
        }

        /**
         * @param name  the input's name
         * @param value its value
         * @return this builder
         */
        public Builder input(String name, long value) {
            hash.put(name, value);
            inputs.add(Quantity.count(name, value));
            return this;
        }

        /**
         * @param name  the input's name
         * @param value its value; not null
         * @param unit  its unit
         * @return this builder
         */
        public Builder input(String name, BigDecimal value, String unit) {
            hash.put(name, value);
            inputs.add(Quantity.of(name, value, unit));
            return this;
        }

        /**
         * @param name  the input's name
         * @param money the amount; not null
         * @return this builder
         */
        public Builder input(String name, Money money) {
            Require.notNull(money, name);
            hash.put(name, money.toString());
            inputs.add(Quantity.of(name, money));
            return this;
        }

        /**
         * @param name the input's name
         * @param text its text value (a choice, a method, an identifier); not null
         * @return this builder
         */
        public Builder input(String name, String text) {
            hash.put(name, text);
            inputs.add(Quantity.text(name, text));
            return this;
        }

        /**
         * @param name   the input's name
         * @param values values that are hashed but too many to list; not null
         * @return this builder
         */
        public Builder hashOnly(String name, double[] values) {
            hash.put(name, values);
            return this;
        }

        /**
         * @param name the input's name
         * @param text a canonical text hashed but not listed; not null
         * @return this builder
         */
        public Builder hashOnly(String name, String text) {
            hash.put(name, text);
            return this;
        }

        /**
         * @param step the next step; not null
         * @return this builder
         */
        public Builder step(Step step) {
            steps.add(Require.notNull(step, "step"));
            return this;
        }

        /** @return the explanation; the builder cannot be used afterwards */
        public Explanation build() {
            return new Explanation(methodId, LibraryVersion.VERSION, hash.hex(), inputs, steps);
        }
    }
}
