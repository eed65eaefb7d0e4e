package org.dataprice.api.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The demo market (issue 13, "a one-minute tour"): every request the seed sends, as the JSON an HTTP client would
 * send, in one place. Pure data: no service, no I/O; {@link DemoSeeder} parses each body into its request record and
 * hands it to the service that the endpoint would call.
 *
 * <p><b>Determinism.</b> Dates are relative to the service clock's instant at seed time ({@code today}), because
 * the seed must meet the service's own time rules: listings valid from yesterday, negotiation and auction
 * deadlines in the future, index releases already public (release dates in the past). Everything else is fixed:
 * the amounts, the names, and the index trades, drawn from {@link SplittableRandom} with the fixed seed
 * {@link #SEED}; two seeds in the same month produce byte-identical requests up to the dates that name today.
 *
 * <p><b>The market</b> (all in CNY):
 * <ul>
 *   <li>a valuation of the Chongqing logistics-trace dataset by the cost approach (TC = 1,200,000 + 400,000,
 *       R = 10 %, U = 0.8 → 1,408,000.00) and the market approach (three comparables), weighted half each, valued
 *       at the last day of the previous month; its report is issued on creation;</li>
 *   <li>a negotiated listing of the product (quote 1,380,000.00) appraised by citing that valuation, and a second,
 *       auction listing of a monthly refresh of the same product;</li>
 *   <li>a negotiation concluded at 1,350,000.00 (buyer offers, seller accepts) and a sealed-bid second-price
 *       (Vickrey) auction with reserve 1,000,000.00 and bids 1,310,000.00 and 1,290,000.00, so the winner pays
 *       1,290,000.00;</li>
 *   <li>a settlement of the product's deals of today (pool 2,640,000.00) split by contribution value 5 : 3 : 2
 *       among the data holder (the seller), the processor and the exchange;</li>
 *   <li>the exchange's price index {@value #INDEX_ID}: GEKS-Törnqvist (CCDI), 13-month window, mean splice, base
 *       month {@code today − 16 months} = 100, categories API (data interfaces) and DATASET, 15 months of trades
 *       ({@code today − 16} to {@code today − 2 months}), released month by month for the last three months of
 *       its calendar on the 15th of the following month at 09:30 Asia/Shanghai, i.e. all in the past.</li>
 * </ul>
 */
public final class DemoScenario {
    /** The seed of the index trades' noise. */
    public static final long SEED = 20_260_101L;
    /** The demo index's id: its page is {@code /indices/dpmi-demo}. */
    public static final String INDEX_ID = "dpmi-demo";
    /** The valuation's engagement reference, how a later start finds it. */
    public static final String VALUATION_REFERENCE = "DEMO-2026-001";
    /** The product every listing and deal is about. */
    public static final String PRODUCT_ID = "cq-logistics-traces";
    /** The settlement's currency and every amount's. */
    public static final String CURRENCY = "CNY";
    /**
     * How far after its opening the auction's deadline lies: the seed bids at once, then waits this long before closing
     * it (measured from the opening, not from the seed's start: issuing and signing the valuation report before it can
     * take seconds on a loaded machine).
     */
    public static final Duration AUCTION_DEADLINE = Duration.ofMillis(3000);
    /** Months of index trades: {@code today − 16} to {@code today − 2}. */
    public static final int INDEX_MONTHS = 15;
    /** The periods released (the last three of the trades), each on the 15th of the next month. */
    public static final int RELEASED_MONTHS = 3;

    private static final String[][] PRODUCTS = {
            // id, category, starting unit price (CNY), monthly drift
            {"api-logistics-eta", "API", "820.00", "0.012"},
            {"api-credit-check", "API", "450.00", "0.008"},
            {"api-weather-grid", "API", "300.00", "0.015"},
            {"api-traffic-flow", "API", "610.00", "0.010"},
            {"ds-port-throughput", "DATASET", "12500.00", "0.020"},
            {"ds-retail-footfall", "DATASET", "8600.00", "0.018"},
            {"ds-power-load", "DATASET", "15800.00", "0.012"},
            {"ds-land-parcels", "DATASET", "21000.00", "0.006"},
    };

    private final Instant today;
    private final YearMonth month;

    /** @param today the service clock's instant at seed time */
    public DemoScenario(Instant today) {
        this.today = today;
        this.month = YearMonth.from(today.atOffset(ZoneOffset.UTC));
    }

    /** @return the seed's "today" */
    public Instant today() {
        return today;
    }

    /** @return the engagement of {@code POST /v1/valuations} */
    public String valuation() {
        LocalDate valuationDate = month.minusMonths(1).atEndOfMonth();
        return """
                {"reference":"%s",
                 "asset":{"name":"重庆物流轨迹数据集 Chongqing logistics traces","structure":"结构化 structured table",
                          "dictionary":"vehicle_id, ts, lat, lon, speed","size":"1.2 TB","period":"2021-2025",
                          "updateFrequency":"daily 每日","storage":"云存储 cloud object store"},
                 "right":"PRODUCT_OPERATION","purpose":"挂牌估价 listing appraisal","basisOfValue":"市场价值 market value",
                 "valuationDate":"%s","appraiser":"重庆示例资产评估有限公司 Demo Appraisal Co.","currency":"%s",
                 "cost":{"weight":0.5,"reason":"成本可归集 costs are itemised","inputs":
                   {"items":[{"name":"采集 collection","category":"DIRECT","amount":"1200000.00"},
                             {"name":"管理 overhead","category":"INDIRECT","amount":"400000.00"}],
                    "costReturn":0.1,"adjustment":{"kind":"GIVEN","u":0.8}}},
                 "market":{"weight":0.5,"reason":"可比交易 comparable trades on the exchange","inputs":
                   {"subject":{"right":"PRODUCT_OPERATION","valuationDate":"%s","volume":100,"quality":0.8,"priceIndex":1.0},
                    "comparables":[
                      {"id":"CQX-2025-017","price":1300000,"date":"%s","right":"PRODUCT_OPERATION","volume":100,"quality":0.8,"priceIndex":1.0},
                      {"id":"CQX-2025-031","price":1420000,"date":"%s","right":"PRODUCT_OPERATION","volume":100,"quality":0.8,"priceIndex":1.1},
                      {"id":"CQX-2025-044","price":650000,"date":"%s","right":"PRODUCT_OPERATION","volume":50,"quality":0.8,"priceIndex":1.0}]}}}"""
                .formatted(VALUATION_REFERENCE, valuationDate, CURRENCY, valuationDate,
                        month.minusMonths(7).atEndOfMonth(), month.minusMonths(4).atEndOfMonth(),
                        month.minusMonths(10).atEndOfMonth());
    }

    /** @return the negotiated listing of {@code POST /v1/listings} */
    public String negotiatedListing() {
        return listing("NEGOTIATED", "1380000.00");
    }

    /** @return the auction listing of {@code POST /v1/listings} */
    public String auctionListing() {
        return listing("AUCTION", "1000000.00");
    }

    private String listing(String mode, String quote) {
        return """
                {"productId":"%s","category":"ENTERPRISE","use":"INDUSTRY","unit":"ONE_OFF","mode":"%s",
                 "quote":{"amount":"%s","currency":"%s"},"validFrom":"%s","validUntil":"%s"}"""
                .formatted(PRODUCT_ID, mode, quote, CURRENCY, today.minus(Duration.ofDays(1)), today.plus(Duration.ofDays(365)));
    }

    /**
     * @param valuationId the valuation the appraisal cites
     * @return the body of {@code POST /v1/listings/{id}/appraisals}
     */
    public String appraisal(String valuationId) {
        return "{\"valuationId\":\"" + valuationId + "\"}";
    }

    /**
     * @param listingId the negotiated listing
     * @return the body of {@code POST /v1/negotiations}
     */
    public String negotiation(String listingId) {
        return """
                {"listingId":"%s","first":"BUYER","deadline":"%s","maxRounds":10}"""
                .formatted(listingId, today.plus(Duration.ofDays(14)));
    }

    /** @return the buyer's offer, which the seller accepts */
    public String offer() {
        return """
                {"price":{"amount":"1350000.00","currency":"%s"},"licenceMonths":12,"scope":"DERIVED_PRODUCTS",
                 "frequency":"MONTHLY","delivery":"API"}""".formatted(CURRENCY);
    }

    /**
     * @param listingId the auction listing
     * @param opensAt   the service clock's instant when the auction is opened
     * @return the body of {@code POST /v1/auctions}: deadline {@link #AUCTION_DEADLINE} after {@code opensAt}
     */
    public String auction(String listingId, Instant opensAt) {
        return """
                {"listingId":"%s","format":"VICKREY","reserve":{"amount":"1000000.00","currency":"%s"},
                 "deadline":"%s","rightsType":"REDISTRIBUTION"}"""
                .formatted(listingId, CURRENCY, opensAt.plus(AUCTION_DEADLINE));
    }

    /** @return the two sealed bids, first the winner's */
    public List<String> bids() {
        return List.of(money("1310000.00"), money("1290000.00"));
    }

    private static String money(String amount) {
        return "{\"amount\":{\"amount\":\"" + amount + "\",\"currency\":\"" + CURRENCY + "\"}}";
    }

    /**
     * @param holder    the seller's principal (the data holder)
     * @param processor the processor's principal
     * @param exchange  the exchange's principal
     * @return the body of {@code POST /v1/settlements}: the pool drawn from today's deals of the product
     */
    public String settlement(String holder, String processor, String exchange) {
        LocalDate day = today.atOffset(ZoneOffset.UTC).toLocalDate();
        return """
                {"currency":"%s","parties":[{"id":"holder","principals":["%s"]},{"id":"processor","principals":["%s"]},
                                             {"id":"exchange","principals":["%s"]}],
                 "periods":[{"label":"%s","deals":{"productId":"%s","from":"%s","to":"%s"},
                   "terms":{"dividend":{"basis":"VALUE","weights":[{"party":"holder","weight":"0.5"},
                     {"party":"processor","weight":"0.3"},{"party":"exchange","weight":"0.2"}]}}}]}"""
                .formatted(CURRENCY, holder, processor, exchange, month, PRODUCT_ID, day, day);
    }

    /** @return the body of {@code POST /v1/indices} */
    public String indexDefinition() {
        StringBuilder calendar = new StringBuilder();
        for (YearMonth p : releasedPeriods()) {
            calendar.append(calendar.isEmpty() ? "" : ",").append("{\"period\":\"").append(p).append("\",\"releaseAt\":\"")
                    .append(p.plusMonths(1).atDay(15)).append("T09:30:00+08:00\"}");
        }
        return """
                {"id":"%s","nameEn":"Chongqing Data Market Price Index (demo)","nameZh":"重庆数据要素市场价格指数（演示）",
                 "method":"ccdi","parameters":{"window":"13","splice":"MEAN"},
                 "base":{"from":"%s","referenceValue":100},
                 "categories":[{"code":"API","nameEn":"Data APIs","nameZh":"数据接口"},
                               {"code":"DATASET","nameEn":"Datasets","nameZh":"数据集"}],
                 "calendar":[%s],
                 "embargo":{"timeZone":"Asia/Shanghai","publisherPreview":true},
                 "methodology":{"version":"1.0","text":"Unit values per product and month from the exchange's recorded trades.\\n\\nGEKS-Törnqvist (CCDI) over a 13-month rolling window, spliced on the mean of the window's months."}}"""
                .formatted(INDEX_ID, firstMonth(), calendar);
    }

    /** @return the first month of trades, the base month */
    public YearMonth firstMonth() {
        return month.minusMonths(INDEX_MONTHS + 1L);
    }

    /** @return the released periods, in order */
    public List<YearMonth> releasedPeriods() {
        List<YearMonth> out = new ArrayList<>();
        YearMonth last = month.minusMonths(2);
        for (int i = RELEASED_MONTHS - 1; i >= 0; i--) {
            out.add(last.minusMonths(i));
        }
        return out;
    }

    /**
     * The index trades: each product trades two or three times a month, its price drifting by its monthly rate with
     * ±3 % noise from {@link #SEED}; quantities 1 to 12.
     *
     * @return the CSV of {@code POST /v1/indices/{id}/transactions} (header
     *         {@code product_id,period,price,quantity,category})
     */
    public String indexTrades() {
        SplittableRandom random = new SplittableRandom(SEED);
        StringBuilder out = new StringBuilder("product_id,period,price,quantity,category\n");
        for (int t = 0; t < INDEX_MONTHS; t++) {
            YearMonth m = firstMonth().plusMonths(t);
            for (String[] p : PRODUCTS) {
                double level = Double.parseDouble(p[2]) * Math.pow(1 + Double.parseDouble(p[3]), t);
                int trades = 2 + random.nextInt(2);
                for (int k = 0; k < trades; k++) {
                    double price = level * (1 + (random.nextDouble() - 0.5) * 0.06);
                    out.append(p[0]).append(',').append(m).append(',').append(String.format(Locale.ROOT, "%.2f", price))
                            .append(',').append(1 + random.nextInt(12)).append(',').append(p[1]).append('\n');
                }
            }
        }
        return out.toString();
    }
}
