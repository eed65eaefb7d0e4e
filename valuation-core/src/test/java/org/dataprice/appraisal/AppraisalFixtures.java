package org.dataprice.appraisal;

import org.dataprice.valuation.income.IncomeInputs;

/** The engagements of {@link AppraisalTest}, for tests in other packages (the report model and its templates). */
public final class AppraisalFixtures {
    private AppraisalFixtures() {
    }

    /** @return the three-approach engagement of {@link AppraisalTest#sut()} */
    public static Engagement.Builder sut() {
        return AppraisalTest.sut();
    }

    /**
     * @param income the income inputs
     * @return the engagement with those income inputs
     */
    public static Engagement.Builder sut(IncomeInputs income) {
        return AppraisalTest.sut(income);
    }

    /** @return income inputs whose incremental forecast is negative (the income approach warns) */
    public static IncomeInputs negativeCostSaving() {
        return AppraisalTest.negativeCostSaving();
    }
}
