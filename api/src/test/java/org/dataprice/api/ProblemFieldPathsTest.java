package org.dataprice.api;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link ProblemFieldPaths}: the check every HTTP test runs on a problem's field can fail. */
class ProblemFieldPathsTest {
    @Test
    void test_check_coreNamesLeak() {
        assertThat(ProblemFieldPaths.check("POST", "/v1/appraisal/quality", "judgements[1][0]")).contains("judgements");
        assertThat(ProblemFieldPaths.check("POST", "/v1/appraisal/income", "forecast.shareRate.k")).contains("'k'");
        assertThat(ProblemFieldPaths.check("POST", "/v1/appraisal/market", "volumeExponent.exponent")).isNotNull();
    }

    @Test
    void test_check_requestPathsPass() {
        assertThat(ProblemFieldPaths.check("POST", "/v1/appraisal/quality", "matrix[1][0]")).isNull();
        assertThat(ProblemFieldPaths.check("POST", "/v1/appraisal/quality", "criteria[0].score")).isNull();
        assertThat(ProblemFieldPaths.check("POST", "/v1/appraisal/income", "forecast.shareRate")).isNull();
        assertThat(ProblemFieldPaths.check("POST", "/v1/finance/npv", "compounding.kind")).isNull();
    }
}
