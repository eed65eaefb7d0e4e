package org.dataprice.api.split;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Optional;

/** The {@code contribution_run} table (V69): insert once per job, read by id. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ContributionRunRepository extends GenericRepository<ContributionRunRow, String> {
    /**
     * @param row the run to insert (in the transaction that marks its job SUCCEEDED)
     * @return the row inserted
     */
    ContributionRunRow save(ContributionRunRow row);

    /**
     * @param id a run id
     * @return the run
     */
    Optional<ContributionRunRow> findById(String id);

    /**
     * @param jobId a job
     * @return how many runs it stored (0 or 1)
     */
    long countByJobId(String jobId);
}
