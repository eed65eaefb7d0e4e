package org.dataprice.split.nucleolus;

import java.util.Arrays;
import org.dataprice.error.Require;
import org.dataprice.explain.Explanation;
import org.dataprice.split.game.BankruptcyGame;
import org.dataprice.split.game.PlayerValues;

/**
 * The Talmud rule for dividing an estate among claims (塔木德规则), in closed form; Aumann &amp; Maschler
 * (1985) prove it is the nucleolus of the {@link BankruptcyGame}. With D = Σd and the constrained-equal-
 * awards rule CEA(E, c)<sub>i</sub> = min(c<sub>i</sub>, λ), Σ = E:
 * <ul>
 *   <li>E ≤ D/2: x = CEA(E, d/2) — equal awards, nobody more than half their claim;</li>
 *   <li>E &gt; D/2: x<sub>i</sub> = d<sub>i</sub> − CEA(D − E, d/2)<sub>i</sub> — equal losses, nobody losing more
 *       than half their claim.</li>
 * </ul>
 * O(n log n). Used to pay claims a pool cannot cover in full when the parties agree on the Talmud
 * principle, and as an independent check of the nucleolus. Stateless and thread-safe.
 *
 * <p>Source: Aumann &amp; Maschler, J. Economic Theory 36 (1985) 195–213; Thomson, "Axiomatic and
 * game-theoretic analysis of bankruptcy and taxation problems", Math. Social Sciences 45 (2003) 249–297.
 */
public final class TalmudRule {
    /** The default instance. */
    public static final TalmudRule DEFAULT = new TalmudRule();

    private TalmudRule() {
    }

    /**
     * @param game the estate and claims; not null
     * @return the awards, in the claimants' order
     */
    public PlayerValues compute(BankruptcyGame game) {
        Require.notNull(game, "game");
        double[] d = game.claims();
        double e = game.estate();
        double total = 0;
        double[] half = new double[d.length];
        for (int i = 0; i < d.length; i++) {
            total += d[i];
            half[i] = d[i] / 2;
        }
        double[] x;
        if (e <= total / 2) {
            x = equalAwards(e, half);
        } else {
            double[] loss = equalAwards(total - e, half);
            x = new double[d.length];
            for (int i = 0; i < d.length; i++) {
                x[i] = d[i] - loss[i];
            }
        }
        String method = "split.bankruptcy.talmud";
        return PlayerValues.explained(method, x, "E <= D/2: CEA(E, d/2); else d - CEA(D - E, d/2)",
                "Aumann & Maschler (1985), J. Economic Theory 36, 195-213",
                Explanation.builder(method).input("estate", e, "").input("claimants", d.length));
    }

    /** CEA(amount, caps)_i = min(caps_i, λ), Σ = amount ≤ Σ caps. */
    private static double[] equalAwards(double amount, double[] caps) {
        int n = caps.length;
        double[] sorted = caps.clone();
        Arrays.sort(sorted);
        double left = amount;
        double lambda = 0;
        for (int k = 0; k < n; k++) {
            double need = (sorted[k] - (k == 0 ? 0 : sorted[k - 1])) * (n - k); // raise the n − k uncapped to the next cap
            if (need >= left) {
                lambda = (k == 0 ? 0 : sorted[k - 1]) + left / (n - k);
                left = 0;
                break;
            }
            left -= need;
            lambda = sorted[k];
        }
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = Math.min(caps[i], lambda);
        }
        return x;
    }
}
