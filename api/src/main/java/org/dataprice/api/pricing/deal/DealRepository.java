package org.dataprice.api.pricing.deal;

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

    /**
     * The deals a settlement draws its pool from, oldest first (ties by id).
     *
     * @param productId the product
     * @param listingId one listing, or null for all
     * @param from      first deal date, inclusive
     * @param to        last deal date, inclusive
     * @param limit     the most rows read
     * @return the deals
     */
    @Query("SELECT * FROM pricing_deal WHERE product_id = :productId "
            + "AND (CAST(:listingId AS VARCHAR(64)) IS NULL OR listing_id = :listingId) "
            + "AND deal_date >= :from AND deal_date <= :to ORDER BY concluded_at, id LIMIT :limit")
    List<DealRow> forPool(String productId, @io.micronaut.core.annotation.Nullable String listingId, java.time.LocalDate from,
                          java.time.LocalDate to, int limit);

    /**
     * The listing's latest deal before a given one in (concluded_at, id) order: one read of the index
     * {@code pricing_deal_listing_concluded} (V71).
     *
     * @param listingId   the listing
     * @param concludedAt the given deal's conclusion time
     * @param dealId      the given deal's id (left out; ties at the same instant ordered by id)
     * @return the previous deal, at most one
     */
    @Query("SELECT * FROM pricing_deal WHERE listing_id = :listingId AND id <> :dealId AND (concluded_at < :concludedAt "
            + "OR (concluded_at = :concludedAt AND id < :dealId)) ORDER BY concluded_at DESC, id DESC LIMIT 1")
    List<DealRow> previousOfListing(String listingId, java.time.Instant concludedAt, String dealId);

    /**
     * The deals of a date window, oldest first (ties by id): what the price index copies.
     *
     * @param from  first deal date, inclusive
     * @param to    last deal date, inclusive
     * @param limit the most rows read
     * @return the deals
     */
    @Query("SELECT * FROM pricing_deal WHERE deal_date >= :from AND deal_date <= :to ORDER BY concluded_at, id "
            + "LIMIT :limit")
    List<DealRow> concludedBetween(java.time.LocalDate from, java.time.LocalDate to, int limit);

    /** The filter of {@link #search} and {@link #countMatching}; a null parameter matches everything. */
    String FILTER = "FROM pricing_deal WHERE (CAST(:productId AS VARCHAR(200)) IS NULL OR product_id = :productId) "
            + "AND (CAST(:category AS VARCHAR(32)) IS NULL OR category = :category) "
            + "AND (CAST(:from AS DATE) IS NULL OR deal_date >= :from) "
            + "AND (CAST(:to AS DATE) IS NULL OR deal_date <= :to)";

    /**
     * @param productId a product, or null
     * @param category  a category, or null
     * @param from      first deal date, or null
     * @param to        last deal date, or null
     * @param limit     the page size
     * @param offset    the rows skipped
     * @return one page of the matching deals, oldest first (ties by id)
     */
    @Query("SELECT * " + FILTER + " ORDER BY concluded_at, id LIMIT :limit OFFSET :offset")
    List<DealRow> search(@io.micronaut.core.annotation.Nullable String productId,
                         @io.micronaut.core.annotation.Nullable String category,
                         @io.micronaut.core.annotation.Nullable java.time.LocalDate from,
                         @io.micronaut.core.annotation.Nullable java.time.LocalDate to, int limit, long offset);

    /**
     * @param productId a product, or null
     * @param category  a category, or null
     * @param from      first deal date, or null
     * @param to        last deal date, or null
     * @return the number of matching deals
     */
    @Query("SELECT COUNT(*) " + FILTER)
    long countMatching(@io.micronaut.core.annotation.Nullable String productId,
                       @io.micronaut.core.annotation.Nullable String category,
                       @io.micronaut.core.annotation.Nullable java.time.LocalDate from,
                       @io.micronaut.core.annotation.Nullable java.time.LocalDate to);
}
