package org.dataprice.api.accounting;

import io.micronaut.serde.annotation.Serdeable;
import org.dataprice.api.explain.ExplanationResponse;

import java.math.BigDecimal;
import java.util.List;

/**
 * A monthly amortisation schedule; the lines sum exactly to {@code amortisable}.
 *
 * @param currency      ISO 4217 code
 * @param cost          the cost
 * @param residualValue the residual value
 * @param amortisable   cost − residual value
 * @param method        the method
 * @param lines         one line per month
 * @param byYear        annual totals, by calendar year
 * @param explanation   how it was computed; the last step is the total amortisation
 */
@Serdeable
public record AmortisationResponse(String currency, BigDecimal cost, BigDecimal residualValue, BigDecimal amortisable,
                                   String method, List<Line> lines, List<YearTotal> byYear,
                                   ExplanationResponse explanation) {
    /**
     * One month.
     *
     * @param number       1-based month number
     * @param period       the month, {@code YYYY-MM}
     * @param opening      carrying amount at the start
     * @param amortisation the month's charge
     * @param accumulated  accumulated amortisation at the end
     * @param closing      carrying amount at the end
     */
    @Serdeable
    public record Line(int number, String period, BigDecimal opening, BigDecimal amortisation, BigDecimal accumulated,
                       BigDecimal closing) {
    }

    /**
     * @param year   the calendar year
     * @param amount the year's amortisation
     */
    @Serdeable
    public record YearTotal(int year, BigDecimal amount) {
    }
}
