package org.dataprice.pricing.negotiation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;
import org.dataprice.money.Money;

/**
 * The outcome space of a bilateral negotiation, evaluated once for both parties, with its analysis:
 * the Pareto frontier, the Nash bargaining solution and the Kalai–Smorodinsky solution.
 *
 * <p>Outcomes are the Cartesian product of a price grid ({@code priceLevels} equally spaced prices from
 * {@code minPrice} to {@code maxPrice}, rounded half-even to the minor unit), the given licence terms
 * and every {@link UsageScope}, {@link UpdateFrequency} and {@link DeliveryMode}; outcome i decodes by
 * mixed radix (price fastest). Each party's utilities are pre-computed into primitive arrays and sorted,
 * so that choosing a bid near a target utility is a binary search (the GENIUS
 * {@code getBidNearUtility} idea, here: the cheapest-to-give outcome with own utility ≥ target; ties by
 * outcome index, so deterministic).
 *
 * <p>Analysis (undiscounted utilities, u_S for the seller, u_B for the buyer, r the reservation values):
 * <ul>
 *   <li>Pareto frontier: outcomes not weakly dominated by another outcome;</li>
 *   <li>Nash (1950): argmax (u_S − r_S)(u_B − r_B) over outcomes with u ≥ r for both;</li>
 *   <li>Kalai–Smorodinsky (1975): argmax min((u_S − r_S)/(I_S − r_S), (u_B − r_B)/(I_B − r_B)) over the
 *       same set, I the ideal (best individually rational) utilities.</li>
 * </ul>
 * When no outcome is individually rational for both, there is no agreement zone: {@link #hasAgreementZone()}
 * is false and the Nash and KS points are the disagreement point (r_S, r_B).
 *
 * <p>Limit: at most {@link #MAX_OUTCOMES} outcomes. Immutable and thread-safe.
 */
public final class NegotiationDomain {
    /** The largest outcome space accepted. */
    public static final int MAX_OUTCOMES = 1_000_000;

    private static final int SCOPES = UsageScope.values().length;
    private static final int FREQUENCIES = UpdateFrequency.values().length;
    private static final int DELIVERIES = DeliveryMode.values().length;

    private final Money[] prices;
    private final int[] terms;
    private final AdditiveUtility seller;
    private final AdditiveUtility buyer;
    private final double[][] utility;      // [role][outcome]
    private final int[][] sortedOutcomes;   // [role][rank] ascending own utility
    private final double[][] sortedUtility; // [role][rank]
    private final double[] min;
    private final double[] max;
    private final double[] frontierSeller;
    private final double[] frontierBuyer;
    private final int nash;
    private final int kalaiSmorodinsky;

    private NegotiationDomain(Money[] prices, int[] terms, AdditiveUtility seller, AdditiveUtility buyer) {
        this.prices = prices;
        this.terms = terms;
        this.seller = seller;
        this.buyer = buyer;
        int n = prices.length * terms.length * SCOPES * FREQUENCIES * DELIVERIES;
        utility = new double[2][n];
        for (int i = 0; i < n; i++) {
            Offer o = decode(i);
            utility[0][i] = seller.utility(o);
            utility[1][i] = buyer.utility(o);
        }
        sortedOutcomes = new int[2][];
        sortedUtility = new double[2][];
        min = new double[2];
        max = new double[2];
        double[] reservation = {seller.reservationValue(), buyer.reservationValue()};
        for (int r = 0; r < 2; r++) {
            sortedOutcomes[r] = sortBy(utility[r]);
            sortedUtility[r] = new double[n];
            for (int k = 0; k < n; k++) {
                sortedUtility[r][k] = utility[r][sortedOutcomes[r][k]];
            }
            max[r] = sortedUtility[r][n - 1];
            min[r] = Math.min(max[r], Math.max(reservation[r], sortedUtility[r][0]));
        }
        int[] frontier = paretoFrontier();
        frontierSeller = new double[frontier.length];
        frontierBuyer = new double[frontier.length];
        for (int k = 0; k < frontier.length; k++) {
            frontierSeller[k] = utility[0][frontier[k]];
            frontierBuyer[k] = utility[1][frontier[k]];
        }
        nash = argmaxNash(reservation);
        kalaiSmorodinsky = argmaxKs(frontier, reservation);
    }

    /**
     * Builds and analyses an outcome space.
     *
     * @param minPrice      the lowest price of the grid, &ge; 0; not null
     * @param maxPrice      the highest price, same currency, &gt; minPrice
     * @param priceLevels   number of grid prices, 2..10,000
     * @param licenceMonths the licence terms on offer (months, 1..1200), distinct, at least one; copied
     * @param seller        the seller's utility; not null
     * @param buyer         the buyer's utility; not null
     * @return the domain
     */
    public static NegotiationDomain of(Money minPrice, Money maxPrice, int priceLevels, List<Integer> licenceMonths,
            AdditiveUtility seller, AdditiveUtility buyer) {
        Require.notNull(minPrice, "minPrice");
        Require.notNull(maxPrice, "maxPrice");
        Require.that(!minPrice.isNegative(), "minPrice", minPrice, Rule.AT_LEAST, 0);
        Require.that(maxPrice.compareTo(minPrice) > 0, "maxPrice", maxPrice, Rule.GREATER_THAN, minPrice);
        Require.inClosedRange(priceLevels, 2, 10_000, "priceLevels");
        List<Integer> months = Require.nonEmptyCopy(licenceMonths, "licenceMonths");
        Require.that(months.stream().distinct().count() == months.size(), "licenceMonths", months, Rule.DUPLICATE,
                "terms");
        Require.notNull(seller, "seller");
        Require.notNull(buyer, "buyer");
        long n = (long) priceLevels * months.size() * SCOPES * FREQUENCIES * DELIVERIES;
        Require.withinLimit(n, MAX_OUTCOMES, "outcomes", "use fewer price levels or licence terms");
        Money[] prices = new Money[priceLevels];
        BigDecimal step = maxPrice.minus(minPrice).amount().divide(BigDecimal.valueOf(priceLevels - 1L), 10,
                RoundingMode.HALF_EVEN);
        for (int i = 0; i < priceLevels; i++) {
            prices[i] = i == priceLevels - 1 ? maxPrice
                    : Money.of(minPrice.amount().add(step.multiply(BigDecimal.valueOf(i))), minPrice.currency(),
                            Money.minorUnits(minPrice.currency()), Money.SETTLEMENT_ROUNDING);
        }
        int[] terms = new int[months.size()];
        for (int i = 0; i < terms.length; i++) {
            terms[i] = (int) Require.inClosedRange(months.get(i), 1, 1200, "licenceMonths[" + i + "]");
        }
        return new NegotiationDomain(prices, terms, seller, buyer);
    }

    /**
     * The grid's defining inputs as canonical text for an input hash: the price grid (first, last and the
     * number of levels) and the licence terms. The utilities are hashed by the caller.
     *
     * @return e.g. {@code "prices=CNY 0..CNY 100 x101; licenceMonths=[12]"}
     */
    String canonical() {
        return "prices=" + prices[0] + ".." + prices[prices.length - 1] + " x" + prices.length + "; licenceMonths="
                + java.util.Arrays.toString(terms);
    }

    /** @return the number of outcomes */
    public int size() {
        return utility[0].length;
    }

    /**
     * @param outcome an outcome index in [0, size())
     * @return the offer it stands for
     */
    public Offer decode(int outcome) {
        int i = outcome;
        int p = i % prices.length;
        i /= prices.length;
        int term = i % terms.length;
        i /= terms.length;
        int scope = i % SCOPES;
        i /= SCOPES;
        int freq = i % FREQUENCIES;
        i /= FREQUENCIES;
        return new Offer(prices[p], terms[term], UsageScope.values()[scope], UpdateFrequency.values()[freq],
                DeliveryMode.values()[i]);
    }

    /** @return the seller's utility */
    public AdditiveUtility seller() {
        return seller;
    }

    /** @return the buyer's utility */
    public AdditiveUtility buyer() {
        return buyer;
    }

    /**
     * @param role    whose utility; not null
     * @param outcome an outcome index
     * @return that party's undiscounted utility of the outcome
     */
    public double utility(Role role, int outcome) {
        return utility[role.ordinal()][outcome];
    }

    /**
     * @param role a party; not null
     * @return its lowest target: max(reservation, lowest utility in the domain), capped at its maximum
     */
    public double minUtility(Role role) {
        return min[role.ordinal()];
    }

    /**
     * @param role a party; not null
     * @return its highest utility in the domain
     */
    public double maxUtility(Role role) {
        return max[role.ordinal()];
    }

    /**
     * The bid for a target: the outcome with the lowest own utility ≥ target (the highest when none).
     *
     * @param role   the bidder; not null
     * @param target the target utility
     * @return the outcome index
     */
    public int bid(Role role, double target) {
        return bid(role.ordinal(), target);
    }

    int bid(int role, double target) {
        double[] u = sortedUtility[role];
        int last = u.length - 1;
        if (u[last] < target) {
            return sortedOutcomes[role][last];
        }
        // first rank with u ≥ target: branch-free lower bound (conditional moves)
        int base = 0;
        int n = u.length;
        while (n > 1) {
            int half = n >>> 1;
            base = u[base + half - 1] < target ? base + half : base;
            n -= half;
        }
        return sortedOutcomes[role][base];
    }

    double utilityOf(int role, int outcome) {
        return utility[role][outcome];
    }

    double minOf(int role) {
        return min[role];
    }

    double maxOf(int role) {
        return max[role];
    }

    /** @return true when some outcome is individually rational for both parties */
    public boolean hasAgreementZone() {
        return nash >= 0;
    }

    /** @return the Nash bargaining outcome index, or −1 when there is no agreement zone */
    public int nashOutcome() {
        return nash;
    }

    /** @return the Kalai–Smorodinsky outcome index, or −1 when there is no agreement zone */
    public int kalaiSmorodinskyOutcome() {
        return kalaiSmorodinsky;
    }

    /** @return the number of Pareto-optimal utility pairs */
    public int paretoSize() {
        return frontierSeller.length;
    }

    /**
     * @param sellerUtility a seller utility
     * @param buyerUtility  a buyer utility
     * @return the Euclidean distance in utility space from the point to the Nash point (to the
     *         disagreement point when there is no agreement zone)
     */
    public double distanceToNash(double sellerUtility, double buyerUtility) {
        double ns = nash >= 0 ? utility[0][nash] : seller.reservationValue();
        double nb = nash >= 0 ? utility[1][nash] : buyer.reservationValue();
        return Math.hypot(sellerUtility - ns, buyerUtility - nb);
    }

    /**
     * @param sellerUtility a seller utility
     * @param buyerUtility  a buyer utility
     * @return the Euclidean distance to the nearest Pareto-optimal utility pair (0 on the frontier)
     */
    public double distanceToPareto(double sellerUtility, double buyerUtility) {
        double best = Double.POSITIVE_INFINITY;
        for (int k = 0; k < frontierSeller.length; k++) {
            best = Math.min(best, Math.hypot(sellerUtility - frontierSeller[k], buyerUtility - frontierBuyer[k]));
        }
        return best;
    }

    // indices sorted by ascending u, ties by index
    private static int[] sortBy(double[] u) {
        Integer[] boxed = new Integer[u.length];
        for (int i = 0; i < u.length; i++) {
            boxed[i] = i;
        }
        Arrays.sort(boxed, (a, b) -> {
            int c = Double.compare(u[a], u[b]);
            return c != 0 ? c : Integer.compare(a, b);
        });
        int[] out = new int[u.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = boxed[i];
        }
        return out;
    }

    // sweep by descending seller utility (ties: descending buyer), keep strictly improving buyer utility
    private int[] paretoFrontier() {
        int n = utility[0].length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> {
            int c = Double.compare(utility[0][b], utility[0][a]);
            if (c != 0) {
                return c;
            }
            c = Double.compare(utility[1][b], utility[1][a]);
            return c != 0 ? c : Integer.compare(a, b);
        });
        int[] keep = new int[n];
        int count = 0;
        double bestBuyer = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            int o = order[i];
            if (utility[1][o] > bestBuyer) {
                keep[count++] = o;
                bestBuyer = utility[1][o];
            }
        }
        return Arrays.copyOf(keep, count);
    }

    private int argmaxNash(double[] r) {
        int best = -1;
        double bestProduct = -1;
        for (int i = 0; i < utility[0].length; i++) {
            double gs = utility[0][i] - r[0];
            double gb = utility[1][i] - r[1];
            if (gs >= 0 && gb >= 0 && gs * gb > bestProduct) {
                bestProduct = gs * gb;
                best = i;
            }
        }
        return best;
    }

    private int argmaxKs(int[] frontier, double[] r) {
        double idealS = Double.NEGATIVE_INFINITY;
        double idealB = Double.NEGATIVE_INFINITY;
        for (int o : frontier) {
            if (utility[0][o] >= r[0] && utility[1][o] >= r[1]) {
                idealS = Math.max(idealS, utility[0][o]);
                idealB = Math.max(idealB, utility[1][o]);
            }
        }
        int best = -1;
        double bestRatio = Double.NEGATIVE_INFINITY;
        for (int o : frontier) {
            if (utility[0][o] >= r[0] && utility[1][o] >= r[1]) {
                double rs = idealS > r[0] ? (utility[0][o] - r[0]) / (idealS - r[0]) : 1;
                double rb = idealB > r[1] ? (utility[1][o] - r[1]) / (idealB - r[1]) : 1;
                double ratio = Math.min(rs, rb);
                if (ratio > bestRatio) {
                    bestRatio = ratio;
                    best = o;
                }
            }
        }
        return best;
    }
}
