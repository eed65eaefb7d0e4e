package org.dataprice.api.explain;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.dataprice.explain.Explanation;
import org.dataprice.explain.Step;
import org.dataprice.explain.StepKey;
import org.dataprice.money.allocation.Allocation;
import org.dataprice.money.allocation.AllocationResult;
import org.dataprice.money.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** An {@link Explanation} rendered as JSON keeps every figure exactly and the tree's order. */
@MicronautTest(startApplication = false)
class ExplanationResponseTest {
    @Inject
    JsonMapper json;

    @Test
    void test_from_keepsExactDecimalsAndNestedSteps() throws Exception {
        StepKey parent = StepKey.of("test.value", "Value");
        StepKey child = StepKey.of("test.rate", "Rate");
        Explanation explanation = Explanation.builder("test.method")
                .input("rate", 0.1, "1/year")
                .input("method", "income")
                .step(Step.builder(parent).formula("V = C / r").input("rate", 0.1, "1/year")
                        .result(1234.5678, "CNY").source("textbook p. 1")
                        .child(Step.builder(child).result(0.1, "1/year").build())
                        .build())
                .build();

        String text = new String(json.writeValueAsBytes(ExplanationResponse.from(explanation)));
        ExplanationResponse back = json.readValue(text, ExplanationResponse.class);

        assertThat(text).contains("\"number\":0.1").contains("1234.5678").doesNotContain("NaN");
        assertThat(back.methodId()).isEqualTo("test.method");
        assertThat(back.inputHash()).isEqualTo(explanation.inputHash());
        assertThat(back.inputs()).extracting(ExplanationResponse.QuantityResponse::name).containsExactly("rate", "method");
        assertThat(back.inputs().get(1).text()).isEqualTo("income");
        assertThat(back.inputs().get(1).number()).isNull();
        ExplanationResponse.StepResponse step = back.steps().get(0);
        assertThat(step.id()).isEqualTo("test.value");
        assertThat(step.formula()).isEqualTo("V = C / r");
        assertThat(step.source()).isEqualTo("textbook p. 1");
        assertThat(step.result().number()).isEqualByComparingTo(new BigDecimal("1234.5678"));
        assertThat(step.children()).extracting(ExplanationResponse.StepResponse::label).containsExactly("Rate");
    }

    @Test
    void test_from_allocationExplanation_lastStepHoldsTheResult() throws Exception {
        AllocationResult result = Allocation.DEFAULT.byWeights(Money.cny("100.00"), new double[]{1, 2});

        ExplanationResponse response = ExplanationResponse.from(result.explanation());
        Map<String, Object> tree = json.readValue(json.writeValueAsBytes(response), Argument.mapOf(String.class, Object.class));

        assertThat(response.steps()).isNotEmpty();
        assertThat(response.steps().get(response.steps().size() - 1).id())
                .isEqualTo(result.explanation().resultStep().key().id());
        assertThat(tree).containsKeys("methodId", "libraryVersion", "inputHash", "inputs", "steps");
        assertThat((List<?>) tree.get("steps")).hasSameSizeAs(result.explanation().steps());
    }
}
