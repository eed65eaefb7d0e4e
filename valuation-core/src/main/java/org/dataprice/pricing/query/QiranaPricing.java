package org.dataprice.pricing.query;

import java.util.BitSet;
import java.util.List;
import org.dataprice.error.Require;
import org.dataprice.explain.Explanation;
import org.dataprice.explain.Quantity;
import org.dataprice.explain.Step;
import org.dataprice.money.Money;

/**
 * Weighted-coverage query pricing (QIRANA; Deep &amp; Koutris, SIGMOD 2017, §3):
 * <pre>
 *   price(Q | H) = Σ { w(D′) : D′ ∈ S, Q(D′) ≠ Q(D), D′ ∉ H }
 * </pre>
 * where H is the set of worlds the buyer's earlier purchases already ruled out (history-aware pricing: a
 * buyer is not charged again for information it already bought). A bundle Q₁…Q_k is priced on the union
 * of the worlds its answers rule out.
 *
 * <p>Properties (Deep &amp; Koutris, Thm 3.3; tested): the price is <b>monotone</b> in information (if Q₁
 * determines Q₂ — every world Q₂ rules out Q₁ rules out too — then price(Q₂) ≤ price(Q₁)) and
 * <b>subadditive</b> (price(Q₁, Q₂) ≤ price(Q₁) + price(Q₂)), hence arbitrage-free; a query that reveals
 * nothing (same answer on every world) is free; the whole database costs Σ w. With history, the sum of
 * prices paid for a sequence of queries equals the bundle price (no double charging).
 * Stateless and thread-safe.
 */
public final class QiranaPricing {
    /** The default instance. */
    public static final QiranaPricing DEFAULT = new QiranaPricing();

    /**
     * @param support the support set; not null
     * @param query   what the query reveals; its worlds must be within the support; not null
     * @param history the buyer's history; not null
     * @return the price and the new history
     */
    public QueryPrice price(SupportSet support, QueryAnswers query, PurchaseHistory history) {
        return bundle(support, List.of(Require.notNull(query, "query")), history);
    }

    /**
     * @param support the support set; not null
     * @param queries the queries bought together, at least one; not null
     * @param history the buyer's history; not null
     * @return the price of the bundle and the new history
     */
    public QueryPrice bundle(SupportSet support, List<QueryAnswers> queries, PurchaseHistory history) {
        Require.notNull(support, "support");
        List<QueryAnswers> copy = Require.nonEmptyCopy(queries, "queries");
        Require.notNull(history, "history");
        BitSet ruledOut = new BitSet(support.size());
        for (int i = 0; i < copy.size(); i++) {
            BitSet q = copy.get(i).view();
            Require.that(q.length() <= support.size(), "queries[" + i + "]", q.length(),
                    org.dataprice.error.Rule.SIZE_MISMATCH, support.size());
            ruledOut.or(q);
        }
        int revealed = ruledOut.cardinality();
        BitSet fresh = (BitSet) ruledOut.clone();
        fresh.andNot(history.view());
        double price = 0;
        for (int w = fresh.nextSetBit(0); w >= 0; w = fresh.nextSetBit(w + 1)) {
            price += support.weight(w);
        }
        Money amount = Money.ofDouble(price, support.currency(), Money.SETTLEMENT_ROUNDING);
        Explanation explanation = Explanation.builder("pricing.query.qirana")
                .input("supportSize", support.size()).input("queries", copy.size()).input("historySize", history.size())
                .step(Step.builder(QuerySteps.RULED_OUT).formula("|{D′ : Q(D′) ≠ Q(D)}|").result(revealed, "").build())
                .step(Step.builder(QuerySteps.ALREADY_KNOWN).formula("|ruled out ∩ H|")
                        .result(revealed - fresh.cardinality(), "").build())
                .step(Step.builder(QuerySteps.PRICE).formula("Σ w(D′) over ruled out \\ H")
                        .input(Quantity.of("value", price, support.currency().getCurrencyCode()))
                        .result(Quantity.of("price", amount)).source("Deep & Koutris, SIGMOD 2017, §3").build())
                .build();
        return new QueryPrice(price, amount, history.with(ruledOut), explanation);
    }
}
