package org.dataprice.finance.lattice;

import org.dataprice.explain.StepKey;

/** The step keys of the binomial-tree explanations. */
public final class LatticeSteps {
    /** The time step dt = T / n. */
    public static final StepKey TIME_STEP = StepKey.of("lattice.dt", "Time step dt = T / n");
    /** The up factor u. */
    public static final StepKey UP = StepKey.of("lattice.u", "Up factor u = exp(sigma sqrt(dt))");
    /** The down factor d. */
    public static final StepKey DOWN = StepKey.of("lattice.d", "Down factor d = 1/u");
    /** The risk-neutral probability p. */
    public static final StepKey PROBABILITY = StepKey.of("lattice.p", "Probability of an up move p");
    /** The value with a given number of steps (odd/even averaging). */
    public static final StepKey STEP_VALUE = StepKey.of("lattice.stepValue", "Tree value with n steps");
    /** Delta from the first step. */
    public static final StepKey DELTA = StepKey.of("lattice.delta", "Delta from the first step");
    /** Gamma from the second step. */
    public static final StepKey GAMMA = StepKey.of("lattice.gamma", "Gamma from the second step");
    /** The static value without flexibility. */
    public static final StepKey STATIC_VALUE = StepKey.of("lattice.staticValue", "Static NPV without options");
    /** The premium of the options. */
    public static final StepKey OPTION_PREMIUM = StepKey.of("lattice.optionPremium", "Option premium (expanded - static)");
    /** The option or project value. */
    public static final StepKey VALUE = StepKey.of("lattice.value", "Tree value V0");

    private LatticeSteps() {
    }
}
