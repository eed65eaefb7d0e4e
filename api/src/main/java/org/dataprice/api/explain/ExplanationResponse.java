package org.dataprice.api.explain;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.dataprice.explain.Explanation;
import org.dataprice.explain.Quantity;
import org.dataprice.explain.Step;

import java.math.BigDecimal;
import java.util.List;

/**
 * An {@link Explanation} as JSON: method, library version, input hash, inputs and the tree of steps.
 * Every result DTO that carries a model result embeds one ({@code "explanation": {...}}). Numbers
 * are the explanation's exact decimals (no double rounding); the last top-level step holds the result.
 *
 * @param methodId       the model's identifier
 * @param libraryVersion the library version that computed it
 * @param inputHash      SHA-256 hex of the canonical inputs, to check reproducibility
 * @param inputs         the inputs as given
 * @param steps          the steps in computation order
 */
@Serdeable
public record ExplanationResponse(String methodId, String libraryVersion, String inputHash,
                                  List<QuantityResponse> inputs, List<StepResponse> steps) {
    /** Reads back what the JSON writer leaves out (empty lists) as empty, so a stored explanation equals the issued one. */
    public ExplanationResponse {
        inputs = inputs == null ? List.of() : inputs;
        steps = steps == null ? List.of() : steps;
    }

    /**
     * @param explanation a model's explanation
     * @return its JSON form
     */
    public static ExplanationResponse from(Explanation explanation) {
        return new ExplanationResponse(explanation.methodId(), explanation.libraryVersion(), explanation.inputHash(),
                explanation.inputs().stream().map(QuantityResponse::from).toList(),
                explanation.steps().stream().map(StepResponse::from).toList());
    }

    /**
     * A named figure: a number with its unit, or a text.
     *
     * @param name   what it is
     * @param number the exact value; absent for a text
     * @param text   the text; absent for a number
     * @param unit   the unit; empty when dimensionless
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record QuantityResponse(String name, @Nullable BigDecimal number, @Nullable String text, String unit) {
        static QuantityResponse from(Quantity q) {
            return new QuantityResponse(q.name(), q.number(), q.text(), q.unit());
        }
    }

    /**
     * One step of a computation.
     *
     * @param id       the stable step id
     * @param label    what the step computes
     * @param formula  the formula in plain text; empty when none
     * @param inputs   the figures it used
     * @param result   the figure it produced
     * @param source   the standard, paper or textbook; empty when none
     * @param children its sub-steps
     */
    @Serdeable
    public record StepResponse(String id, String label, String formula, List<QuantityResponse> inputs,
                               QuantityResponse result, String source, List<StepResponse> children) {
        /** Reads back what the JSON writer leaves out (empty texts and lists) as empty, never as null. */
        public StepResponse {
            formula = formula == null ? "" : formula;
            inputs = inputs == null ? List.of() : inputs;
            source = source == null ? "" : source;
            children = children == null ? List.of() : children;
        }

        static StepResponse from(Step s) {
            return new StepResponse(s.key().id(), s.key().label(), s.formula(),
                    s.inputs().stream().map(QuantityResponse::from).toList(), QuantityResponse.from(s.result()),
                    s.source(), s.children().stream().map(StepResponse::from).toList());
        }
    }
}
