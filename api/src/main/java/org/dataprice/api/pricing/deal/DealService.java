package org.dataprice.api.pricing.deal;

import org.dataprice.api.id.RecordIds;
import org.dataprice.api.pricing.listing.ListingRow;

import io.micronaut.context.BeanProvider;
import jakarta.inject.Singleton;
import org.dataprice.api.index.ConcludedDeals;
import org.dataprice.api.ledger.Ledger;
import org.dataprice.api.ledger.LedgerChain;
import org.dataprice.api.registry.RegistryCitations;
import org.dataprice.api.problem.ProblemException;
import org.dataprice.api.problem.ProblemType;
import org.dataprice.api.admission.NegativeListService;
import org.dataprice.money.Money;
import org.dataprice.pricing.Deal;
import org.dataprice.index.transaction.MarketDeal;
import org.dataprice.pricing.listing.DataCategory;
import org.dataprice.split.pool.DealPool;
import org.dataprice.split.pool.DealRevenue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * The comparable-transaction store: every concluded deal, written in the transaction that concludes
 * it, and read back by product or category for the market approach and the price index (through the index's
 * port {@link ConcludedDeals}: the index never reads {@code pricing_deal} itself).
 */
@Singleton
public class DealService implements ConcludedDeals {
    private final DealRepository deals;
    private final LedgerChain chain;
    private final NegativeListService negativeList;
    private final RegistryCitations registry;
    private final BeanProvider<DealMonitor> monitor;

    /**
     * @param deals        the deal table
     * @param chain        the ledger chain (every deal is a record of the deals ledger)
     * @param negativeList the negative list (a deal on a listing the list in force prohibits is refused)
     * @param registry     the registry: a deal carries its listing's registration citation
     * @param monitor      the market monitor, called with every recorded deal in its transaction (lazily resolved: it
     *                     reads deals through this service)
     */
    public DealService(DealRepository deals, LedgerChain chain, NegativeListService negativeList, RegistryCitations registry,
                       BeanProvider<DealMonitor> monitor) {
        this.deals = deals;
        this.chain = chain;
        this.negativeList = negativeList;
        this.registry = registry;
        this.monitor = monitor;
    }

    /**
     * Records a deal of one unit (a licence) at the deal price. Must run inside the transaction that
     * concluded it.
     *
     * @param deal       the core deal
     * @param listing    its listing (product, category, use, unit)
     * @param rightsType the usage scope sold
     * @param sourceId   the negotiation or auction
     * @return the stored row
     */
    public DealRow record(Deal deal, ListingRow listing, String rightsType, String sourceId) {
        return record(deal, listing, rightsType, sourceId, deal.price().amount(), BigDecimal.ONE);
    }

    /**
     * Records a deal of {@code quantity} units of the listing's pricing unit whose total is the deal
     * price (a fixed-price purchase of a volume). Must run inside the transaction that concluded it.
     *
     * @param deal       the core deal; its price is the total
     * @param listing    its listing (product, category, use, unit)
     * @param rightsType the usage scope sold
     * @param sourceId   the negotiation, auction or purchase
     * @param unitPrice  the price per unit (total / quantity, at the column's scale)
     * @param quantity   the units sold, &gt; 0
     * @return the stored row
     * @throws org.dataprice.error.InvalidInputException 422 {@code prohibited} on {@code listing.admission} when the
     *         negative list in force prohibits the listing (it may have changed since the listing was admitted)
     */
    public DealRow record(Deal deal, ListingRow listing, String rightsType, String sourceId, BigDecimal unitPrice,
                   BigDecimal quantity) {
        negativeList.requireDealAdmitted(listing.id(), listing.productId(), listing.category());
        DealRow row = DealMapper.toRow(RecordIds.nextId(deal.at()), deal, listing, rightsType, sourceId, unitPrice,
                quantity);
        DealRow saved = deals.save(row);
        chain.append(Ledger.DEALS, saved.id());
        registry.citedBy(RegistryCitations.Kind.LISTING, listing.id()).ifPresent(registrationId -> registry.cite(
                RegistryCitations.Kind.DEAL, saved.id(), registrationId, saved.sellerId(), saved.concludedAt()));
        monitor.ifPresent(m -> m.recorded(saved));
        return saved;
    }

    /**
     * @param mode     NEGOTIATED or AUCTION
     * @param sourceId the negotiation or auction
     * @return the deal's id, or null
     */
    public String dealIdOf(String mode, String sourceId) {
        return deals.findByModeAndSourceId(mode, sourceId).map(DealRow::id).orElse(null);
    }

    /**
     * @param productId a product, or null
     * @param category  a category, or null (ignored when a product is given)
     * @return the matching deals, oldest first
     */
    public List<DealResponse> list(String productId, String category) {
        List<DealRow> rows = productId != null ? deals.findByProductIdOrderByConcludedAt(productId)
                : category != null ? deals.findByCategoryOrderByConcludedAt(DataCategory.parse(category, "category").name())
                : deals.findAllOrderByConcludedAt();
        return rows.stream().map(DealMapper::toResponse).toList();
    }

    /** The most deals in one page. */
    public static final int MAX_PAGE_SIZE = 1000;

    /** One page of deals and the number of all matching deals. */
    public record Page(List<DealResponse> deals, long total) {
    }

    /**
     * @param productId a product, or null
     * @param category  a category, or null (ignored when a product is given)
     * @param from      first deal date (UTC, inclusive), or null
     * @param to        last deal date (UTC, inclusive), or null; not before {@code from}
     * @param page      the page number from 0
     * @param size      the page size, 1..{@link #MAX_PAGE_SIZE}
     * @return the page, oldest first
     */
    public Page page(String productId, String category, LocalDate from, LocalDate to, int page, int size) {
        Deal.requireDateWindow(from, to);
        String cat = productId != null ? null : category;
        if (category != null) {
            DataCategory.parse(category, "category");
        }
        long total = deals.countMatching(productId, cat, from, to);
        List<DealResponse> rows = deals.search(productId, cat, from, to, size, (long) page * size).stream()
                .map(DealMapper::toResponse).toList();
        return new Page(rows, total);
    }

    /**
     * The deals whose revenue a settlement period distributes ({@link DealPool}), read in one query.
     *
     * @param productId the product
     * @param listingId one listing of it, or null for all
     * @param from      first deal date, inclusive
     * @param to        last deal date, inclusive
     * @param maxDeals  the most deals one pool may draw
     * @return the pool's deals
     * @throws org.dataprice.error.LimitExceededException when more than {@code maxDeals} deals match
     */
    public DealPool pool(String productId, String listingId, LocalDate from, LocalDate to, int maxDeals) {
        Deal.requireDateWindow(from, to);
        List<DealRow> rows = deals.forPool(productId, listingId, from, to, maxDeals + 1);
        DealPool.requireAtMost(rows.size(), maxDeals);
        List<DealRevenue> out = new ArrayList<>(rows.size());
        for (DealRow r : rows) {
            Currency currency = Money.currency(r.currency(), "currency");
            BigDecimal total = r.totalPrice();
            out.add(new DealRevenue(r.id(), r.dealDate(),
                    Money.of(total, currency, Math.max(Money.minorUnits(currency), total.scale()), RoundingMode.UNNECESSARY)));
        }
        return new DealPool(productId, listingId, from, to, out);
    }

    @Override
    public List<MarketDeal> concludedBetween(LocalDate from, LocalDate to, int limit) {
        return deals.concludedBetween(from, to, limit).stream().map(DealMapper::toMarketDeal).toList();
    }

    /**
     * The stored deals of a date window for the market monitor, oldest first (ties by id).
     *
     * @param category only this category (as stored), or null for all
     * @param from     first deal date, inclusive
     * @param to       last deal date, inclusive
     * @param limit    the most rows read
     * @return the rows
     */
    public List<DealRow> rows(String category, LocalDate from, LocalDate to, int limit) {
        return deals.search(null, category, from, to, limit, 0);
    }

    /**
     * @param id a deal id
     * @return the deal
     */
    public DealResponse find(String id) {
        return deals.findById(id).map(DealMapper::toResponse)
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "No deal with id " + id));
    }
}
