package org.dataprice.api.pricing;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;

/** The comparable-transaction table. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface DealRepository extends CrudRepository<DealRow, String> {

    /** @return every deal, oldest first */
    List<DealRow> findAllOrderByConcludedAt();

    /**
     * @param productId a product
     * @return its deals, oldest first
     */
    List<DealRow> findByProductIdOrderByConcludedAt(String productId);

    /**
     * @param category a data category
     * @return its deals, oldest first
     */
    List<DealRow> findByCategoryOrderByConcludedAt(String category);

    /**
     * @param mode     how the price was formed
     * @param sourceId the negotiation or auction
     * @return the deal it concluded, if any
     */
    java.util.Optional<DealRow> findByModeAndSourceId(String mode, String sourceId);
}
