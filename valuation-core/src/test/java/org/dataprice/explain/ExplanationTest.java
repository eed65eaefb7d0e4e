package org.dataprice.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.dataprice.error.InvalidInputException;
import org.dataprice.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExplanationTest {
    private static final StepKey RATE = StepKey.of("test.rate", "Discount rate i");
    private static final StepKey PREMIUM = StepKey.of("test.premium", "Risk premium");
    private static final StepKey VALUE = StepKey.of("test.value", "Value P");

    private static Explanation sut() {
        return Explanation.builder("test.method")
                .input("cashFlow", 110.0, "CNY")
                .input("riskFree", 0.025, "1/year")
                .step(Step.builder(RATE).formula("i = rf + premium").input("riskFree", 0.025, "1/year")
                        .child(Step.of(PREMIUM, "", 0.075, "1/year")).result(0.1, "1/year").build())
                .step(Step.builder(VALUE).formula("P = F / (1 + i)").source("CAS 2023 art. 23")
                        .result(100.0, "CNY").build())
                .build();
    }

    @Test
    void test_build_recordsVersionAndHash() {
        Explanation e = sut();
        assertThat(e.libraryVersion()).isEqualTo(LibraryVersion.VERSION);
        assertThat(e.inputHash()).hasSize(64).matches("[0-9a-f]+");
        assertThat(e.inputs()).extracting(Quantity::name).containsExactly("cashFlow", "riskFree");
    }

    @Test
    void test_inputHash_sameInputsSameHash_otherInputsOtherHash() {
        assertThat(sut().inputHash()).isEqualTo(sut().inputHash());
        Explanation other = Explanation.builder("test.method").input("cashFlow", 110.0000001, "CNY")
                .input("riskFree", 0.025, "1/year").step(Step.of(VALUE, "", 1, "")).build();
        assertThat(other.inputHash()).isNotEqualTo(sut().inputHash());
    }

    @Test
    void test_inputHash_knownValue() {
        // sha256 of the canonical text "a=1.5\n", computed independently: printf 'a=1.5\n' | sha256sum
        assertThat(new InputHash().put("a", 1.5).hex())
                .isEqualTo("c7777c2ea7787304db18ef1fb5f8c5f9271f148193243e3cce034470068e5a88");
        assertThat(new InputHash().put("a", new BigDecimal("1.50")).hex())
                .isEqualTo("c7777c2ea7787304db18ef1fb5f8c5f9271f148193243e3cce034470068e5a88");
    }

    @Test
    void test_find_depthFirst() {
        Explanation e = sut();
        assertThat(e.find(PREMIUM)).map(s -> s.result().doubleValue()).contains(0.075);
        assertThat(e.resultStep().key()).isEqualTo(VALUE);
        assertThat(e.find(StepKey.of("x", "y"))).isEmpty();
        assertThatThrownBy(() -> e.get(StepKey.of("missing", "Missing"))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("missing");
    }

    @Test
    void test_toText_rendersTree() {
        String text = sut().toText();
        assertThat(text).contains("method test.method")
                .contains("- Discount rate i: 0.1 1/year   [i = rf + premium]")
                .contains("  - Risk premium: 0.075 1/year")
                .contains("(CAS 2023 art. 23)")
                .contains("· cashFlow = 110.0 CNY");
    }

    /** Figures shown to people lose the binary noise of double arithmetic; exact decimals are shown as written. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "0.35000000000000003, 0.35",
            "99.99999999999999, 100",
            "69.25500000000001, 69.255",
            "0.3333333333333333, 0.333333333333",
            "123456789012345.67, 123456789012345.67",
            "1234567.891234567891, 1234567.89123",
            "0.000000001, 0.000000001",
            "-2.5000000000000004, -2.5",
            "1E+20, 100000000000000000000",
            "0.00, 0.00",
            "1.000000000000000, 1"})
    void test_toDisplayString_roundsForPeople(String exact, String shown) {
        Quantity quantity = Quantity.of("w", new java.math.BigDecimal(exact), "");
        assertThat(quantity.toDisplayString()).isEqualTo("w = " + shown);
        assertThat(quantity.number()).isEqualTo(new java.math.BigDecimal(exact));
        assertThat(Quantity.of("r", 0.1 + 0.2, "%").displayValue()).isEqualTo("0.3 %");
    }

    @Test
    void test_quantity_kinds() {
        assertThat(Quantity.of("m", Money.cny("1.5")).toString()).isEqualTo("m = 1.50 CNY");
        assertThat(Quantity.text("method", "GEKS").isNumeric()).isFalse();
        assertThat(Quantity.count("paths", 1000).number()).isEqualByComparingTo(BigDecimal.valueOf(1000));
        assertThatThrownBy(() -> Quantity.text("method", "GEKS").doubleValue()).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Quantity.of("x", Double.NaN, "")).isInstanceOf(InvalidInputException.class)
                .hasMessage("x must be a finite number, was NaN");
        assertThatThrownBy(() -> new Quantity("x", BigDecimal.ONE, "t", "")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void test_validation() {
        assertThatThrownBy(() -> new Explanation("m", "v", "nothex", List.of(), List.of(Step.of(VALUE, "", 1, ""))))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("inputHash"));
        assertThatThrownBy(() -> Explanation.builder("m").build()).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("steps"));
        assertThatThrownBy(() -> StepKey.of(" ", "x")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void test_libraryVersion_matchesBuild() {
        String built = System.getProperty("dataprice.project.version");
        assertThat(built).as("surefire passes the Maven project version").isNotNull();
        assertThat(LibraryVersion.VERSION).isEqualTo(built);
    }
}
