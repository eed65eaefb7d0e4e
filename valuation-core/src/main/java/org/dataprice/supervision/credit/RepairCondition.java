package org.dataprice.supervision.credit;

/**
 * A condition of credit repair (信用修复) that the party declares met, after the NDRC measures on credit repair
 * (《失信行为纠正后的信用信息修复管理办法（试行）》, 2023): the act corrected, the obligations (penalties, damages)
 * fulfilled, and a credit commitment (信用承诺) signed.
 */
public enum RepairCondition {
    /** 已纠正失信行为. */
    CORRECTED,
    /** 已履行法定义务 (penalties paid, obligations fulfilled). */
    OBLIGATIONS_FULFILLED,
    /** 已作出信用承诺. */
    COMMITMENT
}
