package org.dataprice.api.valuation;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.Optional;

/** Append-only store of valuation analyses (V55): insert and read, no update, no delete. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface StoredAnalysisRepository extends GenericRepository<StoredAnalysis, String> {

    /**
     * @param analysis the row to insert
     * @return the row inserted
     */
    StoredAnalysis save(StoredAnalysis analysis);

    /**
     * @param valuationId the valuation
     * @param number      the run's number
     * @return the run, if any
     */
    Optional<StoredAnalysis> findByValuationIdAndNumber(String valuationId, int number);

    /**
     * @param valuationId the valuation
     * @return the highest run number stored for it, 0 when none
     */
    @Query("SELECT COALESCE(MAX(seq), 0) FROM valuation_analysis WHERE valuation_id = :valuationId")
    int lastNumber(String valuationId);

    /**
     * @param valuationId the valuation
     * @param kind        {@link AnalysisKind#name()}
     * @return its latest run of that kind (highest number), if any
     */
    Optional<StoredAnalysis> findFirstByValuationIdAndKindOrderByNumberDesc(String valuationId, String kind);

    /**
     * The listed columns of a valuation's runs, oldest first (without the JSON documents).
     *
     * @param valuationId the valuation
     * @return the runs
     */
    List<AnalysisSummary> findByValuationIdOrderByNumber(String valuationId);
}
