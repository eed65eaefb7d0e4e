package org.dataprice.accounting;

/**
 * The five conditions of CAS 6 §9 (《企业会计准则第6号——无形资产》第九条) under which development-phase
 * expenditure on a self-developed data resource is capitalised. All five must hold.
 *
 * @param technicalFeasibility   (一) 完成该无形资产以使其能够使用或出售在技术上具有可行性
 * @param intentionToComplete    (二) 具有完成该无形资产并使用或出售的意图
 * @param wayToGenerateBenefits  (三) 产生经济利益的方式 (a market for its output or itself, or its usefulness if used internally)
 * @param adequateResources      (四) 有足够的技术、财务资源和其他资源支持完成开发，并有能力使用或出售
 * @param reliableMeasurement    (五) 归属于该无形资产开发阶段的支出能够可靠地计量
 */
public record DevelopmentCriteria(boolean technicalFeasibility, boolean intentionToComplete,
        boolean wayToGenerateBenefits, boolean adequateResources, boolean reliableMeasurement) {
    /** All five criteria hold. */
    public static final DevelopmentCriteria ALL_MET = new DevelopmentCriteria(true, true, true, true, true);
    /** None holds (also the value to give for resources that are not developed in house). */
    public static final DevelopmentCriteria NONE_MET = new DevelopmentCriteria(false, false, false, false, false);

    /** @return true when all five criteria hold */
    public boolean allMet() {
        return technicalFeasibility && intentionToComplete && wayToGenerateBenefits && adequateResources
                && reliableMeasurement;
    }

    /** @return the criteria that fail, by their CAS 6 §9 numbers, e.g. {@code "(二), (五)"}; empty when all hold */
    public String failing() {
        StringBuilder s = new StringBuilder();
        String[] n = {"(一) technical feasibility", "(二) intention", "(三) way to generate benefits",
            "(四) resources", "(五) reliable measurement"};
        boolean[] ok = {technicalFeasibility, intentionToComplete, wayToGenerateBenefits, adequateResources,
            reliableMeasurement};
        for (int i = 0; i < 5; i++) {
            if (!ok[i]) {
                s.append(s.length() == 0 ? "" : ", ").append(n[i]);
            }
        }
        return s.toString();
    }
}
