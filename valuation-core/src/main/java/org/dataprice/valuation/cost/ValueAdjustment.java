package org.dataprice.valuation.cost;

import org.dataprice.error.Require;
import org.dataprice.error.Rule;

/**
 * The value adjustment coefficient U (价值调整系数) of the cost approach, CAS 2023 art. 24(三): it
 * corrects for the gap between the state implied by the full investment and the actual state on the
 * valuation date. Three routes:
 * <ul>
 *   <li>{@link FromQuality}: U = Q, the composite quality score ({@link org.dataprice.quality.QualityScoring});
 *       {@link Scored} is the same route carrying the scored {@link org.dataprice.quality.QualityScore} itself, so an
 *       appraisal that reports the quality score need not score it again;</li>
 *   <li>{@link RemainingLife}: U = remaining economic life / total economic life;</li>
 *   <li>{@link Given}: a coefficient the appraiser determined otherwise.</li>
 * </ul>
 * Every route requires U &gt; 0; U &gt; 1 (a premium over cost) only through {@link Given} with its
 * {@code premium} flag set and a reason.
 */
public sealed interface ValueAdjustment {
    /** @return U */
    double u();

    /** @return the route's name for explanations */
    String route();

    /**
     * @param qualityScore Q ∈ (0, 1]
     * @return U = Q
     */
    static ValueAdjustment fromQuality(double qualityScore) {
        return new FromQuality(qualityScore);
    }

    /**
     * @param score a composite quality score with Q &gt; 0; not null
     * @return U = Q, keeping the score (same U, route and explanation as {@link #fromQuality(double)})
     */
    static ValueAdjustment fromQuality(org.dataprice.quality.QualityScore score) {
        return new Scored(score);
    }

    /**
     * @param remaining remaining economic life, in years, &gt; 0 and ≤ total
     * @param total     total economic life, in years, &gt; 0
     * @return U = remaining / total
     */
    static ValueAdjustment remainingLife(double remaining, double total) {
        return new RemainingLife(remaining, total);
    }

    /**
     * @param u U &gt; 0 and ≤ 1
     * @return the given coefficient
     */
    static ValueAdjustment given(double u) {
        return new Given(u, false, "");
    }

    /**
     * U = Q from a composite quality score.
     *
     * @param qualityScore Q ∈ (0, 1]; Q = 0 gives U = 0, which is rejected
     */
    record FromQuality(double qualityScore) implements ValueAdjustment {
        /** Validates. */
        public FromQuality {
            Require.inClosedRange(qualityScore, 0, 1, "qualityScore");
            Require.positive(qualityScore, "qualityScore");
        }

        @Override
        public double u() {
            return qualityScore;
        }

        @Override
        public String route() {
            return "quality score U = Q";
        }
    }

    /**
     * U = Q from a composite quality score, keeping the score with its explanation: the route by which an
     * engagement's own quality sets the cost approach's U ({@code org.dataprice.appraisal.Engagement.Builder#qualityAdjustment}),
     * scored once. U, {@link #route()} and hence the cost approach's explanation and input hash are exactly those of
     * {@link FromQuality} with the same Q.
     *
     * @param score the composite quality score, Q ∈ (0, 1]; not null
     */
    record Scored(org.dataprice.quality.QualityScore score) implements ValueAdjustment {
        /** Validates. */
        public Scored {
            Require.notNull(score, "score");
            Require.positive(score.score(), "qualityScore");
        }

        @Override
        public double u() {
            return score.score();
        }

        @Override
        public String route() {
            return "quality score U = Q";
        }
    }

    /**
     * U = remaining / total economic life.
     *
     * @param remaining the remaining life in years, 0 &lt; remaining ≤ total
     * @param total     the total life in years, &gt; 0
     */
    record RemainingLife(double remaining, double total) implements ValueAdjustment {
        /** Validates. */
        public RemainingLife {
            Require.positive(total, "total");
            Require.positive(remaining, "remaining");
            Require.atMost(remaining, total, "remaining");
        }

        @Override
        public double u() {
            return remaining / total;
        }

        @Override
        public String route() {
            return "remaining-life ratio U = remaining / total";
        }
    }

    /**
     * A coefficient determined by the appraiser.
     *
     * @param u       U &gt; 0; &gt; 1 only when {@code premium}
     * @param premium true to allow U &gt; 1 (value above adjusted cost)
     * @param reason  why a premium is justified; not blank when {@code premium}; not null
     */
    record Given(double u, boolean premium, String reason) implements ValueAdjustment {
        /** Validates. */
        public Given {
            Require.positive(u, "u");
            Require.notNull(reason, "reason");
            if (!premium) {
                Require.that(u <= 1, "u", u, Rule.AT_MOST, "1 unless premium is set with a reason");
            } else {
                Require.notBlank(reason, "reason");
            }
        }

        @Override
        public String route() {
            return premium ? "given with premium: " + reason : "given";
        }
    }
}
