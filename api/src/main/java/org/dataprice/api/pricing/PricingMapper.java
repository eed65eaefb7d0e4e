package org.dataprice.api.pricing;

import org.dataprice.api.explain.ExplanationResponse;
import org.dataprice.money.Money;
import org.dataprice.pricing.Purchase;
import org.dataprice.pricing.PurchaseOrder;
import org.dataprice.pricing.auction.AuctionFormat;
import org.dataprice.pricing.auction.AuctionResult;
import org.dataprice.pricing.auction.AuctionState;
import org.dataprice.pricing.auction.EnglishAuctionState;
import org.dataprice.pricing.auction.EnglishBid;
import org.dataprice.pricing.auction.SealedBidAuctionState;
import org.dataprice.pricing.band.Appraisal;
import org.dataprice.pricing.band.AppraisalBand;
import org.dataprice.pricing.band.QuoteReview;
import org.dataprice.pricing.listing.DataCategory;
import org.dataprice.pricing.listing.DataUse;
import org.dataprice.pricing.listing.Listing;
import org.dataprice.pricing.listing.SubscriptionTerm;
import org.dataprice.pricing.listing.VolumeTier;
import org.dataprice.pricing.listing.ListingMode;
import org.dataprice.pricing.listing.PricingUnit;
import org.dataprice.pricing.negotiation.DeliveryMode;
import org.dataprice.pricing.negotiation.NegotiationState;
import org.dataprice.pricing.negotiation.NegotiationStatus;
import org.dataprice.pricing.negotiation.Offer;
import org.dataprice.pricing.negotiation.RecordedOffer;
import org.dataprice.pricing.negotiation.Role;
import org.dataprice.pricing.negotiation.UpdateFrequency;
import org.dataprice.pricing.negotiation.UsageScope;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The ONE mapper of the market workflow: JSON requests and stored rows to core records
 * ({@code org.dataprice.pricing}) and back. Stateless; static methods only.
 */
public final class PricingMapper {
    private PricingMapper() {
    }

    /**
     * @param amount   a stored amount
     * @param currency its currency code
     * @return the money at the currency's minor units
     */
    public static Money money(BigDecimal amount, String currency) {
        return Money.of(amount.stripTrailingZeros(), Money.currency(currency, "currency"));
    }

    /**
     * @param instant an instant
     * @return it truncated to microseconds, the precision both stores keep
     */
    public static Instant micros(Instant instant) {
        return instant.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    /**
     * @param request   the request
     * @param id        the new listing id
     * @param sellerId  the seller (caller)
     * @return the core listing; its constructor validates (422 with the field)
     */
    public static Listing toListing(CreateListingRequest request, String id, String sellerId) {
        return new Listing(id, request.productId().strip(), sellerId, request.category(), request.use(),
                request.unit(), request.mode(), request.quote().toMoney("quote"), micros(request.validFrom()),
                micros(request.validUntil()), tiers(request.volumeTiers()), subscriptions(request.subscriptions()));
    }

    private static List<VolumeTier> tiers(List<VolumeTierJson> json) {
        if (json == null) {
            return List.of();
        }
        List<VolumeTier> out = new java.util.ArrayList<>();
        for (int i = 0; i < json.size(); i++) {
            try {
                out.add(new VolumeTier(json.get(i).fromVolume(), json.get(i).unitPrice().toMoney("unitPrice")));
            } catch (org.dataprice.error.InvalidInputException e) {
                throw e.within("volumeTiers[" + i + "]");
            }
        }
        return out;
    }

    private static List<SubscriptionTerm> subscriptions(List<SubscriptionTermJson> json) {
        if (json == null) {
            return List.of();
        }
        List<SubscriptionTerm> out = new java.util.ArrayList<>();
        for (int i = 0; i < json.size(); i++) {
            try {
                out.add(new SubscriptionTerm(json.get(i).months(), json.get(i).price().toMoney("price")));
            } catch (org.dataprice.error.InvalidInputException e) {
                throw e.within("subscriptions[" + i + "]");
            }
        }
        return out;
    }

    /**
     * @param listing   a core listing
     * @param createdAt when it is stored
     * @return its row
     */
    public static ListingRow toRow(Listing listing, Instant createdAt) {
        return new ListingRow(listing.listingId(), listing.productId(), listing.sellerId(), listing.category().name(),
                listing.use().name(), listing.unit().name(), listing.mode().name(), listing.quote().amount(),
                listing.quote().currency().getCurrencyCode(), listing.validFrom(), listing.validUntil(), createdAt);
    }

    /**
     * @param row           a stored listing
     * @param tiers         its volume tiers, in order
     * @param subscriptions its subscription terms, in order
     * @return the core listing with its fixed-price terms
     */
    public static Listing toListing(ListingRow row, List<ListingTermRows.Tier> tiers,
                                    List<ListingTermRows.Subscription> subscriptions) {
        return new Listing(row.id(), row.productId(), row.sellerId(), DataCategory.valueOf(row.category()),
                DataUse.valueOf(row.dataUse()), PricingUnit.valueOf(row.pricingUnit()), ListingMode.valueOf(row.mode()),
                money(row.quote(), row.currency()), row.validFrom(), row.validUntil(),
                tiers.stream().map(t -> new VolumeTier(t.fromVolume(), money(t.unitPrice(), row.currency()))).toList(),
                subscriptions.stream().map(t -> new SubscriptionTerm(t.months(), money(t.price(), row.currency())))
                        .toList());
    }

    /**
     * @param listing a core listing
     * @param ids     the row id of each tier, same size as its tiers
     * @return its tier rows, {@code seq} = position
     */
    public static List<ListingTermRows.Tier> toTierRows(Listing listing, List<String> ids) {
        List<ListingTermRows.Tier> out = new java.util.ArrayList<>(listing.volumeTiers().size());
        for (int i = 0; i < listing.volumeTiers().size(); i++) {
            VolumeTier t = listing.volumeTiers().get(i);
            out.add(new ListingTermRows.Tier(ids.get(i), listing.listingId(), i, t.fromVolume(),
                    t.unitPrice().amount()));
        }
        return out;
    }

    /**
     * @param listing a core listing
     * @param ids     the row id of each subscription term, same size as its terms
     * @return its subscription rows, {@code seq} = position
     */
    public static List<ListingTermRows.Subscription> toSubscriptionRows(Listing listing, List<String> ids) {
        List<ListingTermRows.Subscription> out = new java.util.ArrayList<>(listing.subscriptions().size());
        for (int i = 0; i < listing.subscriptions().size(); i++) {
            SubscriptionTerm t = listing.subscriptions().get(i);
            out.add(new ListingTermRows.Subscription(ids.get(i), listing.listingId(), i, t.months(),
                    t.price().amount()));
        }
        return out;
    }

    /**
     * Opens the auction a request asks for, on a listing: {@link EnglishAuctionState#open(String, Listing,
     * String, Money, Money, Money, Instant, Instant)} or {@link SealedBidAuctionState#open}; the core checks the
     * party, listing and deadline. An {@code increment} on a sealed format is refused afterwards (422
     * {@code invalid-state}, {@code increment}: only ENGLISH has one).
     *
     * @param request  the request
     * @param id       the new auction id
     * @param listing  the listing with its terms
     * @param caller   the opener
     * @param openedAt now
     * @return the open auction
     */
    public static AuctionState openAuction(OpenAuctionRequest request, String id, Listing listing, String caller,
                                           Instant openedAt) {
        Money reserve = request.reserve().toMoney("reserve");
        Instant deadline = micros(request.deadline());
        return switch (request.format()) {
            case ENGLISH -> EnglishAuctionState.open(id, listing, caller,
                    request.startPrice() == null ? null : request.startPrice().toMoney("startPrice"),
                    request.increment() == null ? null : request.increment().toMoney("increment"), reserve, openedAt,
                    deadline);
            case FIRST_PRICE, VICKREY -> {
                SealedBidAuctionState state = SealedBidAuctionState.open(id, listing, caller,
                        AuctionFormat.valueOf(request.format().name()), reserve, openedAt, deadline);
                org.dataprice.error.Require.that(request.increment() == null, "increment", request.increment(),
                        org.dataprice.error.Rule.INVALID_STATE, "an increment only for ENGLISH");
                yield state;
            }
        };
    }

    /**
     * @param row  a stored auction
     * @param bids its bids in {@code seq} order
     * @return the core state (English or sealed-bid by {@code row.format()})
     */
    public static AuctionState toAuctionState(AuctionRow row, List<BidRow> bids) {
        Money reserve = money(row.reserve(), row.currency());
        if (AuctionKind.valueOf(row.format()) == AuctionKind.ENGLISH) {
            return new EnglishAuctionState(row.id(), row.sellerId(), money(row.startPrice(), row.currency()),
                    money(row.increment(), row.currency()), reserve, row.deadline(),
                    bids.stream().map(b -> new EnglishBid(b.bidderId(), money(b.amount(), b.currency()), b.bidAt()))
                            .toList(), row.closed(), row.updatedAt(), row.version());
        }
        return new SealedBidAuctionState(row.id(), row.sellerId(), AuctionFormat.valueOf(row.format()), reserve,
                row.deadline(), bids.stream().map(b -> new SealedBidAuctionState.Bid(b.bidderId(),
                money(b.amount(), b.currency()), b.bidAt())).toList(), row.closed(), row.updatedAt(), row.version());
    }

    /**
     * @param state     an auction
     * @param listingId its listing
     * @param rights    the usage scope sold
     * @param createdAt when it was first stored
     * @return its row; winner and price from {@link AuctionState#result()} once closed; a sealed auction
     *         stores its reserve as the start price
     */
    public static AuctionRow toRow(AuctionState state, String listingId, String rights, Instant createdAt) {
        AuctionResult result = state.closed() ? state.result() : null;
        String winner = result == null ? null : result.winnerId().orElse(null);
        BigDecimal price = result == null ? null : result.price().map(Money::amount).orElse(null);
        String currency = state.reserve().currency().getCurrencyCode();
        if (state instanceof EnglishAuctionState e) {
            return new AuctionRow(e.auctionId(), listingId, e.sellerId(), AuctionKind.ENGLISH.name(), currency,
                    e.startPrice().amount(), e.increment().amount(), e.reserve().amount(), rights, e.deadline(),
                    e.closed(), winner, price, e.updatedAt(), e.version(), createdAt);
        }
        SealedBidAuctionState s = (SealedBidAuctionState) state;
        return new AuctionRow(s.auctionId(), listingId, s.sellerId(), s.format().name(), currency, s.reserve().amount(),
                null, s.reserve().amount(), rights, s.deadline(), s.closed(), winner, price, s.updatedAt(),
                s.version(), createdAt);
    }

    /**
     * @param state  the auction after a command
     * @param stored its row before: listing, rights and creation time are kept
     * @return the row after
     */
    public static AuctionRow toRow(AuctionState state, AuctionRow stored) {
        return toRow(state, stored.listingId(), stored.rightsType(), stored.createdAt());
    }

    /**
     * @param state     an auction
     * @param row       its row
     * @param log       its stored bids
     * @param caller    the reader: the seller sees the reserve before the close; sealed bids stay hidden
     *                  until the close
     * @param dealId    the deal recorded at the close, or null
     * @return the response
     */
    public static AuctionResponse toResponse(AuctionState state, AuctionRow row, List<BidRow> log, String caller,
                                             String dealId) {
        List<BidResponse> shown = state.bidsPublic() ? log.stream().map(b -> new BidResponse(b.seq(), b.bidderId(),
                MoneyJson.of(b.amount(), b.currency()), b.bidAt())).toList() : List.of();
        MoneyJson minimum = state instanceof EnglishAuctionState e && !e.closed() ? MoneyJson.of(e.minimumNextBid())
                : null;
        ExplanationResponse explanation = state.closed() ? ExplanationResponse.from(state.result().explanation())
                : null;
        return new AuctionResponse(row.id(), row.listingId(), row.sellerId(), row.format(),
                MoneyJson.of(row.startPrice(), row.currency()),
                row.increment() == null ? null : MoneyJson.of(row.increment(), row.currency()),
                state.reserveVisibleTo(caller) ? MoneyJson.of(row.reserve(), row.currency()) : null, minimum,
                row.deadline(), row.rightsType(), row.closed(), log.size(), shown, row.winnerId(),
                row.price() == null ? null : MoneyJson.of(row.price(), row.currency()), dealId, row.version(),
                explanation);
    }

    /**
     * @param request a purchase request
     * @param terms   the listing's stored subscription terms: a {@code subscription} naming a term's row id
     *                is read as that term's months
     * @return the core order (exactly one of volume and subscription, else 422 {@code invalid-state})
     */
    public static PurchaseOrder toPurchaseOrder(PurchaseRequest request, List<ListingTermRows.Subscription> terms) {
        String subscription = request.subscription();
        if (subscription != null) {
            String key = subscription.strip();
            for (ListingTermRows.Subscription t : terms) {
                if (t.id().equals(key)) {
                    subscription = String.valueOf(t.months());
                    break;
                }
            }
        }
        return PurchaseOrder.of(request.volume(), subscription);
    }

    /**
     * @param purchase a purchase
     * @param id       its id (also the deal's source)
     * @param dealId   the deal it recorded
     * @return its row
     */
    public static PurchaseRow toRow(Purchase purchase, String id, String dealId) {
        boolean volume = purchase.kind() == Purchase.Kind.VOLUME;
        return new PurchaseRow(id, purchase.listingId(), purchase.sellerId(), purchase.buyerId(),
                purchase.kind().name(),
                volume ? purchase.quantity() : null, volume ? null : purchase.months(), purchase.fee().amount(),
                purchase.fee().currency().getCurrencyCode(), dealId, purchase.at());
    }

    /**
     * @param row a stored purchase
     * @return the core purchase
     */
    public static Purchase toPurchase(PurchaseRow row) {
        Purchase.Kind kind = Purchase.Kind.valueOf(row.kind());
        return new Purchase(row.listingId(), row.sellerId(), row.buyerId(), kind,
                kind == Purchase.Kind.VOLUME ? row.volume() : 1, kind == Purchase.Kind.VOLUME ? 0 : row.months(),
                money(row.fee(), row.currency()), row.purchasedAt());
    }

    /**
     * @param purchase a purchase
     * @param row      its stored row
     * @return the response: fee, the deal's unit price and quantity
     */
    public static PurchaseResponse toResponse(Purchase purchase, PurchaseRow row) {
        return new PurchaseResponse(row.id(), row.listingId(), row.sellerId(), row.buyerId(), row.kind(), row.volume(),
                row.months(), MoneyJson.of(purchase.fee()), MoneyJson.of(purchase.unitPrice()),
                purchase.dealQuantity(), row.dealId(), row.purchasedAt());
    }

    /**
     * @param row       a stored listing
     * @param appraisal its latest appraisal, or null
     * @return the response
     */
    public static ListingResponse toResponse(ListingRow row, AppraisalRow appraisal) {
        return toResponse(row, appraisal, null);
    }

    /**
     * @param row           a stored listing
     * @param appraisal     its latest appraisal, or null
     * @param justification the seller's justification against that appraisal, or null
     * @return the response; tradable unless the appraisal flags the quote without a justification
     */
    public static ListingResponse toResponse(ListingRow row, AppraisalRow appraisal, JustificationRow justification) {
        return toResponse(row, appraisal, justification, List.of(), List.of());
    }

    /**
     * @param row           a stored listing
     * @param appraisal     its latest appraisal, or null
     * @param justification the seller's justification against that appraisal, or null
     * @param tiers         its volume tiers
     * @param subscriptions its subscription terms
     * @return the response
     */
    public static ListingResponse toResponse(ListingRow row, AppraisalRow appraisal, JustificationRow justification,
                                             List<ListingTermRows.Tier> tiers,
                                             List<ListingTermRows.Subscription> subscriptions) {
        return new ListingResponse(row.id(), row.productId(), row.sellerId(), row.category(), row.dataUse(),
                row.pricingUnit(), row.mode(), MoneyJson.of(row.quote(), row.currency()), row.validFrom(),
                row.validUntil(), row.createdAt(), appraisal == null ? null : toResponse(appraisal),
                justification == null ? null : justification.text(),
                appraisal == null || !appraisal.flagged() || justification != null,
                tiers.stream().map(t -> new VolumeTierJson(t.fromVolume(), MoneyJson.of(t.unitPrice(), row.currency())))
                        .toList(),
                subscriptions.stream().map(t -> new SubscriptionTermJson(t.months(), MoneyJson.of(t.price(), row.currency())))
                        .toList());
    }

    /**
     * @param row a stored appraisal
     * @return the core appraisal
     */
    public static Appraisal toAppraisal(AppraisalRow row) {
        return ListingService.appraisal(row);
    }

    /**
     * @param row a stored appraisal; its band check is recomputed (deterministic) for the explanation
     * @return the response
     */
    public static AppraisalResponse toResponse(AppraisalRow row) {
        Appraisal appraisal = toAppraisal(row);
        QuoteReview review = new AppraisalBand(row.beta().doubleValue()).check(appraisal, money(row.quote(), row.currency()));
        return new AppraisalResponse(row.id(), row.listingId(), row.appraiser(), row.method(),
                MoneyJson.of(appraisal.value()), row.beta().stripTrailingZeros(), MoneyJson.of(review.lower()),
                MoneyJson.of(review.upper()), MoneyJson.of(review.quote()), review.deviation(), review.flagged(),
                row.createdAt(), ExplanationResponse.from(review.explanation()),
                appraisal.valuation().map(CitedValuationJson::of).orElse(null));
    }

    /**
     * @param request the request
     * @return the core offer; its constructor validates (422 with the field)
     */
    public static Offer toOffer(OfferRequest request) {
        return new Offer(request.price().toMoney("price"), request.licenceMonths(), request.scope(),
                request.frequency(), request.delivery());
    }

    /**
     * @param row    a stored negotiation
     * @param offers its offers in round order
     * @return the core state
     */
    public static NegotiationState toState(NegotiationRow row, List<OfferRow> offers) {
        List<RecordedOffer> recorded = offers.stream().map(o -> new RecordedOffer(o.roundNo(),
                Role.valueOf(o.proposer()), o.actorId(), new Offer(money(o.price(), o.currency()), o.licenceMonths(),
                UsageScope.valueOf(o.scope()), UpdateFrequency.valueOf(o.frequency()),
                DeliveryMode.valueOf(o.delivery())), o.offeredAt())).toList();
        return new NegotiationState(row.id(), row.listingId(), row.sellerId(), row.buyerId(),
                NegotiationStatus.valueOf(row.status()), Role.valueOf(row.turn()), row.deadline(), row.maxRounds(),
                recorded, row.updatedAt(), row.version());
    }

    /**
     * @param state     a new negotiation
     * @param createdAt when it is stored
     * @return its row
     */
    public static NegotiationRow toRow(NegotiationState state, Instant createdAt) {
        return new NegotiationRow(state.negotiationId(), state.listingId(), state.sellerId(), state.buyerId(),
                state.status().name(), state.turn().name(), state.deadline(), state.maxRounds(), state.updatedAt(),
                state.version(), createdAt);
    }

    /**
     * @param id            the offer's row id
     * @param negotiationId the negotiation
     * @param offer         a recorded offer
     * @return its row
     */
    public static OfferRow toRow(String id, String negotiationId, RecordedOffer offer) {
        Offer o = offer.offer();
        return new OfferRow(id, negotiationId, offer.round(), offer.proposer().name(), offer.actorId(),
                o.price().amount(), o.price().currency().getCurrencyCode(), o.licenceMonths(), o.scope().name(),
                o.frequency().name(), o.delivery().name(), offer.at());
    }

    /**
     * @param state  a negotiation
     * @param dealId the deal it concluded, or null
     * @return the response
     */
    public static NegotiationResponse toResponse(NegotiationState state, String dealId) {
        List<OfferResponse> offers = state.offers().stream().map(r -> new OfferResponse(r.round(),
                r.proposer().name(), r.actorId(), MoneyJson.of(r.offer().price()), r.offer().licenceMonths(),
                r.offer().scope().name(), r.offer().frequency().name(), r.offer().delivery().name(), r.at())).toList();
        return new NegotiationResponse(state.negotiationId(), state.listingId(), state.sellerId(), state.buyerId(),
                state.status().name(), state.turn().name(), state.deadline(), state.maxRounds(), state.version(),
                state.updatedAt(), offers, dealId);
    }

    /**
     * @param row a stored deal
     * @return the response
     */
    public static DealResponse toResponse(DealRow row) {
        return new DealResponse(row.id(), row.listingId(), row.productId(), row.category(), row.dataUse(),
                row.pricingUnit(), row.rightsType(), row.mode(), row.sourceId(), row.sellerId(), row.buyerId(),
                row.dealDate(), row.concludedAt(), MoneyJson.of(row.unitPrice(), row.currency()),
                row.quantity().stripTrailingZeros(), MoneyJson.of(row.totalPrice(), row.currency()));
    }

    /**
     * @param request a bargaining request
     * @return the benchmark solution
     */
    public static org.dataprice.pricing.bargaining.BargainingSolution bargain(BargainingRequest request) {
        var problem = new org.dataprice.pricing.bargaining.BargainingProblem(request.sellerReserve().toMoney("sellerReserve"),
                request.buyerReserve().toMoney("buyerReserve"));
        var models = org.dataprice.pricing.bargaining.BargainingBenchmarks.DEFAULT;
        return switch (request.method()) {
            case NASH -> models.nash(problem);
            case KALAI_SMORODINSKY -> models.kalaiSmorodinsky(problem);
            case GENERALIZED_NASH -> models.generalizedNash(problem,
                    org.dataprice.error.Require.notNull(request.sellerPower(), "sellerPower"));
            // the core's joint rule δs·δb < 1 is reported on the request's second factor, buyerDelta
            case RUBINSTEIN -> org.dataprice.api.json.CoreFields.renamed("sellerDelta*buyerDelta", "buyerDelta",
                    () -> models.rubinstein(problem,
                            org.dataprice.error.Require.notNull(request.sellerDelta(), "sellerDelta"),
                            org.dataprice.error.Require.notNull(request.buyerDelta(), "buyerDelta"),
                            org.dataprice.error.Require.notNull(request.first(), "first")));
        };
    }

    /**
     * @param solution a benchmark solution
     * @return the response
     */
    public static BargainingResponse toResponse(org.dataprice.pricing.bargaining.BargainingSolution solution) {
        return new BargainingResponse(MoneyJson.of(solution.price()), solution.sellerShare(),
                ExplanationResponse.from(solution.explanation()));
    }

    /**
     * @param request a price curve
     * @return the core curve; points validated with their JSON path
     */
    public static org.dataprice.pricing.model.PriceCurve toCurve(PriceCurveRequest request) {
        List<org.dataprice.pricing.model.PricePoint> points = new java.util.ArrayList<>(request.points().size());
        for (int i = 0; i < request.points().size(); i++) {
            PriceCurveRequest.Point p = request.points().get(i);
            try {
                points.add(new org.dataprice.pricing.model.PricePoint(p.variance(), p.price()));
            } catch (org.dataprice.error.DatapriceException e) {
                throw e.within("points[" + i + "]");
            }
        }
        return new org.dataprice.pricing.model.PriceCurve(points);
    }

    /**
     * @param check an arbitrage check
     * @return the response
     */
    public static ArbitrageCheckResponse toResponse(org.dataprice.pricing.model.ArbitrageCheck check) {
        return new ArbitrageCheckResponse(check.arbitrageFree(), check.violations(),
                ExplanationResponse.from(check.explanation()));
    }

    /**
     * @param fitted a fitted curve
     * @return the response
     */
    public static FittedCurveResponse toResponse(org.dataprice.pricing.model.FittedCurve fitted) {
        return new FittedCurveResponse(fitted.curve().points().stream()
                .map(p -> new PriceCurveRequest.Point(p.variance(), p.price())).toList(), fitted.distance(),
                fitted.iterations(), ExplanationResponse.from(fitted.explanation()));
    }

    /**
     * @param request a QIRANA request
     * @return the price and the history after the purchase
     */
    public static org.dataprice.pricing.query.QueryPrice queryPrice(QueryPriceRequest request) {
        org.dataprice.error.Require.that(request.worldAnswers().size() == request.weights().size(), "worldAnswers",
                request.worldAnswers().size(), org.dataprice.error.Rule.SIZE_MISMATCH, request.weights().size());
        double[] weights = request.weights().stream().mapToDouble(Double::doubleValue).toArray();
        long[] answers = request.worldAnswers().stream().mapToLong(Long::longValue).toArray();
        java.util.BitSet known = new java.util.BitSet(weights.length);
        List<Integer> history = request.history() == null ? List.of() : request.history();
        for (int i = 0; i < history.size(); i++) {
            org.dataprice.error.Require.inClosedRange(history.get(i), 0, weights.length - 1, "history[" + i + "]");
            known.set(history.get(i));
        }
        var support = org.dataprice.pricing.query.SupportSet.of(Money.currency(request.currency(), "currency"), weights);
        return org.dataprice.pricing.query.QiranaPricing.DEFAULT.price(support,
                org.dataprice.pricing.query.QueryAnswers.of(request.queryId(), request.actualAnswer(), answers),
                org.dataprice.pricing.query.PurchaseHistory.fromLongArray(known.toLongArray()));
    }

    /**
     * @param price a QIRANA price
     * @return the response
     */
    public static QueryPriceResponse toResponse(org.dataprice.pricing.query.QueryPrice price) {
        List<Integer> after = java.util.BitSet.valueOf(price.after().toLongArray()).stream().boxed().toList();
        return new QueryPriceResponse(MoneyJson.of(price.amount()), price.value(), after,
                ExplanationResponse.from(price.explanation()));
    }

    /**
     * @param request a simulation request
     * @return the simulated negotiation
     */
    public static org.dataprice.pricing.negotiation.NegotiationOutcome simulate(SimulationRequest request) {
        org.dataprice.pricing.negotiation.AdditiveUtility seller = utility(request.seller().utility(), "seller.utility");
        org.dataprice.pricing.negotiation.AdditiveUtility buyer = utility(request.buyer().utility(), "buyer.utility");
        var domain = org.dataprice.pricing.negotiation.NegotiationDomain.of(request.minPrice().toMoney("minPrice"),
                request.maxPrice().toMoney("maxPrice"), request.priceLevels(), request.licenceMonths(), seller, buyer);
        return org.dataprice.pricing.negotiation.NegotiationSimulator.DEFAULT.simulate(domain,
                agent(request.seller(), seller, "seller"), agent(request.buyer(), buyer, "buyer"), request.rounds(),
                request.first());
    }

    private static org.dataprice.pricing.negotiation.AdditiveUtility utility(SimulationRequest.Utility u, String path) {
        try {
            if (u.priceWeight() == null) {
                return org.dataprice.pricing.negotiation.AdditiveUtility.priceOnly(u.priceWorst(), u.priceBest(),
                        u.reservationValue(), u.discountFactor());
            }
            return new org.dataprice.pricing.negotiation.AdditiveUtility(u.priceWeight(), u.priceWorst(), u.priceBest(),
                    required(u.termWeight(), "termWeight"), required(u.termWorst(), "termWorst"),
                    required(u.termBest(), "termBest"), required(u.scopeWeight(), "scopeWeight"),
                    org.dataprice.error.Require.notNull(u.scopeValues(), "scopeValues"),
                    required(u.frequencyWeight(), "frequencyWeight"),
                    org.dataprice.error.Require.notNull(u.frequencyValues(), "frequencyValues"),
                    required(u.deliveryWeight(), "deliveryWeight"),
                    org.dataprice.error.Require.notNull(u.deliveryValues(), "deliveryValues"), u.reservationValue(),
                    u.discountFactor());
        } catch (org.dataprice.error.DatapriceException e) {
            throw e.within(path);
        }
    }

    private static double required(Double value, String field) {
        return org.dataprice.error.Require.notNull(value, field);
    }

    private static org.dataprice.pricing.negotiation.NegotiationAgent agent(SimulationRequest.Agent agent,
            org.dataprice.pricing.negotiation.AdditiveUtility utility, String path) {
        try {
            SimulationRequest.TacticJson t = agent.tactic();
            org.dataprice.pricing.negotiation.Tactic tactic = switch (t.type()) {
                case TIME_DEPENDENT -> new org.dataprice.pricing.negotiation.TimeDependentTactic(
                        t.curve() == null ? org.dataprice.pricing.negotiation.ConcessionCurve.POLYNOMIAL : t.curve(),
                        required(t.e(), "tactic.e"), t.k() == null ? 0 : t.k());
                case TIT_FOR_TAT -> new org.dataprice.pricing.negotiation.TitForTatTactic(
                        required(t.reciprocity(), "tactic.reciprocity"));
            };
            SimulationRequest.Acceptance a = agent.acceptance();
            org.dataprice.pricing.negotiation.AcceptanceCondition acceptance = switch (a.type()) {
                case NEXT -> new org.dataprice.pricing.negotiation.AcceptanceCondition.Next(
                        a.a() == null ? 1 : a.a(), a.b() == null ? 0 : a.b());
                case CONST -> new org.dataprice.pricing.negotiation.AcceptanceCondition.Const(
                        required(a.threshold(), "acceptance.threshold"));
                case COMBI -> org.dataprice.pricing.negotiation.AcceptanceCondition.combi(
                        required(a.time(), "acceptance.time"), required(a.threshold(), "acceptance.threshold"));
            };
            return new org.dataprice.pricing.negotiation.NegotiationAgent(utility, tactic, acceptance);
        } catch (org.dataprice.error.DatapriceException e) {
            throw e.within(path);
        }
    }

    /**
     * @param outcome a simulated negotiation
     * @return the response
     */
    public static SimulationResponse toResponse(org.dataprice.pricing.negotiation.NegotiationOutcome outcome) {
        List<SimulationResponse.SimulatedOffer> trace = outcome.trace().stream()
                .map(t -> simulated(t.round(), t.proposer().name(), t.offer(), t.sellerUtility(), t.buyerUtility()))
                .toList();
        SimulationResponse.SimulatedOffer agreement = outcome.agreement()
                .map(o -> simulated(outcome.round(), null, o, outcome.sellerUtility(), outcome.buyerUtility()))
                .orElse(null);
        return new SimulationResponse(outcome.agreed(), agreement, outcome.round(), outcome.sellerUtility(),
                outcome.buyerUtility(), outcome.sellerDiscounted(), outcome.buyerDiscounted(), outcome.distanceToNash(),
                outcome.distanceToPareto(), trace, ExplanationResponse.from(outcome.explanation()));
    }

    private static SimulationResponse.SimulatedOffer simulated(int round, String proposer, Offer o, double us,
                                                               double ub) {
        return new SimulationResponse.SimulatedOffer(round, proposer, MoneyJson.of(o.price()), o.licenceMonths(),
                o.scope().name(), o.frequency().name(), o.delivery().name(), us, ub);
    }

    /**
     * Computes MAR, derives the caps and checks Σ cap × volume ≤ MAR.
     *
     * @param request the operator's figures and products
     * @return the response
     */
    public static PriceCapsResponse priceCaps(PriceCapsRequest request) {
        var inputs = new org.dataprice.pricing.tariff.AllowedRevenueInputs(request.indicatorCost().toMoney("indicatorCost"),
                request.base().toMoney("base"), request.allowedReturn(), request.tax().toMoney("tax"),
                request.priorActualRevenue().toMoney("priorActualRevenue"),
                request.priorAllowedRevenue().toMoney("priorAllowedRevenue"));
        var mar = org.dataprice.pricing.tariff.AllowedRevenue.DEFAULT.compute(inputs);
        List<org.dataprice.pricing.tariff.ProductForecast> products = new java.util.ArrayList<>();
        for (int i = 0; i < request.products().size(); i++) {
            PriceCapsRequest.Product p = request.products().get(i);
            try {
                products.add(new org.dataprice.pricing.tariff.ProductForecast(p.productId(), p.forecastVolume(),
                        p.revenueWeight()));
            } catch (org.dataprice.error.DatapriceException e) {
                throw e.within("products[" + i + "]");
            }
        }
        var caps = org.dataprice.pricing.tariff.PriceCaps.DEFAULT.fromAllowedRevenue(mar.maximum(), products,
                Boolean.TRUE.equals(request.trial()));
        Money total = org.dataprice.pricing.tariff.PriceCaps.DEFAULT.check(mar.maximum(), caps);
        return new PriceCapsResponse(MoneyJson.of(mar.allowedProfit()), MoneyJson.of(mar.clawback()),
                MoneyJson.of(mar.maximum()), MoneyJson.of(total), caps.stream()
                .map(c -> new PriceCapsResponse.Cap(c.productId(), MoneyJson.of(c.cap()), c.forecastVolume(), c.trial()))
                .toList(), ExplanationResponse.from(mar.explanation()));
    }
}
