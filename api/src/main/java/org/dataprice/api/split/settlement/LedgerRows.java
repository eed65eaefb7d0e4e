package org.dataprice.api.split.settlement;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The rows of the settlement ledger (table per record, migrations {@code V40__settlement_ledger.sql} and
 * {@code V44__settlement_period_documents.sql}: since V44 a period row carries its statements as one
 * document, and no statement or line rows are written).
 * The ledger is append-only: rows are inserted once, in one transaction per settlement (JDBC batches,
 * {@code SettlementService}), and never updated or deleted (the repositories only read). Amounts are exact decimals.
 */
public final class LedgerRows {
    private LedgerRows() {
    }

    /**
     * A settlement.
     *
     * @param id             its id (a time-ordered UUID, {@link org.dataprice.api.id.RecordIds})
     * @param currency       ISO 4217 code
     * @param periodCount    the number of periods
     * @param carriedForward the loss carried forward after the last period
     * @param createdAt      when it was recorded
     * @param createdBy      the principal that created it
     * @param explanation    the schedule's explanation, as JSON
     * @param totals         each party's total over every period ({@link StatementDocuments#writeTotals}) for
     *                       settlements recorded since migration V44; NULL before (their totals are summed
     *                       from their statement rows)
     */
    @MappedEntity("split_settlement")
    public record SettlementRow(@Id String id, String currency,
                                @MappedProperty("period_count") int periodCount,
                                @MappedProperty("carried_forward") BigDecimal carriedForward,
                                @MappedProperty("created_at") Instant createdAt,
                                @MappedProperty("created_by") String createdBy,
                                String explanation, @Nullable String totals) {
    }

    /**
     * A period of a settlement.
     *
     * @param id             row id
     * @param settlementId   the settlement
     * @param periodIndex    0-based position
     * @param label          the label
     * @param pool           the pool
     * @param carriedIn      the loss carried in
     * @param retained       the amount retained
     * @param carriedForward the loss carried forward
     * @param explanation    the waterfall, as JSON
     * @param statements     the period's statements ({@link StatementDocuments#writeStatements}) for settlements
     *                       recorded since migration V44; NULL before (statement and line rows), and NULL
     *                       in the summary query, which leaves the document out
     * @param statementCount the number of statements in the document; NULL before V44
     * @param totalPaid      Σ of their totals; NULL before V44
     */
    @MappedEntity("split_settlement_period")
    public record PeriodRow(@Id String id, @MappedProperty("settlement_id") String settlementId,
                            @MappedProperty("period_index") int periodIndex, String label, BigDecimal pool,
                            @MappedProperty("carried_in") BigDecimal carriedIn, BigDecimal retained,
                            @MappedProperty("carried_forward") BigDecimal carriedForward, String explanation,
                            @Nullable String statements,
                            @Nullable @MappedProperty("statement_count") Integer statementCount,
                            @Nullable @MappedProperty("total_paid") BigDecimal totalPaid,
                            @Nullable @MappedProperty("pool_source") String poolSource) {

        /** @return whether the period was recorded with a statements document (since V44) */
        public boolean documented() {
            return statementCount != null;
        }
    }

    /**
     * A party's statement in one period (settlements recorded before migration V44).
     *
     * @param id           row id
     * @param settlementId the settlement
     * @param periodIndex  the period
     * @param ordinal      the statement's position in the period
     * @param party        the party
     * @param total        Σ of its paid lines
     * @param explanation  the statement's explanation, as JSON, for settlements recorded before migration
     *                     V43; NULL afterwards (derived from the lines on read)
     */
    @MappedEntity("split_settlement_statement")
    public record StatementRow(@Id String id, @MappedProperty("settlement_id") String settlementId,
                               @MappedProperty("period_index") int periodIndex, int ordinal, String party,
                               BigDecimal total, @Nullable String explanation) {
    }

    /**
     * One payment line (settlements recorded before migration V44).
     *
     * @param id           row id
     * @param settlementId the settlement
     * @param periodIndex  the period
     * @param party        the party
     * @param lineNo       its position in the party's statement
     * @param kind         the line kind
     * @param amount       the amount
     * @param paid         whether it counts towards the total
     * @param basis        how it was computed
     */
    @MappedEntity("split_settlement_line")
    public record LineRow(@Id String id, @MappedProperty("settlement_id") String settlementId,
                          @MappedProperty("period_index") int periodIndex, String party,
                          @MappedProperty("line_no") int lineNo, String kind, BigDecimal amount, boolean paid,
                          String basis) {
    }

    /**
     * A principal allowed to read a party's statements.
     *
     * @param id           row id
     * @param settlementId the settlement
     * @param party        the party
     * @param principal    the principal name ({@code apikey:<id>} or a JWT {@code sub})
     */
    @MappedEntity("split_settlement_principal")
    public record PrincipalRow(@Id String id, @MappedProperty("settlement_id") String settlementId, String party,
                               String principal) {
    }
}
