package org.dataprice.quality;

import org.dataprice.error.Require;
import org.dataprice.explain.Explanation;

/**
 * The result of {@link Ahp#weigh}: the priority vector, the method that produced it, λmax, CI, RI,
 * CR and the verdict. An inconsistent matrix (CR ≥ {@link Ahp#CR_THRESHOLD}) is reported, not
 * rejected: the caller decides whether to accept it, and {@link #mostInconsistent()} says which
 * judgement to revisit.
 *
 * @param method           the weight method used; not null
 * @param weights          the priorities, summing to 1; not null
 * @param lambdaMax        the principal eigenvalue (estimated for {@link WeightMethod#GEOMETRIC_MEAN})
 * @param ci               (λmax − n)/(n − 1); 0 for n ≤ 2
 * @param ri               Saaty's RI(n)
 * @param cr               CI / RI; 0 when RI = 0
 * @param consistent       true when CR &lt; 0.10
 * @param mostInconsistent the judgement with the largest log deviation from w_i/w_j; not null
 * @param explanation      how it was computed; the last step holds CR; not null
 */
public record AhpResult(WeightMethod method, Weights weights, double lambdaMax, double ci, double ri, double cr,
        boolean consistent, Judgement mostInconsistent, Explanation explanation) {
    /** Checks nulls. */
    public AhpResult {
        Require.notNull(method, "method");
        Require.notNull(weights, "weights");
        Require.notNull(mostInconsistent, "mostInconsistent");
        Require.notNull(explanation, "explanation");
    }
}
