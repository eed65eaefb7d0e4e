package org.dataprice.split.payout;

import java.math.BigDecimal;
import java.util.List;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;
import org.dataprice.money.Money;

/**
 * A commission (佣金): rate × transaction value, flat or tiered by marginal bands like an income tax
 * schedule: commission = Σ<sub>k</sub> r<sub>k</sub> · (min(V, from<sub>k+1</sub>) − from<sub>k</sub>)<sup>+</sup>,
 * computed exactly and rounded once, half-even, to the minor unit.
 *
 * @param party            the party earning it (a broker, an operator); not blank
 * @param transactionValue the transaction value V ≥ 0; not null
 * @param tiers            the bands, the first from 0, strictly increasing edges; copied
 */
public record Commission(String party, Money transactionValue, List<CommissionTier> tiers) implements FixedClaim {
    /** Validates. */
    public Commission {
        Require.notBlank(party, "party");
        Require.notNull(transactionValue, "transactionValue");
        Require.that(!transactionValue.isNegative(), "transactionValue", transactionValue, Rule.AT_LEAST, 0);
        tiers = Require.nonEmptyCopy(tiers, "tiers");
        Require.that(tiers.get(0).from().isZero(), "tiers[0].from", tiers.get(0).from(), Rule.OUT_OF_RANGE, "[0, 0]");
        for (int k = 0; k < tiers.size(); k++) {
            Require.that(tiers.get(k).from().currency().equals(transactionValue.currency()), "tiers[" + k + "].from",
                    tiers.get(k).from(), Rule.CURRENCY_MISMATCH, transactionValue.currency());
            if (k > 0) {
                Require.that(tiers.get(k).from().compareTo(tiers.get(k - 1).from()) > 0, "tiers[" + k + "].from",
                        tiers.get(k).from(), Rule.GREATER_THAN, tiers.get(k - 1).from());
            }
        }
    }

    /**
     * A flat-rate commission.
     *
     * @param party            the party; not blank
     * @param transactionValue V; not null
     * @param rate             the rate in [0, 1]; not null
     * @return the commission
     */
    public static Commission flat(String party, Money transactionValue, BigDecimal rate) {
        return new Commission(party, transactionValue,
                List.of(new CommissionTier(Money.zero(transactionValue.currency()), rate)));
    }

    @Override
    public Money amount() {
        BigDecimal v = transactionValue.amount();
        BigDecimal sum = BigDecimal.ZERO;
        for (int k = 0; k < tiers.size(); k++) {
            BigDecimal lo = tiers.get(k).from().amount();
            BigDecimal hi = k + 1 < tiers.size() ? tiers.get(k + 1).from().amount().min(v) : v;
            if (hi.compareTo(lo) > 0) {
                sum = sum.add(hi.subtract(lo).multiply(tiers.get(k).rate())); // r_k · (band covered)
            }
        }
        return Money.of(sum, transactionValue.currency(), Money.minorUnits(transactionValue.currency()),
                Money.SETTLEMENT_ROUNDING);
    }

    @Override
    public String basis() {
        StringBuilder b = new StringBuilder("commission on ").append(transactionValue);
        for (CommissionTier t : tiers) {
            b.append("; ").append(t.rate().stripTrailingZeros().toPlainString()).append(" above ").append(t.from().amount().toPlainString());
        }
        return b.toString();
    }

    @Override
    public LineKind kind() {
        return LineKind.COMMISSION;
    }
}
