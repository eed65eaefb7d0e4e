package org.dataprice.supervision.market;

import java.util.List;
import org.dataprice.error.Require;
import org.dataprice.money.Money;
import org.dataprice.supervision.MonitoredDeal;
import org.dataprice.supervision.pattern.AuctionRecord;
import org.dataprice.supervision.pattern.NegotiationRecord;
import org.dataprice.supervision.pattern.OwnerLink;
import org.dataprice.supervision.pattern.PriceQuote;
import org.dataprice.supervision.rule.IndexLevel;

/**
 * A generated market and its ground truth.
 *
 * @param deals              all deals, ordinary and planted, in {@link MonitoredDeal#TIME_ORDER}; copied
 * @param links              the declared beneficial-owner links; copied
 * @param auctions           closed sealed-bid auctions; copied
 * @param negotiations       negotiations with their offers; copied
 * @param quotes             fixed-price quotes of sellers by category (their price paths); copied
 * @param index              the category price index by month; copied
 * @param reportingThreshold the reporting threshold the bunching sellers dodge; not null
 * @param incidents          what was planted; copied
 */
public record SimulatedMarket(List<MonitoredDeal> deals, List<OwnerLink> links, List<AuctionRecord> auctions,
        List<NegotiationRecord> negotiations, List<PriceQuote> quotes, List<IndexLevel> index, Money reportingThreshold,
        List<PlantedIncident> incidents) {
    /** Copies. */
    public SimulatedMarket {
        deals = Require.copyOf(deals, "deals");
        links = Require.copyOf(links, "links");
        auctions = Require.copyOf(auctions, "auctions");
        negotiations = Require.copyOf(negotiations, "negotiations");
        quotes = Require.copyOf(quotes, "quotes");
        index = Require.copyOf(index, "index");
        Require.notNull(reportingThreshold, "reportingThreshold");
        incidents = Require.copyOf(incidents, "incidents");
    }

    /**
     * @param pattern a kind; not null
     * @return the incidents of that kind
     */
    public List<PlantedIncident> incidents(PlantedPattern pattern) {
        return incidents.stream().filter(i -> i.pattern() == pattern).toList();
    }
}
