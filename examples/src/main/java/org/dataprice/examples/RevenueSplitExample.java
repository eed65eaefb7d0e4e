package org.dataprice.examples;

import java.math.BigDecimal;
import java.util.List;
import org.dataprice.money.Money;
import org.dataprice.split.game.PlayerValues;
import org.dataprice.split.game.TableGame;
import org.dataprice.split.nucleolus.CoreCheck;
import org.dataprice.split.nucleolus.Nucleolus;
import org.dataprice.split.payout.AnnualPayment;
import org.dataprice.split.payout.Commission;
import org.dataprice.split.payout.DividendBasis;
import org.dataprice.split.payout.Earmark;
import org.dataprice.split.payout.LossPolicy;
import org.dataprice.split.payout.PartyLimit;
import org.dataprice.split.payout.PartyStatement;
import org.dataprice.split.payout.PayoutEngine;
import org.dataprice.split.payout.PayoutLine;
import org.dataprice.split.payout.PerUseFee;
import org.dataprice.split.payout.Settlement;
import org.dataprice.split.payout.SettlementTerms;
import org.dataprice.split.sampling.MonteCarloShapley;
import org.dataprice.split.sampling.SampledValues;
import org.dataprice.split.sampling.SamplingOptions;
import org.dataprice.split.sampling.SamplingVariant;
import org.dataprice.split.shapley.ExactShapley;

/**
 * "Who invests, contributes, benefits" (谁投入、谁贡献、谁受益): three parties build a data product —
 * a public-data operator (公共数据运营方), an enterprise that processes the data (加工方) and an
 * operator that sells it (经营方). The revenue each coalition could earn alone is a table game; the
 * Shapley value measures each party's contribution (checked by permutation sampling and against the
 * nucleolus and the core), and the period's pool of 1,000,000.00 CNY is settled: 10 % returned to
 * public services first, the exchange's commission, per-use fees and an annual fee, then dividends
 * pro rata to the Shapley values with a floor for the public-data operator. Every fen is accounted for.
 */
public final class RevenueSplitExample {
    private RevenueSplitExample() {
    }

    /**
     * Runs the story and returns its report.
     *
     * @return the report text
     */
    public static String run() {
        StringBuilder out = new StringBuilder();
        List<String> parties = List.of("public-data-operator", "processor", "product-operator");
        // worth (10k CNY) of v1, v2, v3, v12, v13, v23, v123
        TableGame game = TableGame.ofLexicographic(3, new double[] {10, 5, 0, 40, 30, 20, 90});
        PlayerValues shapley = ExactShapley.DEFAULT.compute(game);
        SampledValues sampled = MonteCarloShapley.DEFAULT.compute(game,
                SamplingOptions.of(2024, 20_000).withVariant(SamplingVariant.ANTITHETIC));
        PlayerValues nucleolus = Nucleolus.DEFAULT.nucleolus(game);
        boolean inCore = CoreCheck.profit(game, shapley.toArray(), 1e-9).member();
        out.append("contributions (10k CNY)\n");
        for (int i = 0; i < parties.size(); i++) {
            out.append(String.format(java.util.Locale.ROOT, "  %-22s shapley %7.4f  sampled %7.4f ± %.4f  nucleolus %7.4f%n",
                    parties.get(i), shapley.value(i), sampled.value(i), sampled.standardError(i), nucleolus.value(i)));
        }
        out.append("  shapley in core: ").append(inCore).append('\n');

        SettlementTerms terms = new SettlementTerms(
                List.of(new Earmark("public-services", new BigDecimal("0.10"))),
                List.of(Commission.flat("exchange", Money.cny("1000000"), new BigDecimal("0.03")),
                        new PerUseFee("processor", Money.cny("0.02"), 1_234_567),
                        new AnnualPayment("product-operator", Money.cny("60000"), new BigDecimal("0.25"))),
                DividendBasis.byValue(parties, shapley),
                List.of(PartyLimit.floor("public-data-operator", Money.cny("250000"))),
                LossPolicy.CARRY_FORWARD);
        Settlement settlement = PayoutEngine.DEFAULT.settle("2025-Q1", Money.cny("1000000.00"), Money.zero(Money.CNY), terms);
        out.append("settlement ").append(settlement.period()).append(", pool ").append(settlement.pool()).append('\n');
        for (PartyStatement s : settlement.statements()) {
            out.append("  ").append(s.party()).append(": ").append(s.total()).append('\n');
            for (PayoutLine line : s.lines()) {
                out.append("      ").append(line.kind()).append(' ').append(line.amount()).append("  [").append(line.basis())
                        .append("]\n");
            }
        }
        out.append("total paid ").append(settlement.totalPaid()).append(", retained ").append(settlement.retained())
                .append('\n');
        return out.toString();
    }

    /**
     * Prints the report.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        System.out.print(run());
    }
}
