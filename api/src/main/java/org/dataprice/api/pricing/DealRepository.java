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

    /**
     * @param productId a product
     * @param currency  a currency
     * @param from      first deal date
     * @return its deals in that currency from that date, oldest first
     */
    List<DealRow> findByProductIdAndCurrencyAndDealDateGreaterThanEqualsOrderByConcludedAt(String productId,
            String currency, java.time.LocalDate from);

    /**
     * @param category    a data category
     * @param pricingUnit a pricing unit
     * @param currency    a currency
     * @param from        first deal date
     * @return the deals of that category and unit in that currency from that date, oldest first
     */
    List<DealRow> findByCategoryAndPricingUnitAndCurrencyAndDealDateGreaterThanEqualsOrderByConcludedAt(String category,
            String pricingUnit, String currency, java.time.LocalDate from);
}
