package org.dataprice.money;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Units in which Chinese appraisal reports state money: 元 (yuan), 万元 (10⁴ yuan) and 亿元 (10⁸ yuan),
 * plus {@link #CURRENCY}, the plain amount followed by its ISO code. Display only: amounts are kept
 * in full and rounded here half-even to the unit's decimals ({@code 2} for 元 and 万元 as is usual in
 * reports, {@code 4} for 亿元).
 */
public enum DisplayUnit {
    /** 元: the amount itself, e.g. {@code "1,234.56 元"}. */
    YUAN(0, 2, "元"),
    /** 万元: ten thousand yuan, e.g. {@code "12.35 万元"}. */
    WAN_YUAN(4, 2, "万元"),
    /** 亿元: one hundred million yuan, e.g. {@code "1.2346 亿元"}. */
    YI_YUAN(8, 4, "亿元"),
    /** The amount with its ISO currency code, e.g. {@code "1,234.56 CNY"}. */
    CURRENCY(0, -1, "");

    private final int power;
    private final int decimals;
    private final String label;

    DisplayUnit(int power, int decimals, String label) {
        this.power = power;
        this.decimals = decimals;
        this.label = label;
    }

    /** @return the unit's label, e.g. {@code "万元"}; empty for {@link #CURRENCY} */
    public String label() {
        return label;
    }

    String format(Money money) {
        int places = decimals < 0 ? Money.minorUnits(money.currency()) : decimals;
        String suffix = this == CURRENCY ? money.currency().getCurrencyCode() : label;
        return grouped(money.amount().movePointLeft(power), places) + " " + suffix;
    }

    /**
     * The one grouping format of displayed amounts: thousands separated by commas, a point, exactly
     * {@code places} decimals, rounded half-even, e.g. {@code grouped(1234567.891, 2) = "1,234,567.89"}.
     *
     * @param value  the number; not null
     * @param places decimals, 0 to 8
     * @return the grouped text (a leading {@code -} for negatives)
     */
    public static String grouped(BigDecimal value, int places) {
        org.dataprice.error.Require.notNull(value, "value");
        org.dataprice.error.Require.that(places >= 0 && places <= 8, "places", places, org.dataprice.error.Rule.OUT_OF_RANGE, "[0, 8]");
        // toPlainString of the rounded value, commas inserted every three integer digits (no DecimalFormat per call)
        String plain = value.setScale(places, RoundingMode.HALF_EVEN).toPlainString();
        int start = plain.startsWith("-") ? 1 : 0;
        int point = plain.indexOf('.');
        int end = point < 0 ? plain.length() : point;
        StringBuilder out = new StringBuilder(plain.length() + (end - start) / 3);
        out.append(plain, 0, start);
        for (int i = start; i < end; i++) {
            if (i > start && (end - i) % 3 == 0) {
                out.append(',');
            }
            out.append(plain.charAt(i));
        }
        return out.append(plain, end, plain.length()).toString();
    }
}
