package org.dataprice.money;

import java.math.BigDecimal;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;

/**
 * 中文大写金额 — an amount of renminbi in capital numerals, as written on reports, cheques and vouchers,
 * e.g. {@code 1,234,567.89 → 人民币壹佰贰拾叁万肆仟伍佰陆拾柒元捌角玖分}.
 *
 * <p>Rules (中国人民银行《支付结算办法》附件一《正确填写票据和结算凭证的基本规定》, 银发〔1997〕393号), items on 中文大写金额:
 * <ul>
 *   <li>digits 零壹贰叁肆伍陆柒捌玖, positions 拾佰仟, groups 万亿, then 元角分;</li>
 *   <li>an amount ending at 元 ends with 整; one ending at 角 does not (the rules allow it, we leave it out);
 *       one with 分 never does;</li>
 *   <li>one or several zeros in the middle are written as a single 零 ({@code 6,007.14 → 陆仟零柒元壹角肆分});</li>
 *   <li>when the 万 digit is 0 but 仟 is not, the rules allow 零 or nothing; we write nothing, as their example
 *       {@code 107,000.53} does; a whole group of zeros is still one 零 ({@code 100,001,000 → 壹亿零壹仟元整});</li>
 *   <li>when the 元 digit is 0 but 角 is not, the rules allow 零 or nothing after 元; we write 零
 *       ({@code 1,680.32 → 壹仟陆佰捌拾元零叁角贰分}, {@code 107,000.53 → 壹拾万柒仟元零伍角叁分});</li>
 *   <li>when 角 is 0 and 分 is not, 零 follows 元 ({@code 16,409.02 → 壹万陆仟肆佰零玖元零贰分});</li>
 *   <li>壹拾 is written in full, as in the rules' example {@code 107,000.53} above.</li>
 * </ul>
 * Edge cases: {@code 0 → 零元整}; an amount below one yuan has no 元 ({@code 0.05 → 伍分}, {@code 0.50 → 伍角}).
 *
 * <p>Domain: 0 ≤ amount &lt; 10¹² (up to 玖仟玖佰玖拾玖亿…), at most two decimal places (round to the fen first,
 * e.g. {@link Money#roundedToMinor}); negatives are refused (a report states a negative value in words as
 * “负” only by explicit choice, which is not ours to make). The test checks every worked example printed in the
 * rules above plus zeros in every group position.
 *
 * <p>Pure function, thread-safe.
 */
public final class CapitalAmount {
    /** The largest amount accepted is just below this (10¹² yuan, 一万亿元). */
    public static final BigDecimal LIMIT = BigDecimal.TEN.pow(12);
    private static final String DIGITS = "零壹贰叁肆伍陆柒捌玖";
    private static final String[] POSITIONS = {"", "拾", "佰", "仟"};
    private static final String[] GROUPS = {"", "万", "亿"};

    private CapitalAmount() {
    }

    /**
     * @param money an amount in CNY; not null
     * @return {@code "人民币"} followed by {@link #words(BigDecimal)}
     */
    public static String renminbi(Money money) {
        Require.notNull(money, "amount");
        Require.that(money.currency().equals(Money.CNY), "amount", money.currency().getCurrencyCode(), Rule.CURRENCY_MISMATCH, "CNY");
        return "人民币" + words(money.amount());
    }

    /**
     * @param amount yuan, 0 ≤ amount &lt; {@link #LIMIT}, at most two decimal places; not null
     * @return the amount in capital numerals, without the 人民币 prefix, e.g. {@code "壹佰万元零伍分"}
     * @throws org.dataprice.error.InvalidInputException field {@code amount}: negative (rule {@code at-least}),
     *         more than two decimals ({@code precision-loss}), 10¹² or more ({@code less-than})
     */
    public static String words(BigDecimal amount) {
        Require.notNull(amount, "amount");
        Require.that(amount.signum() >= 0, "amount", amount.toPlainString(), Rule.AT_LEAST, 0);
        Require.that(amount.stripTrailingZeros().scale() <= 2, "amount", amount.toPlainString(), Rule.PRECISION_LOSS, 2);
        Require.that(amount.compareTo(LIMIT) < 0, "amount", amount.toPlainString(), Rule.LESS_THAN, "10^12");
        long fen = amount.movePointRight(2).longValueExact();
        long yuan = fen / 100;
        int jiao = (int) (fen / 10 % 10);
        int fenDigit = (int) (fen % 10);
        StringBuilder out = new StringBuilder();
        if (yuan > 0) {
            integer(out, yuan);
            out.append('元');
        }
        if (jiao == 0 && fenDigit == 0) {
            return out.length() == 0 ? "零元整" : out.append('整').toString();
        }
        // a zero 元 digit before a non-zero 角, or a zero 角 before a non-zero 分, is written as 零 (the rules' zero items)
        if (yuan > 0 && (yuan % 10 == 0 || jiao == 0)) {
            out.append('零');
        }
        if (jiao > 0) {
            out.append(DIGITS.charAt(jiao)).append('角');
        }
        if (fenDigit > 0) {
            out.append(DIGITS.charAt(fenDigit)).append('分');
        }
        return out.toString();
    }

    /** Writes yuan &gt; 0 in groups of four digits (万, 亿), one 零 for each run of zeros between non-zero digits. */
    private static void integer(StringBuilder out, long yuan) {
        int[] digits = new int[12];
        int top = 0;
        for (long v = yuan; v > 0; v /= 10) {
            digits[top++] = (int) (v % 10);
        }
        boolean zero = false;
        boolean previous = false;
        for (int group = (top - 1) / 4; group >= 0; group--) {
            if (previous && digits[group * 4 + 3] != 0) {
                // a zero 万 digit before a non-zero 仟 is not written, as in the rules' 107,000.53 → 壹拾万柒仟元…
                zero = false;
            }
            boolean any = false;
            for (int pos = 3; pos >= 0; pos--) {
                int i = group * 4 + pos;
                if (i >= top) {
                    continue;
                }
                int d = digits[i];
                if (d == 0) {
                    zero = out.length() > 0;
                    continue;
                }
                if (zero) {
                    out.append('零');
                    zero = false;
                }
                out.append(DIGITS.charAt(d)).append(POSITIONS[pos]);
                any = true;
            }
            if (any) {
                out.append(GROUPS[group]);
            }
            previous = any;
        }
    }
}
