package org.dataprice.supervision.config;

import org.dataprice.error.InvalidInputException;
import org.dataprice.money.Money;
import org.dataprice.supervision.Severity;
import org.dataprice.supervision.rule.HampelRule;
import org.dataprice.supervision.rule.RuleSet;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Defaults equal the core's example rule set; revisions bump only the changed rules; bad parameters name their path. */
class SupervisionRulesTest {
    private static final Money T = Money.of("100000.00", Money.currency("CNY", "currency"));

    @Test
    void test_defaults_buildTheExampleRuleSet() {
        SupervisionRules d = SupervisionRules.defaults(T);

        assertThat(d.version()).isZero();
        assertThat(d.ruleSet()).isEqualTo(RuleSet.example(T));
        assertThat(d.concentration()).isEqualTo(org.dataprice.supervision.structure.ConcentrationScreen.EXAMPLE);
    }

    @Test
    void test_revise_bumpsOnlyChangedRules() {
        SupervisionRules d = SupervisionRules.defaults(T);

        SupervisionRules v1 = d.revise(null, List.of(
                new RuleChange("price.hampel", null, Severity.HIGH, Map.of("threshold", new BigDecimal("3.5"))),
                new RuleChange("price.band", true, null, null)));
        SupervisionRules v2 = v1.revise(null, List.of(new RuleChange("volume.spike", false, null, null)));

        assertThat(v1.version()).isEqualTo(1);
        assertThat(v1.rule("price.hampel").version()).isEqualTo(2);
        assertThat(v1.rule("price.band").version()).as("no change").isEqualTo(1);
        assertThat(v1.ruleSet().dealRules()).filteredOn(r -> r instanceof HampelRule)
                .singleElement().satisfies(r -> assertThat(((HampelRule) r).filter().threshold()).isEqualTo(3.5));
        assertThat(v2.rule("volume.spike").enabled()).isFalse();
        assertThat(v2.rule("price.hampel").version()).isEqualTo(2);
        assertThat(v2.ruleSet().periodRules()).hasSize(1);
    }

    @Test
    void test_revise_badParameter_namesRequestPath() {
        SupervisionRules d = SupervisionRules.defaults(T);

        assertThatThrownBy(() -> d.revise(null, List.of(new RuleChange("price.band", null, null, null),
                new RuleChange("price.hampel", null, null, Map.of("threshold", BigDecimal.ZERO)))))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("rules[1].parameters.threshold"));
        assertThatThrownBy(() -> d.revise(null, List.of(new RuleChange("price.hampel", null, null,
                Map.of("minSample", new BigDecimal("5.5"))))))
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("rules[0].parameters.minSample"));
        assertThatThrownBy(() -> d.revise(null, List.of(new RuleChange("price.nope", null, null, null))))
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("rules[0].id"));
        assertThatThrownBy(() -> d.revise(null, List.of(new RuleChange("price.hampel", null, null,
                Map.of("nope", BigDecimal.ONE)))))
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("rules[0].parameters.nope"));
        assertThatThrownBy(() -> d.revise(null, List.of(new RuleChange("price.band", null, null, null),
                new RuleChange("price.band", false, null, null))))
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("rules[1].id"));
    }
}
