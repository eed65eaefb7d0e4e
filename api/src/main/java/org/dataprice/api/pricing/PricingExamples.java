package org.dataprice.api.pricing;

/**
 * The OpenAPI request examples of the market and pricing endpoints (Swagger UI "Try it out"), one constant per
 * example, referenced from {@code @RequestBody(content = @Content(examples = @ExampleObject(...)))} on the
 * controller methods. Each is a verified curl body of docs/pricing.md, with its answer in the Javadoc. Bodies that
 * name a listing carry a placeholder id: put the id of a listing of the right mode there.
 * {@code OpenApiExamplesTest} posts every one (creating the listings first) and expects 2xx.
 */
public final class PricingExamples {
    /** What to do with the placeholder listingId of {@link #NEGOTIATION} (shown in Swagger UI). */
    public static final String NEGOTIATION_NOTE = "listingId is a placeholder: put the id of a NEGOTIATED listing "
            + "(POST /v1/listings, example \"negotiated\"; a flagged quote needs its justification first).";

    /** What to do with the placeholder listingId of {@link #AUCTION} (shown in Swagger UI). */
    public static final String AUCTION_NOTE = "listingId is a placeholder: put the id of an AUCTION listing "
            + "(POST /v1/listings, example \"auction\") of which you are the seller.";

    /** A listing for negotiation: a real-time traffic feed quoted at 1,300.00 CNY. */
    public static final String LISTING_NEGOTIATED = """
            {"productId": "traffic-flows", "category": "ENTERPRISE", "use": "INDUSTRY", "unit": "ONE_OFF", "mode": "NEGOTIATED",
             "quote": {"amount": "1300.00", "currency": "CNY"},
             "validFrom": "2026-01-01T00:00:00Z", "validUntil": "2030-01-01T00:00:00Z"}""";

    /** A listing to be auctioned. */
    public static final String LISTING_AUCTION = """
            {"productId": "port-throughput", "category": "ENTERPRISE", "use": "INDUSTRY", "unit": "ONE_OFF", "mode": "AUCTION",
             "quote": {"amount": "500.00", "currency": "CNY"},
             "validFrom": "2026-01-01T00:00:00Z", "validUntil": "2030-01-01T00:00:00Z"}""";

    /** A fixed-price API: 0.10 / 0.08 from 1,000 / 0.05 from 10,000 calls, or 90.00 a month, 900.00 a year. */
    public static final String LISTING_FIXED_PRICE = """
            {"productId": "weather-api", "category": "PUBLIC", "use": "INDUSTRY", "unit": "PER_CALL", "mode": "FIXED_PRICE",
             "quote": {"amount": "0.10", "currency": "CNY"},
             "validFrom": "2026-01-01T00:00:00Z", "validUntil": "2030-01-01T00:00:00Z",
             "volumeTiers": [{"fromVolume": 0, "unitPrice": {"amount": "0.10", "currency": "CNY"}},
                             {"fromVolume": 1000, "unitPrice": {"amount": "0.08", "currency": "CNY"}},
                             {"fromVolume": 10000, "unitPrice": {"amount": "0.05", "currency": "CNY"}}],
             "subscriptions": [{"months": 1, "price": {"amount": "90.00", "currency": "CNY"}},
                               {"months": 12, "price": {"amount": "900.00", "currency": "CNY"}}]}""";

    /** An appraised value A = 1000.00: band [800.00, 1200.00] at β = 0.2 (a quote of 1300.00 is flagged). */
    public static final String APPRAISAL = """
            {"value": {"amount": "1000.00", "currency": "CNY"}, "method": "income", "beta": 0.2}""";

    /** The seller's justification of a flagged quote. */
    public static final String JUSTIFICATION = """
            {"text": "Exclusive real-time feed; comparable feeds sell at 1,250-1,400"}""";

    /** 15,000 calls on the tiers above: 100 + 720 + 250 = 1,070.00. */
    public static final String PURCHASE_VOLUME = """
            {"volume": 15000}""";

    /** The 12-month subscription term at 900.00: a deal of quantity 1. */
    public static final String PURCHASE_SUBSCRIPTION = """
            {"subscription": "12"}""";

    /** A buyer opens a negotiation on a NEGOTIATED listing and makes the first offer. */
    public static final String NEGOTIATION = """
            {"listingId": "5f0c2a4e-8b1d-4c3e-9a7f-2d6b1e0c9a13", "first": "BUYER",
             "deadline": "2029-12-31T00:00:00Z", "maxRounds": 20}""";

    /** An offer of 900.00 for a 12-month licence to build derived products, updated monthly, by API. */
    public static final String OFFER = """
            {"price": {"amount": "900.00", "currency": "CNY"}, "licenceMonths": 12, "scope": "DERIVED_PRODUCTS",
             "frequency": "MONTHLY", "delivery": "API"}""";

    /** A Vickrey auction with reserve 100.00 on an AUCTION listing (bids 300, 500, 450: the 500 bidder pays 450.00). */
    public static final String AUCTION = """
            {"listingId": "5f0c2a4e-8b1d-4c3e-9a7f-2d6b1e0c9a13", "format": "VICKREY",
             "reserve": {"amount": "100.00", "currency": "CNY"}, "deadline": "2029-12-01T00:00:00Z", "rightsType": "INTERNAL"}""";

    /** A sealed bid of 500.00. */
    public static final String BID = """
            {"amount": {"amount": "500.00", "currency": "CNY"}}""";

    /** A public-data tariff in CNY with a trial. */
    public static final String TARIFF = """
            {"productId": "pub-weather", "currency": "CNY", "trial": true}""";

    /** Bands 0.10 / 0.08 from 1,000 / 0.05 from 10,000, cap 0.10, a 20 % sme discount: fee(15,000) = 1,070.00, 856.00 for an sme. */
    public static final String TARIFF_PERIOD = """
            {"validFrom": "2026-01-01T00:00:00Z", "validUntil": "2027-01-01T00:00:00Z", "cap": {"amount": "0.10", "currency": "CNY"},
             "tiers": [{"fromVolume": 0, "unitPrice": 0.10}, {"fromVolume": 1000, "unitPrice": 0.08}, {"fromVolume": 10000, "unitPrice": 0.05}],
             "discounts": [{"scenario": "sme", "discount": 0.2}]}""";

    /** MAR 1,000,000 + 2,000,000 × 0.05 + 50,000 − 100,000 = 1,050,000.00; caps 0.63 and 1.40. */
    public static final String TARIFF_CAPS = """
            {"indicatorCost": {"amount": "1000000.00", "currency": "CNY"}, "base": {"amount": "2000000.00", "currency": "CNY"},
             "allowedReturn": 0.05, "tax": {"amount": "50000.00", "currency": "CNY"},
             "priorActualRevenue": {"amount": "1200000.00", "currency": "CNY"},
             "priorAllowedRevenue": {"amount": "1100000.00", "currency": "CNY"},
             "products": [{"productId": "A", "forecastVolume": 1000000, "revenueWeight": 0.6},
                          {"productId": "B", "forecastVolume": 300000, "revenueWeight": 0.4}]}""";

    /** Rubinstein, reserves 100 and 200, δ = 0.9 each, seller first: 152.63. */
    public static final String BARGAINING = """
            {"method": "RUBINSTEIN", "sellerReserve": {"amount": "100.00", "currency": "CNY"},
             "buyerReserve": {"amount": "200.00", "currency": "CNY"}, "sellerDelta": 0.9, "buyerDelta": 0.9, "first": "SELLER"}""";

    /** A hardline seller opening at 100 and a buyer accepting anything: agreement in round 0. */
    public static final String SIMULATION = """
            {"minPrice": {"amount": "0", "currency": "CNY"}, "maxPrice": {"amount": "100", "currency": "CNY"}, "priceLevels": 101,
             "licenceMonths": [12], "rounds": 20, "first": "SELLER",
             "seller": {"utility": {"priceWorst": 0, "priceBest": 100, "reservationValue": 0.4, "discountFactor": 0.9},
                        "tactic": {"type": "TIME_DEPENDENT", "e": 0}, "acceptance": {"type": "NEXT"}},
             "buyer": {"utility": {"priceWorst": 100, "priceBest": 0, "reservationValue": 0, "discountFactor": 0.9},
                       "tactic": {"type": "TIME_DEPENDENT", "curve": "POLYNOMIAL", "e": 1, "k": 0},
                       "acceptance": {"type": "CONST", "threshold": 0}}}""";

    /** QIRANA, weights 1 to 4, the answer rules out worlds 1 and 3, world 1 already bought: 4.00. */
    public static final String QUERY_PRICE = """
            {"currency": "CNY", "weights": [1, 2, 3, 4], "queryId": "q1", "actualAnswer": 5,
             "worldAnswers": [5, 6, 5, 7], "history": [1]}""";

    /** p(1) = 10, p(2) = 4: arbitrage (two δ = 2 copies cost 8 < 10); fit gives the nearest free curve. */
    public static final String PRICE_CURVE = """
            {"points": [{"variance": 1, "price": 10}, {"variance": 2, "price": 4}]}""";

    /** The answer to {@link #LISTING_NEGOTIATED} (201): the caller is the seller. */
    public static final String LISTING_NEGOTIATED_ANSWER = """
            {"id": "5f0c2a4e-8b1d-4c3e-9a7f-2d6b1e0c9a13", "productId": "traffic-flows", "sellerId": "apikey:1aed3bab803383bb",
             "category": "ENTERPRISE", "use": "INDUSTRY", "unit": "ONE_OFF", "mode": "NEGOTIATED",
             "quote": {"amount": 1300.00, "currency": "CNY"},
             "validFrom": "2026-01-01T00:00:00Z", "validUntil": "2030-01-01T00:00:00Z",
             "createdAt": "2026-03-02T08:15:30.123456Z", "tradable": true}""";

    /** The answer to {@link #NEGOTIATION} (201): open, the buyer's turn. */
    public static final String NEGOTIATION_ANSWER = """
            {"id": "0d9e3b7a-6c21-4f58-b0a4-93e2c7d51f06", "listingId": "5f0c2a4e-8b1d-4c3e-9a7f-2d6b1e0c9a13",
             "sellerId": "apikey:1aed3bab803383bb", "buyerId": "apikey:115b330e534e202f", "status": "OPEN", "turn": "BUYER",
             "deadline": "2029-12-31T00:00:00Z", "maxRounds": 20, "version": 0, "updatedAt": "2026-03-02T09:01:12.402117Z"}""";

    /** The answer to {@link #OFFER} (201): the seller's turn, version 1 (send it with the counter-offer). */
    public static final String OFFER_ANSWER = """
            {"id": "0d9e3b7a-6c21-4f58-b0a4-93e2c7d51f06", "listingId": "5f0c2a4e-8b1d-4c3e-9a7f-2d6b1e0c9a13",
             "sellerId": "apikey:1aed3bab803383bb", "buyerId": "apikey:115b330e534e202f", "status": "OPEN", "turn": "SELLER",
             "deadline": "2029-12-31T00:00:00Z", "maxRounds": 20, "version": 1, "updatedAt": "2026-03-02T09:03:40.918230Z",
             "offers": [{"round": 0, "proposer": "BUYER", "actorId": "apikey:115b330e534e202f",
                         "price": {"amount": 900.00, "currency": "CNY"}, "licenceMonths": 12, "scope": "DERIVED_PRODUCTS",
                         "frequency": "MONTHLY", "delivery": "API", "at": "2026-03-02T09:03:40.918230Z"}]}""";

    /** The answer to {@link #BID} (201): sealed bids are counted, not shown, until the close. */
    public static final String BID_ANSWER = """
            {"id": "a2dfbb24-7368-412e-9ab3-ec36a508ec19", "listingId": "8e41c7d2-5b3a-4f90-a6e1-0c2d9b7f4a58",
             "sellerId": "apikey:1aed3bab803383bb", "format": "VICKREY", "startPrice": {"amount": 100.00, "currency": "CNY"},
             "deadline": "2029-12-01T00:00:00Z", "rightsType": "INTERNAL", "closed": false, "bidCount": 1, "version": 1}""";

    /** The answer to {@link #PURCHASE_VOLUME} (201): fee 1,070.00, unit 0.07, and the deal it recorded. */
    public static final String PURCHASE_VOLUME_ANSWER = """
            {"id": "ce5d3e08-6f5b-4d4b-8a7c-904788ea6cc0", "listingId": "6c687753-d735-40a2-9c08-f91d692c846f",
             "sellerId": "apikey:1aed3bab803383bb", "buyerId": "apikey:115b330e534e202f", "kind": "VOLUME", "volume": 15000,
             "fee": {"amount": 1070.00, "currency": "CNY"}, "unitPrice": {"amount": 0.07, "currency": "CNY"}, "quantity": 15000,
             "dealId": "d23dc1ef-5fc8-439d-aba3-b8bf1b3b1be9", "purchasedAt": "2026-03-02T10:20:05.553567Z"}""";

    /** The answer to {@link #TARIFF_PERIOD} (201). */
    public static final String TARIFF_PERIOD_ANSWER = """
            {"id": "658e7866-855c-4e55-abed-8d2dcd7831a0", "validFrom": "2026-01-01T00:00:00Z", "validUntil": "2027-01-01T00:00:00Z",
             "cap": {"amount": 0.10, "currency": "CNY"},
             "tiers": [{"fromVolume": 0, "unitPrice": 0.1}, {"fromVolume": 1000, "unitPrice": 0.08}, {"fromVolume": 10000, "unitPrice": 0.05}],
             "discounts": [{"scenario": "sme", "discount": 0.2}],
             "createdBy": "apikey:653d9e7536d110fe", "createdAt": "2025-12-15T02:00:00.473853Z"}""";

    private PricingExamples() {
    }
}
