package org.dataprice.split.nucleolus;

import org.dataprice.error.Require;
import org.dataprice.split.game.PlayerValues;

/**
 * The least core of a game (最小核): the smallest ε such that some pre-imputation x has excess
 * v(S) − x(S) ≤ ε for every proper coalition S, and one point of it. ε is what pyDVL calls the
 * subsidy (same sign: positive when the core is empty; cf. pyDVL issue #294 on its sign).
 *
 * @param epsilon   the least-core value ε<sub>1</sub>; ≤ 0 exactly when the core is non-empty
 * @param point     a point of the least core (the prenucleolus); not null
 * @param coreEmpty true when ε<sub>1</sub> &gt; 0 (beyond the tolerance): no allocation is stable
 */
public record LeastCore(double epsilon, PlayerValues point, boolean coreEmpty) {
    /** Validates. */
    public LeastCore {
        Require.finite(epsilon, "epsilon");
        Require.notNull(point, "point");
    }
}
