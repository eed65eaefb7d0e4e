package org.dataprice.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.SplittableRandom;
import org.dataprice.error.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link CapitalAmount}: the worked examples of 中国人民银行《正确填写票据和结算凭证的基本规定》 (银发〔1997〕393号),
 * zeros in every position and group, the edge cases, refusals, and a seeded round trip (words → digits) over
 * 20,000 random amounts.
 */
class CapitalAmountTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        // printed in the rules
        "1409.50, 壹仟肆佰零玖元伍角",
        "6007.14, 陆仟零柒元壹角肆分",
        "1680.32, 壹仟陆佰捌拾元零叁角贰分",
        "107000.53, 壹拾万柒仟元零伍角叁分",
        "16409.02, 壹万陆仟肆佰零玖元零贰分",
        "325.04, 叁佰贰拾伍元零肆分",
        // the brief's examples
        "1234567.89, 壹佰贰拾叁万肆仟伍佰陆拾柒元捌角玖分",
        "1000000.05, 壹佰万元零伍分",
        // zeros in the middle, at group boundaries, trailing
        "0, 零元整",
        "0.00, 零元整",
        "0.05, 伍分",
        "0.50, 伍角",
        "0.57, 伍角柒分",
        "1, 壹元整",
        "10, 壹拾元整",
        "15, 壹拾伍元整",
        "100, 壹佰元整",
        "101, 壹佰零壹元整",
        "1001, 壹仟零壹元整",
        "1010, 壹仟零壹拾元整",
        "10000, 壹万元整",
        "10001, 壹万零壹元整",
        "100001, 壹拾万零壹元整",
        "100010, 壹拾万零壹拾元整",
        "101000, 壹拾万壹仟元整",
        "1000000, 壹佰万元整",
        "100000000, 壹亿元整",
        "100000001, 壹亿零壹元整",
        "101000000, 壹亿零壹佰万元整",
        "110000000, 壹亿壹仟万元整",
        "100001000, 壹亿零壹仟元整",
        "200000010, 贰亿零壹拾元整",
        "10.10, 壹拾元零壹角",
        "20.01, 贰拾元零壹分",
        "999999999999.99, 玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分",
    })
    void test_words_examples(String amount, String expected) {
        assertThat(CapitalAmount.words(new BigDecimal(amount))).isEqualTo(expected);
    }

    @Test
    void test_renminbi_prefixAndCurrency() {
        assertThat(CapitalAmount.renminbi(Money.cny("1234567.89"))).isEqualTo("人民币壹佰贰拾叁万肆仟伍佰陆拾柒元捌角玖分");
        assertThatThrownBy(() -> CapitalAmount.renminbi(Money.of("1.00", java.util.Currency.getInstance("USD"))))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("amount");
    }

    @Test
    void test_words_refusesNegativeFractionOfFenAndTooLarge() {
        assertThatThrownBy(() -> CapitalAmount.words(new BigDecimal("-0.01"))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("amount").hasMessageContaining(">= 0");
        assertThatThrownBy(() -> CapitalAmount.words(new BigDecimal("1.005"))).isInstanceOf(InvalidInputException.class)
                .extracting("field").isEqualTo("amount");
        assertThatThrownBy(() -> CapitalAmount.words(CapitalAmount.LIMIT)).isInstanceOf(InvalidInputException.class)
                .extracting("field").isEqualTo("amount");
        assertThatThrownBy(() -> CapitalAmount.words(null)).isInstanceOf(InvalidInputException.class);
        // trailing zeros beyond the fen are not extra precision
        assertThat(CapitalAmount.words(new BigDecimal("12.3400"))).isEqualTo("壹拾贰元叁角肆分");
    }

    /** Reading the words back (an independent parser written from the same rules) gives the amount; no 零零, no 零 before a unit. */
    @Test
    void test_words_roundTripSeeded() {
        SplittableRandom random = new SplittableRandom(20_261_205L);
        for (int i = 0; i < 20_000; i++) {
            // amounts with many zeros: each digit is 0 with probability 1/2
            long fen = 0;
            int length = 1 + random.nextInt(14);
            for (int d = 0; d < length; d++) {
                fen = fen * 10 + (random.nextBoolean() ? 0 : 1 + random.nextInt(9));
            }
            BigDecimal amount = BigDecimal.valueOf(fen, 2);
            String w = CapitalAmount.words(amount);
            assertThat(parse(w)).as(amount + " → " + w).isEqualTo(fen);
            if (fen > 0) {
                assertThat(w).as(w).doesNotContain("零零", "零万", "零亿", "零元", "万亿").doesNotStartWith("零");
            }
        }
    }

    private static long parse(String w) {
        String digits = "零壹贰叁肆伍陆柒捌玖";
        long total = 0;
        long group = 0;
        long digit = 0;
        for (char c : w.toCharArray()) {
            int d = digits.indexOf(c);
            if (d >= 0) {
                digit = d;
                continue;
            }
            switch (c) {
                case '拾' -> { group += digit * 10; digit = 0; }
                case '佰' -> { group += digit * 100; digit = 0; }
                case '仟' -> { group += digit * 1000; digit = 0; }
                case '万' -> { total += (group + digit) * 10_000L * 100; group = 0; digit = 0; }
                case '亿' -> { total += (group + digit) * 100_000_000L * 100; group = 0; digit = 0; }
                case '元' -> { total += (group + digit) * 100; group = 0; digit = 0; }
                case '角' -> { total += digit * 10; digit = 0; }
                case '分' -> { total += digit; digit = 0; }
                case '整' -> { }
                default -> throw new AssertionError("unexpected " + c + " in " + w);
            }
        }
        return total;
    }
}
