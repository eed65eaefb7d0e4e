package org.dataprice.split.payout;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;
import org.dataprice.split.game.PlayerValues;

/**
 * How the pool left after earmarks and fixed claims is divided (分红依据): pro rata to weights that are
 * contribution values (e.g. Shapley values), equity stakes, or three-rights scores
 * w<sub>p</sub> = W<sub>hold</sub>·h<sub>p</sub> + W<sub>proc</sub>·u<sub>p</sub> + W<sub>oper</sub>·o<sub>p</sub>.
 * Parties of weight 0 receive no dividend (but may have a floor).
 *
 * @param weights     the parties and weights, distinct parties, at least one weight &gt; 0; copied
 * @param description what the weights are, for statements; not blank
 */
public record DividendBasis(List<PartyWeight> weights, String description) {
    /** Validates. */
    public DividendBasis {
        weights = Require.nonEmptyCopy(weights, "weights");
        Require.notBlank(description, "description");
        Set<String> seen = new HashSet<>();
        boolean positive = false;
        for (int i = 0; i < weights.size(); i++) {
            Require.that(seen.add(weights.get(i).party()), "weights[" + i + "].party", weights.get(i).party(),
                    Rule.DUPLICATE, weights.get(i).party());
            positive |= weights.get(i).weight().signum() > 0;
        }
        Require.that(positive, "weights", "all zero", Rule.GREATER_THAN, "0 for at least one party");
    }

    /**
     * Dividends pro rata to contribution values (a Shapley value, a Banzhaf index, a data value).
     * Each value is rounded to 12 significant digits to drop floating-point noise.
     * Negative values are rejected: a party that destroys value is paid nothing only by an explicit
     * decision (give it weight 0).
     *
     * @param parties the party names, one per player; not null
     * @param values  the values, finite, ≥ 0; not null
     * @return the basis
     */
    public static DividendBasis byValue(List<String> parties, PlayerValues values) {
        Require.notNull(values, "values");
        Require.notNull(parties, "parties");
        Require.size(parties.size(), values.values().size(), "parties");
        List<PartyWeight> w = new ArrayList<>();
        for (int i = 0; i < parties.size(); i++) {
            double v = Require.nonNegative(values.value(i), "values[" + i + "]");
            // 12 significant digits: drops floating-point noise (22.499999999999996 → 22.5), shares move < 1e-11
            w.add(new PartyWeight(parties.get(i), new BigDecimal(v).round(new java.math.MathContext(12)).stripTrailingZeros()));
        }
        return new DividendBasis(w, "pro rata to " + values.method());
    }

    /**
     * Dividends pro rata to equity (股权).
     *
     * @param stakes the parties' stakes; not null
     * @return the basis
     */
    public static DividendBasis byEquity(List<PartyWeight> stakes) {
        return new DividendBasis(stakes, "pro rata to equity");
    }

    /**
     * Dividends by the three rights (持有 / 加工 / 经营).
     *
     * @param weights  the weights of the rights; not null
     * @param holdings each party's shares of the rights; each right's shares sum to 1 (or 0 if its weight is 0)
     * @return the basis
     */
    public static DividendBasis byRights(RightsWeights weights, List<RightsHolding> holdings) {
        Require.notNull(weights, "weights");
        List<RightsHolding> h = Require.nonEmptyCopy(holdings, "holdings");
        BigDecimal[] sums = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
        List<PartyWeight> w = new ArrayList<>();
        for (RightsHolding r : h) {
            sums[0] = sums[0].add(r.holding());
            sums[1] = sums[1].add(r.processing());
            sums[2] = sums[2].add(r.operating());
            w.add(new PartyWeight(r.party(), weights.holding().multiply(r.holding())
                    .add(weights.processing().multiply(r.processing()))
                    .add(weights.operating().multiply(r.operating())))); // Σ_r W_r · share_r
        }
        BigDecimal[] rightWeight = {weights.holding(), weights.processing(), weights.operating()};
        String[] names = {"holding", "processing", "operating"};
        for (int k = 0; k < 3; k++) {
            boolean ok = sums[k].compareTo(BigDecimal.ONE) == 0 || (rightWeight[k].signum() == 0 && sums[k].signum() == 0);
            Require.that(ok, "holdings." + names[k], sums[k], Rule.SUM_MISMATCH, 1);
        }
        return new DividendBasis(w, "three rights (holding " + weights.holding().toPlainString() + ", processing "
                + weights.processing().toPlainString() + ", operating " + weights.operating().toPlainString() + ")");
    }
}
