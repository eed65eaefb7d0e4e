package org.dataprice.api.supervision;

import org.dataprice.api.explain.ExplanationResponse;
import org.dataprice.api.pricing.MoneyJson;
import org.dataprice.api.pricing.PricingMapper;
import org.dataprice.api.pricing.auction.AuctionRow;
import org.dataprice.api.pricing.auction.AuctionService;
import org.dataprice.api.pricing.auction.BidRow;
import org.dataprice.api.pricing.listing.ListingRow;
import org.dataprice.pricing.auction.SealedBid;
import org.dataprice.pricing.negotiation.NegotiationState;
import org.dataprice.supervision.pattern.AuctionRecord;
import org.dataprice.supervision.pattern.NegotiationRecord;
import org.dataprice.supervision.pattern.PriceQuote;
import java.util.LinkedHashMap;
import java.util.Map;
import org.dataprice.api.pricing.deal.DealRow;
import org.dataprice.api.pricing.listing.AppraisalRow;
import org.dataprice.explain.Quantity;
import org.dataprice.money.Money;
import org.dataprice.supervision.Alert;
import org.dataprice.supervision.MonitoredDeal;
import org.dataprice.supervision.config.IndexSource;
import org.dataprice.supervision.config.RuleChange;
import org.dataprice.supervision.config.RuleSettings;
import org.dataprice.supervision.config.SupervisionRules;
import org.dataprice.supervision.structure.CellConcentration;

import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HexFormat;
import java.util.List;

/**
 * Maps between the supervision JSON, the stored rows and the core's {@code org.dataprice.supervision} records: the
 * rules' configuration, a stored deal as a {@link MonitoredDeal}, alerts and their fingerprints. Stateless.
 */
public final class SupervisionMapper {
    private SupervisionMapper() {
    }

    /**
     * @param rules a configuration
     * @return its stored / JSON form
     */
    public static SupervisionJson.RulesJson toJson(SupervisionRules rules) {
        List<SupervisionJson.RuleJson> out = new ArrayList<>();
        for (RuleSettings r : rules.rules()) {
            out.add(new SupervisionJson.RuleJson(r.id(), r.version(), r.enabled(), r.severity(), r.parameters()));
        }
        return new SupervisionJson.RulesJson(rules.version(), MoneyJson.of(rules.reportingThreshold()), out,
                indexSource(rules.indexSource()));
    }

    /**
     * @param source an index source
     * @return its JSON form, null for none
     */
    public static SupervisionJson.IndexSourceJson indexSource(IndexSource source) {
        return source.configured() ? new SupervisionJson.IndexSourceJson(source.index(), source.categories().stream()
                .map(c -> new SupervisionJson.CategorySeriesJson(c.category(), c.series())).toList(),
                source.otherCategories()) : null;
    }

    /**
     * @param json an index source as sent or stored; null for none
     * @return the core source (errors name {@code indexSource....})
     */
    public static IndexSource indexSource(SupervisionJson.IndexSourceJson json) {
        if (json == null) {
            return IndexSource.NONE;
        }
        return new IndexSource(json.index(), json.categories().stream()
                .map(c -> new IndexSource.CategorySeries(c.category(), c.series())).toList(), json.otherCategories());
    }

    /**
     * @param json a stored configuration
     * @return the core configuration
     */
    public static SupervisionRules toRules(SupervisionJson.RulesJson json) {
        List<RuleSettings> rules = new ArrayList<>();
        for (SupervisionJson.RuleJson r : json.rules()) {
            rules.add(new RuleSettings(r.id(), r.version(), r.enabled(), r.severity(), r.parameters()));
        }
        return SupervisionRules.stored(json.version(), json.reportingThreshold().toMoney("reportingThreshold"), rules,
                indexSource(json.indexSource()));
    }

    /**
     * @param current the current configuration
     * @param request the changes
     * @return the next version (errors name the request's JSON paths)
     */
    public static SupervisionRules revise(SupervisionRules current, SupervisionJson.RulesRequest request) {
        return revise(current, request, null);
    }

    /**
     * @param current the current configuration
     * @param request the changes
     * @param source  the request's index source already read ({@link #indexSource(SupervisionJson.IndexSourceJson)}),
     *                or null to keep the current one
     * @return the next version (errors name the request's JSON paths)
     */
    public static SupervisionRules revise(SupervisionRules current, SupervisionJson.RulesRequest request,
                                          IndexSource source) {
        Money threshold = request.reportingThreshold() == null ? null
                : request.reportingThreshold().toMoney("reportingThreshold");
        List<RuleChange> changes = new ArrayList<>();
        for (SupervisionJson.RuleChangeJson c : request.rules()) {
            changes.add(new RuleChange(c.id(), c.enabled(), c.severity(), c.parameters()));
        }
        return current.revise(threshold, changes, source);
    }

    /**
     * A stored deal as the monitor sees it: the total price, the quantity, the month of its (UTC) date, and the band
     * of the listing's latest appraisal times the quantity when it is in the deal's currency.
     *
     * <p><b>Reference price R of {@code price.reference}</b>: the listing's latest appraisal value A (per pricing unit)
     * times the deal's quantity, in the deal's currency. This is the core {@link org.dataprice.pricing.band.ReferencePrice}
     * rule in its cold-start form (no comparable deal, no cost anchor: P<sub>ref</sub> = A). The market form of
     * {@code GET /v1/listings/{id}/reference-price} (median of the comparable deals of a 365-day window, optionally
     * index-carried) is not stored and costs a read of the window's deals, so the monitor does not recompute it in a
     * deal's own request; the market side of a deal is judged by {@code price.hampel} against its category and month.
     * Where A differs from the band (β, set by the appraiser), R is judged with the exchange's own tolerance d of
     * {@code price.reference}. A listing never appraised, or appraised in another currency, has no R (the rule skips).
     * As the deal is recorded the latest appraisal is the one in force at the deal date; the batch scan uses the
     * latest appraisal when it runs (an appraisal made after the deal moves R: a stated limit).
     *
     * @param row       the deal
     * @param appraisal the listing's latest appraisal, or null
     * @return the monitored deal
     */
    public static MonitoredDeal monitored(DealRow row, AppraisalRow appraisal) {
        Currency c = Money.currency(row.currency(), "currency");
        int scale = Math.max(Money.minorUnits(c), row.totalPrice().scale());
        Money price = Money.of(row.totalPrice(), c, scale, RoundingMode.UNNECESSARY);
        Money lower = null;
        Money upper = null;
        Money reference = null;
        if (appraisal != null && appraisal.currency().equals(row.currency())) {
            lower = Money.of(appraisal.bandLower().multiply(row.quantity()), c, scale, RoundingMode.HALF_EVEN);
            upper = Money.of(appraisal.bandUpper().multiply(row.quantity()), c, scale, RoundingMode.HALF_EVEN);
            reference = Money.of(appraisal.amount().multiply(row.quantity()), c, scale, RoundingMode.HALF_EVEN);
        }
        return new MonitoredDeal(row.id(), row.listingId(), row.sellerId(), row.buyerId(), row.category(),
                YearMonth.from(row.dealDate()), row.concludedAt(), price, row.quantity(), lower, upper,
                reference != null && reference.signum() > 0 ? reference : null);
    }

    /**
     * A stored auction as the bid screens see it: closed at its last transition; each bidder's best bid (a sealed-bid
     * auction holds one per bidder; an English auction's losers are judged by their highest bid).
     *
     * @param stored an auction closed with a sale and its bids
     * @return the auction record
     */
    public static AuctionRecord auction(AuctionService.Stored stored) {
        AuctionRow a = stored.auction();
        Map<String, BidRow> best = new LinkedHashMap<>();
        for (BidRow b : stored.bids()) {
            best.merge(b.bidderId(), b, (x, y) -> y.amount().compareTo(x.amount()) > 0 ? y : x);
        }
        List<SealedBid> bids = new ArrayList<>(best.size());
        for (BidRow b : best.values()) {
            bids.add(new SealedBid(b.bidderId(), PricingMapper.money(b.amount(), b.currency()), b.seq()));
        }
        return new AuctionRecord(a.id(), a.listingId(), a.updatedAt(), bids, a.winnerId());
    }

    /**
     * @param state a stored negotiation
     * @return it as the offer screen sees it
     */
    public static NegotiationRecord negotiation(NegotiationState state) {
        return new NegotiationRecord(state.negotiationId(), state.listingId(), state.sellerId(), state.buyerId(),
                state.offers());
    }

    /**
     * @param listing a fixed-price listing
     * @return its quote: the seller's price per pricing unit in the category when the listing was created
     */
    public static PriceQuote quote(ListingRow listing) {
        return new PriceQuote(listing.id(), listing.sellerId(), listing.category(), listing.pricingUnit(),
                listing.createdAt(),
                PricingMapper.money(listing.quote(), listing.currency()));
    }

    /**
     * @param alert an alert
     * @return SHA-256 hex of its rule id, rule version, subject and evidence ids: equal alerts share it
     */
    public static String fingerprint(Alert alert) {
        StringBuilder s = new StringBuilder().append(alert.ruleId()).append('\u0000').append(alert.rule().version())
                .append('\u0000').append(alert.subject());
        for (String id : alert.evidenceIds()) {
            s.append('\u0000').append(id);
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(s.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    /**
     * @param figures an alert's figures
     * @return their JSON form
     */
    public static List<ExplanationResponse.QuantityResponse> figures(List<Quantity> figures) {
        return figures.stream().map(q -> new ExplanationResponse.QuantityResponse(q.name(), q.number(), q.text(),
                q.unit())).toList();
    }

    /**
     * @param alert a computed alert
     * @return its JSON form (not stored)
     */
    public static SupervisionJson.ScreenAlert screen(Alert alert) {
        return new SupervisionJson.ScreenAlert(alert.ruleId(), alert.rule().version(), alert.severity(),
                alert.subject(), alert.evidenceIds(), figures(alert.figures()),
                ExplanationResponse.from(alert.explanation()));
    }

    /**
     * @param cell a category and month's concentration
     * @return its JSON form
     */
    public static SupervisionJson.CellJson cell(CellConcentration cell) {
        return new SupervisionJson.CellJson(cell.category(), cell.month().toString(), cell.side().name(), cell.deals(),
                MoneyJson.of(cell.total()), cell.hhi(), cell.cr4(), cell.shares().stream().map(s ->
                        new SupervisionJson.ShareJson(s.party(), MoneyJson.of(s.value()), s.share())).toList(),
                cell.entrants(), cell.exits());
    }
}
