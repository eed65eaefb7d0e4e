package org.dataprice.examples;

import java.io.PrintStream;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import org.dataprice.explain.Explanation;
import org.dataprice.explain.Quantity;
import org.dataprice.explain.Step;
import org.dataprice.finance.cashflow.CashFlows;
import org.dataprice.finance.cashflow.InternalRateOfReturn;
import org.dataprice.finance.cashflow.IrrResult;
import org.dataprice.finance.cashflow.NetPresentValue;
import org.dataprice.finance.cashflow.NpvResult;
import org.dataprice.finance.lattice.CrrProbability;
import org.dataprice.finance.lattice.RealOptionFeature;
import org.dataprice.finance.lattice.RealOptionInputs;
import org.dataprice.finance.lattice.RealOptionResult;
import org.dataprice.finance.lattice.RealOptionTree;
import org.dataprice.finance.montecarlo.ControlVariate;
import org.dataprice.finance.montecarlo.MonteCarloInputs;
import org.dataprice.finance.montecarlo.MonteCarloOptionPricer;
import org.dataprice.finance.montecarlo.MonteCarloResult;
import org.dataprice.finance.montecarlo.Payoff;
import org.dataprice.finance.option.OptionType;
import org.dataprice.money.DisplayUnit;
import org.dataprice.money.Money;

/**
 * User story (issue 4, finance): a data-product team values its product three ways.
 *
 * <ol>
 *   <li><b>DCF.</b> Building the product costs 1,000,000 元 now; licences bring 1,350,000 元 in year 1
 *       and 985,000 元 in year 2; in year 3 the team must buy back the exclusive licence it granted
 *       (1,365,000 元). The flows change sign twice, so there can be two IRRs: both are reported, with
 *       the NPV at the 10 % cost of capital.</li>
 *   <li><b>Real options</b> (实物期权) on a binomial (CRR) tree of the product's value V: today V0 =
 *       5,000,000 元, volatility 35 %, risk-free rate 3 %, value leakage (obsolescence, copying) 5 % a
 *       year, 3 years, one step a year. The team may <i>abandon</i> (sell the data set for 3,500,000 元)
 *       or <i>expand</i> (license it to a second market, adding 40 % of V for 1,500,000 元), at any
 *       node.</li>
 *   <li><b>Monte Carlo.</b> A partner sells the team the right to take over a competing product worth
 *       V in two years for 5,500,000 元: a European call on V, valued with 200,000 seeded paths
 *       (antithetic variates and a control variate), with its standard error and 95 % interval.</li>
 * </ol>
 * All figures are illustrative. Every model returns an explanation; the example prints its summary
 * (method, input hash and the top-level steps, the last holding the result).
 */
public final class OptionAndDcfExample {
    /** The cost of capital of the DCF. */
    public static final double COST_OF_CAPITAL = 0.10;
    /** The Monte Carlo seed: the same seed gives the same figures. */
    public static final long SEED = 20_261_126L;

    private OptionAndDcfExample() {
    }

    /**
     * The key results of the example.
     *
     * @param npv        NPV of the DCF at {@link #COST_OF_CAPITAL}
     * @param irr        the IRRs of the DCF
     * @param abandon    V0 with the abandonment option
     * @param expand     V0 with the expansion option
     * @param both       V0 with both options
     * @param monteCarlo the Monte Carlo value of the takeover right
     */
    public record Results(NpvResult npv, IrrResult irr, RealOptionResult abandon, RealOptionResult expand,
            RealOptionResult both, MonteCarloResult monteCarlo) {
    }

    /**
     * Prints the valuation.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        run(System.out);
    }

    /**
     * Runs the three valuations and prints them.
     *
     * @param out where to print; not null
     * @return the results
     */
    public static Results run(PrintStream out) {
        // 1. DCF: flows in 元 at the end of years 0..3.
        CashFlows flows = CashFlows.of(-1_000_000, 1_350_000, 985_000, -1_365_000);
        NpvResult npv = NetPresentValue.DEFAULT.npv(flows, COST_OF_CAPITAL);
        IrrResult irr = InternalRateOfReturn.DEFAULT.irr(flows);
        out.println("1. Discounted cash flow (现金流折现)");
        String[] labels = {"build the product", "licence income", "licence income", "buy back the licence"};
        for (int i = 0; i < flows.size(); i++) {
            out.printf(Locale.ROOT, "   year %d  %-22s %16s%n", i, labels[i], yuan(flows.amount(i)));
        }
        out.printf(Locale.ROOT, "   NPV at %.0f %%: %s%n", 100 * COST_OF_CAPITAL, yuan(npv.value()));
        out.printf(Locale.ROOT, "   sign changes %d, so up to %d IRRs; found %d: %s%n", irr.signChanges(),
                irr.signChanges(), irr.roots().size(), percents(irr.roots()));
        out.printf(Locale.ROOT, "   unique: %s (%s), %d warning(s)%n", irr.unique(), irr.proof(), irr.warnings().size());
        out.println("   (NPV > 0 only between the two IRRs: \"IRR > cost of capital\" is no rule here; use the NPV)");
        summary(out, npv.explanation());
        summary(out, irr.explanation());

        // 2. Real options on a 3-step CRR tree of the product value.
        out.println();
        out.println("2. Real options (实物期权) on a binomial tree");
        out.println("   V0 " + yuan(5_000_000) + ", σ 35 %, r 3 %, leakage δ 5 %, 3 years, 3 steps");
        RealOptionResult abandon = realOption(List.of(new RealOptionFeature.Abandon(3_500_000)));
        RealOptionResult expand = realOption(List.of(new RealOptionFeature.Expand(0.4, 1_500_000)));
        RealOptionResult both = realOption(List.of(new RealOptionFeature.Abandon(3_500_000),
                new RealOptionFeature.Expand(0.4, 1_500_000)));
        out.printf(Locale.ROOT, "   tree: u %.6f, d %.6f, p %.6f%n", abandon.up(), abandon.down(), abandon.probability());
        printOption(out, "abandon for 3,500,000 元", abandon);
        printOption(out, "expand +40 % for 1,500,000 元", expand);
        printOption(out, "both", both);
        summary(out, both.explanation());

        // 3. Monte Carlo value of a European call on V.
        out.println();
        out.println("3. Monte Carlo (蒙特卡洛) value of the right to take over a product worth V in 2 years for 5,500,000 元");
        MonteCarloResult mc = MonteCarloOptionPricer.DEFAULT.price(new MonteCarloInputs(5_000_000, 0.03, 0.05, 0.35, 2,
                new Payoff.European(OptionType.CALL, 5_500_000), 200_000, SEED, true, ControlVariate.TERMINAL_VALUE, 1));
        out.printf(Locale.ROOT, "   value %s, standard error %s, 95 %% interval [%s, %s]%n", yuan(mc.price()),
                yuan(mc.standardError()), yuan(mc.lower95()), yuan(mc.upper95()));
        out.printf(Locale.ROOT, "   %,d paths, seed %d, control β %.4f%n", mc.paths(), mc.seed(), mc.controlBeta());
        summary(out, mc.explanation());
        return new Results(npv, irr, abandon, expand, both, mc);
    }

    private static RealOptionResult realOption(List<RealOptionFeature> features) {
        return RealOptionTree.DEFAULT.value(new RealOptionInputs(5_000_000, 0.35, 0.03, 0.05, 3, 3, features,
                CrrProbability.TEXTBOOK));
    }

    private static void printOption(PrintStream out, String name, RealOptionResult r) {
        out.printf(Locale.ROOT, "   %-30s value with option %s = static %s + option %s%n", name,
                wan(r.expandedValue()), wan(r.staticValue()), wan(r.optionPremium()));
    }

    /** Prints an explanation's method, input hash and top-level steps (without their sub-steps). */
    static void summary(PrintStream out, Explanation e) {
        out.println("   explanation: method " + e.methodId() + ", inputs sha256 " + e.inputHash().substring(0, 12) + "…");
        for (Step step : e.steps()) {
            out.println("     - " + step.key().label() + ": " + value(step.result()));
        }
    }

    /** A step result as text: numbers to 8 significant digits, with their unit. */
    static String value(Quantity q) {
        if (!q.isNumeric()) {
            return q.text();
        }
        if ("CNY".equals(q.unit())) {
            return Money.of(q.number(), Money.CNY, 2, RoundingMode.HALF_EVEN).format(DisplayUnit.YUAN);
        }
        String number = q.number().round(new MathContext(8)).stripTrailingZeros().toPlainString();
        return q.unit().isEmpty() ? number : number + " " + q.unit();
    }

    private static String yuan(double amount) {
        return Money.ofDouble(amount, Money.CNY, RoundingMode.HALF_EVEN).format(DisplayUnit.YUAN);
    }

    private static String wan(double amount) {
        return Money.ofDouble(amount, Money.CNY, RoundingMode.HALF_EVEN).format(DisplayUnit.WAN_YUAN);
    }

    private static String percents(List<Double> rates) {
        StringBuilder s = new StringBuilder();
        for (double r : rates) {
            s.append(s.length() == 0 ? "" : " and ").append(String.format(Locale.ROOT, "%.4f %%", 100 * r));
        }
        return s.toString();
    }
}
