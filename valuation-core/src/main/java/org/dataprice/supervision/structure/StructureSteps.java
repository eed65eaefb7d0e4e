package org.dataprice.supervision.structure;

import org.dataprice.explain.StepKey;

/** The step keys of the explanations in {@code org.dataprice.supervision.structure}. */
public final class StructureSteps {
    /** The Herfindahl–Hirschman index. */
    public static final StepKey HHI = StepKey.of("structure.hhi", "HHI Σ (100 s_i)²");
    /** Its change from the previous month. */
    public static final StepKey DELTA = StepKey.of("structure.deltaHhi", "ΔHHI against the previous month");
    /** The presumption of dominance by shares. */
    public static final StepKey DOMINANCE = StepKey.of("structure.dominance", "Shares presuming dominance (反垄断法 第二十四条)");

    private StructureSteps() {
    }
}
