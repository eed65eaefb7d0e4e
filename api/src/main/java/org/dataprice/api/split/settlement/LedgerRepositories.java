package org.dataprice.api.split.settlement;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.Optional;

/**
 * The append-only ledger's repositories (statement and line rows exist only for settlements recorded
 * before migration V44): read, nothing else (no update, no delete; rows are inserted by
 * {@code SettlementService} with JDBC batches; {@code SettlementReadService} reads).
 * Dialect PostgreSQL; H2 runs in PostgreSQL mode.
 */
public final class LedgerRepositories {
    private LedgerRepositories() {
    }

    /** Settlements. */
    @JdbcRepository(dialect = Dialect.POSTGRES)
    public interface Settlements extends GenericRepository<LedgerRows.SettlementRow, String> {
        /**
         * @param id the id
         * @return the row
         */
        Optional<LedgerRows.SettlementRow> findById(String id);
    }

    /** Periods. */
    @JdbcRepository(dialect = Dialect.POSTGRES)
    public interface Periods extends GenericRepository<LedgerRows.PeriodRow, String> {
        /**
         * The periods without their statements documents (a summary reads only the counts and totals).
         *
         * @param settlementId the settlement
         * @return its periods in order, {@code statements} NULL, {@code pool_source} only a marker ("deals" when the
         *         pool was drawn from deals, else NULL: the summary links to them, it does not list them)
         */
        @Query("SELECT id, settlement_id, period_index, label, pool, carried_in, retained, carried_forward, explanation, "
                + "CAST(NULL AS TEXT) AS statements, statement_count, total_paid, "
                + "CAST(CASE WHEN pool_source IS NULL THEN NULL ELSE 'deals' END AS TEXT) AS pool_source "
                + "FROM split_settlement_period WHERE settlement_id = :settlementId ORDER BY period_index")
        List<LedgerRows.PeriodRow> findBySettlement(String settlementId);

        /**
         * @param settlementId the settlement
         * @param periodIndex  the period's 0-based index
         * @return the period with its statements document (NULL before V44)
         */
        @Query("SELECT * FROM split_settlement_period WHERE settlement_id = :settlementId AND period_index = :periodIndex")
        Optional<LedgerRows.PeriodRow> findBySettlementAndIndex(String settlementId, int periodIndex);
    }

    /** Statements. */
    @JdbcRepository(dialect = Dialect.POSTGRES)
    public interface Statements extends GenericRepository<LedgerRows.StatementRow, String> {
        /**
         * @param settlementId the settlement
         * @return its statements by period, then in order
         */
        @Query("SELECT * FROM split_settlement_statement WHERE settlement_id = :settlementId ORDER BY period_index, ordinal")
        List<LedgerRows.StatementRow> findBySettlement(String settlementId);

        /**
         * @param settlementId the settlement
         * @param party        the party
         * @return the party's statements by period
         */
        @Query("SELECT * FROM split_settlement_statement WHERE settlement_id = :settlementId AND party = :party "
                + "ORDER BY period_index")
        List<LedgerRows.StatementRow> findBySettlementAndParty(String settlementId, String party);

        /**
         * @param settlementId the settlement
         * @param periodIndex  the period
         * @return the period's statements in order
         */
        @Query("SELECT * FROM split_settlement_statement WHERE settlement_id = :settlementId "
                + "AND period_index = :periodIndex ORDER BY ordinal")
        List<LedgerRows.StatementRow> findBySettlementAndPeriod(String settlementId, int periodIndex);
    }

    /** Payment lines. */
    @JdbcRepository(dialect = Dialect.POSTGRES)
    public interface Lines extends GenericRepository<LedgerRows.LineRow, String> {
        /**
         * @param settlementId the settlement
         * @return its lines by period, party and position
         */
        @Query("SELECT * FROM split_settlement_line WHERE settlement_id = :settlementId ORDER BY period_index, party, line_no")
        List<LedgerRows.LineRow> findBySettlement(String settlementId);

        /**
         * @param settlementId the settlement
         * @param party        the party
         * @return its lines by period and position
         */
        @Query("SELECT * FROM split_settlement_line WHERE settlement_id = :settlementId AND party = :party "
                + "ORDER BY period_index, line_no")
        List<LedgerRows.LineRow> findBySettlementAndParty(String settlementId, String party);

        /**
         * @param settlementId the settlement
         * @param periodIndex  the period
         * @return the period's lines by party and position
         */
        @Query("SELECT * FROM split_settlement_line WHERE settlement_id = :settlementId AND period_index = :periodIndex "
                + "ORDER BY party, line_no")
        List<LedgerRows.LineRow> findBySettlementAndPeriod(String settlementId, int periodIndex);

        /**
         * @param settlementId the settlement
         * @return the number of its lines
         */
        @Query("SELECT COUNT(*) FROM split_settlement_line WHERE settlement_id = :settlementId")
        long countBySettlement(String settlementId);
    }

    /** Principals allowed to read a party's statements. */
    @JdbcRepository(dialect = Dialect.POSTGRES)
    public interface Principals extends GenericRepository<LedgerRows.PrincipalRow, String> {
        /**
         * @param settlementId the settlement
         * @param principal    the principal name
         * @return the parties of the settlement whose statements it may read
         */
        @Query("SELECT * FROM split_settlement_principal WHERE settlement_id = :settlementId AND principal = :principal")
        List<LedgerRows.PrincipalRow> findBySettlementAndPrincipal(String settlementId, String principal);
    }
}
