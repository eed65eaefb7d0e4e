package org.dataprice.api.split.settlement;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import org.dataprice.api.explain.ExplanationResponse;
import org.dataprice.money.Money;
import org.dataprice.split.pool.DealPool;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A settlement as stored in the ledger, summarised: the answer of {@code POST /v1/settlements} and
 * {@code GET /v1/settlements/{id}}. Per period: Σ statement totals ({@code totalPaid}) + retained +
 * carried forward = pool + carried in, exact to the minor unit.
 *
 * <p>The summary lists no statements: each period gives its statement count and the link to its
 * statements, served a page at a time by {@code GET /v1/settlements/{id}/periods/{index}/statements}
 * ({@link StatementSummary}: lines and total); one party's statements with their explanations are
 * served by {@code GET /v1/settlements/{id}/statements/{party}} ({@link Statement}). At 10,000 parties ×
 * 13 periods the statements would make the answer about 31 MB (100 MB with their explanations); the
 * summary is one entry per period plus one total per party.
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
 * @param authorisations the payments that cite the data authorisation they pay for (issue 16), in term order; absent
 *                       from the JSON when none does (empty lists are not written)
 */
@Serdeable
public record SettlementResponse(String id, String currency, Instant createdAt, String createdBy,
                                 List<PeriodResponse> periods, List<PartyTotal> totals, MoneyResponse totalPaid,
                                 MoneyResponse carriedForward, ExplanationResponse explanation,
                                 List<org.dataprice.api.registry.PaymentAuthorisation> authorisations) {
    /**
     * A settlement whose payments cite no authorisation (see the canonical constructor).
     *
     * @param id             the settlement's id
     * @param currency       the currency
     * @param createdAt      when it was recorded
     * @param createdBy      the principal that created it
     * @param periods        the periods
     * @param totals         each party's total
     * @param totalPaid      Σ of every statement total
     * @param carriedForward the loss still carried forward
     * @param explanation    the schedule
     */
    public SettlementResponse(String id, String currency, Instant createdAt, String createdBy,
                              List<PeriodResponse> periods, List<PartyTotal> totals, MoneyResponse totalPaid,
                              MoneyResponse carriedForward, ExplanationResponse explanation) {
        this(id, currency, createdAt, createdBy, periods, totals, totalPaid, carriedForward, explanation, List.of());
    }

    /**
     * @param cited the payments citing an authorisation
     * @return this settlement with them
     */
    public SettlementResponse withAuthorisations(List<org.dataprice.api.registry.PaymentAuthorisation> cited) {
        return new SettlementResponse(id, currency, createdAt, createdBy, periods, totals, totalPaid, carriedForward,
                explanation, List.copyOf(cited));
    }

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
     * @param statementCount the number of its statements (one per party settled in it)
     * @param statements     the link to its statements, {@code /v1/settlements/{id}/periods/{index}/statements}
     * @param explanation    the waterfall
     * @param poolSource     when the pool was drawn from deals, the link to them
     *                       ({@code /v1/settlements/{id}/periods/{index}/deals}); absent for a pool given as an amount
     */
    @Serdeable
    public record PeriodResponse(int index, String label, MoneyResponse pool, MoneyResponse carriedIn,
                                 MoneyResponse retained, MoneyResponse carriedForward, MoneyResponse totalPaid,
                                 int statementCount,
                                 @Schema(description = "Link to the period's statements, paged",
                                         example = "/v1/settlements/0b7c6f0e-3f7a-4a53-9a0e-6f1c1f7a2b11/periods/0/statements")
                                 String statements,
                                 ExplanationResponse explanation,
                                 @Nullable String poolSource) {
    }

    /**
     * What a period's pool was drawn from: the product (and listing) and dates asked for, and every deal summed.
     * pool = Σ {@code deals[].total}, exact.
     *
     * @param productId the product
     * @param listingId the listing, or null for every listing of the product
     * @param from      first deal date, inclusive
     * @param to        last deal date, inclusive
     * @param pool      the pool (Σ of the deals' totals)
     * @param dealCount the number of deals
     * @param deals     the deals, oldest first
     */
    @Serdeable
    @Schema(name = "SettlementPoolSource")
    public record PoolSource(String productId, @Nullable String listingId, LocalDate from, LocalDate to, MoneyResponse pool,
                             int dealCount, List<DrawnDeal> deals) {
        /**
         * @param source the deals drawn
         * @param pool   the pool they make
         * @return the stored form
         */
        static PoolSource of(DealPool source, Money pool) {
            List<DrawnDeal> deals = source.deals().stream()
                    .map(d -> new DrawnDeal(d.dealId(), d.dealDate(), d.total().amount().toPlainString())).toList();
            return new PoolSource(source.productId(), source.listingId(), source.from(), source.to(),
                    SettlementMapper.toResponse(pool), deals.size(), deals);
        }
    }

    /**
     * One deal summed into a pool.
     *
     * @param id    the deal id ({@code GET /v1/deals/{id}})
     * @param date  its deal date
     * @param total its total price, in the settlement's currency
     */
    @Serdeable
    @Schema(name = "SettlementDrawnDeal")
    public record DrawnDeal(String id, LocalDate date, String total) {
    }

    /**
     * A party's statement for one period as listed in a page of the period's statements: its lines and
     * total; its explanation is served with the party's statements ({@link Statement}).
     *
     * @param party the party
     * @param total Σ of its paid lines
     * @param lines its lines, in waterfall order
     */
    @Serdeable
    @Schema(description = "A party's statement in one period, without its explanation "
            + "(GET /v1/settlements/{id}/statements/{party} serves it)",
            example = "{\"party\": \"A\", \"total\": {\"amount\": \"2954.20\", \"currency\": \"CNY\"}, \"lines\": ["
                    + "{\"kind\": \"PER_USE\", \"amount\": {\"amount\": \"500.05\", \"currency\": \"CNY\"}, \"paid\": true, "
                    + "\"basis\": \"CNY 0.05 x 10001 calls\"}]}")
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
