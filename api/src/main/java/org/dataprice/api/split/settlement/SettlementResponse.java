package org.dataprice.api.split.settlement;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import org.dataprice.api.explain.ExplanationResponse;

import java.time.Instant;
import java.util.List;

/**
 * A settlement as stored in the ledger: the answer of {@code POST /v1/settlements} and
 * {@code GET /v1/settlements/{id}}. Per period: Σ statement totals + retained + carried forward =
 * pool + carried in, exact to the minor unit.
 *
 * <p>The whole-settlement answer carries each statement's lines and total but not its explanation
 * ({@link StatementSummary}): at 10,000 parties × 13 periods the 130,000 explanations would make it
 * about 100 MB. A statement's explanation is served by {@code GET /v1/settlements/{id}/statements/{party}}
 * ({@link Statement}).
 *
 * @param id             the settlement's id
 * @param currency       the currency
 * @param createdAt      when it was recorded
 * @param createdBy      the principal that created it
 * @param periods        the periods, in order
 * @param totals         each party's total over the periods, in order of first appearance
 * @param totalPaid      Σ of every statement total
 * @param carriedForward the loss still carried forward after the last period (≤ 0)
 * @param explanation    the schedule: one step per period, the last the total paid
 */
@Serdeable
public record SettlementResponse(String id, String currency, Instant createdAt, String createdBy,
                                 List<PeriodResponse> periods, List<PartyTotal> totals, MoneyResponse totalPaid,
                                 MoneyResponse carriedForward, ExplanationResponse explanation) {

    /**
     * One period's settlement.
     *
     * @param index          0-based position
     * @param label          the period's label
     * @param pool           its pool
     * @param carriedIn      the loss carried in (≤ 0)
     * @param retained       undistributed because every dividend party is capped
     * @param carriedForward the loss carried to the next period (≤ 0)
     * @param totalPaid      Σ of its statement totals
     * @param statements     one per party, without explanation
     * @param explanation    the waterfall
     */
    @Serdeable
    public record PeriodResponse(int index, String label, MoneyResponse pool, MoneyResponse carriedIn,
                                 MoneyResponse retained, MoneyResponse carriedForward, MoneyResponse totalPaid,
                                 List<StatementSummary> statements, ExplanationResponse explanation) {
    }

    /**
     * A party's statement for one period as listed in the whole settlement: its lines and total; its
     * explanation is served with the party's statements ({@link Statement}).
     *
     * @param party the party
     * @param total Σ of its paid lines
     * @param lines its lines, in waterfall order
     */
    @Serdeable
    @Schema(description = "A party's statement in one period, without its explanation "
            + "(GET /v1/settlements/{id}/statements/{party} serves it)")
    public record StatementSummary(String party, MoneyResponse total, List<Line> lines) {
    }

    /**
     * A party's statement for one period (对账单), with its explanation: the answer of
     * {@code GET /v1/settlements/{id}/statements/{party}}.
     *
     * @param party       the party
     * @param total       Σ of its paid lines
     * @param lines       its lines, in waterfall order
     * @param explanation how they were computed: one LINE step per line, then the TOTAL step
     */
    @Serdeable
    public record Statement(String party, MoneyResponse total, List<Line> lines, ExplanationResponse explanation) {
    }

    /**
     * A statement line.
     *
     * @param kind   EARMARK, COMMISSION, PER_USE, ANNUAL, DIVIDEND, LOSS or SHORTFALL (not paid)
     * @param amount the amount
     * @param paid   whether it counts towards the total (false for SHORTFALL)
     * @param basis  how it was computed
     */
    @Serdeable
    public record Line(String kind, MoneyResponse amount, boolean paid, String basis) {
    }

    /**
     * @param party the party
     * @param total its total over every period
     */
    @Serdeable
    public record PartyTotal(String party, MoneyResponse total) {
    }
}
