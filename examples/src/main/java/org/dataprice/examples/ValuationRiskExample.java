package org.dataprice.examples;

import java.io.PrintStream;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.dataprice.accounting.AcquisitionMode;
import org.dataprice.accounting.Amortisation;
import org.dataprice.accounting.AmortisationInputs;
import org.dataprice.accounting.AmortisationLine;
import org.dataprice.accounting.AmortisationSchedule;
import org.dataprice.accounting.CapitalisationResult;
import org.dataprice.accounting.CostCategory;
import org.dataprice.accounting.CostItem;
import org.dataprice.accounting.CostTreatment;
import org.dataprice.accounting.DataResource;
import org.dataprice.accounting.DataResourceCapitalisation;
import org.dataprice.accounting.DevelopmentCriteria;
import org.dataprice.accounting.DevelopmentPhase;
import org.dataprice.accounting.IntendedUse;
import org.dataprice.money.DisplayUnit;
import org.dataprice.money.Money;
import org.dataprice.pledge.CollateralClass;
import org.dataprice.pledge.Haircut;
import org.dataprice.pledge.LoanLimit;
import org.dataprice.pledge.LoanLimitInputs;
import org.dataprice.pledge.LoanLimitResult;
import org.dataprice.pledge.PledgePolicy;
import org.dataprice.pledge.StressedValue;
import org.dataprice.sensitivity.BaseCase;
import org.dataprice.sensitivity.InputRange;
import org.dataprice.sensitivity.Tornado;
import org.dataprice.sensitivity.TornadoBar;
import org.dataprice.sensitivity.TornadoInputs;
import org.dataprice.sensitivity.TornadoResult;
import org.dataprice.sensitivity.TwoWayAnalysis;
import org.dataprice.sensitivity.TwoWayInputs;
import org.dataprice.sensitivity.TwoWayTable;
import org.dataprice.simulation.CorrelationMatrix;
import org.dataprice.simulation.InputDistribution;
import org.dataprice.simulation.MonteCarloSettings;
import org.dataprice.simulation.Percentile;
import org.dataprice.simulation.SimulationInput;
import org.dataprice.simulation.SimulationInputs;
import org.dataprice.simulation.SimulationResult;
import org.dataprice.simulation.ValuationModel;
import org.dataprice.simulation.ValuationMonteCarlo;

/**
 * User story (issue 4, risk, pledge and accounting): an enterprise bought and cleaned a logistics data
 * set for its own use and wants a bank loan against it (数据资产质押融资).
 *
 * <ol>
 *   <li><b>Valuation.</b> Income approach, revenue-share method (收益分成法): the business the data
 *       serves earns R in year 1, growing 5 % a year for 5 years; the data's share of it is K; each
 *       year t is discounted by e^(−r t) (r continuously compounded):
 *       V = Σ_{t=1..5} R · 1.05^(t−1) · K · e^(−r t). Best estimates R = 20,000,000 元, K = 20 %,
 *       r = 10 %.</li>
 *   <li><b>Sensitivity.</b> A tornado (each input moved alone over its range) and a two-way table of
 *       the value over the discount rate and the share rate.</li>
 *   <li><b>Uncertainty.</b> A seeded Monte Carlo with R lognormal (mean 20,000,000, SD 4,000,000 元),
 *       K lognormal (mean 0.20, SD 0.03) and r normal (mean 0.10, SD 0.015), correlated through a
 *       Gaussian copula: ρ(R, K) = 0.5, ρ(R, r) = −0.3, ρ(K, r) = −0.2.</li>
 *   <li><b>Pledge.</b> The bank's loan limit under {@link PledgePolicy#DEFAULT} (base LTV 50 % for an
 *       income-approach value, × 0.85 because one customer brings 55 % of the revenue), and the
 *       stressed limit on the 5th percentile of the simulated value.</li>
 *   <li><b>Accounting.</b> The costs of the data set are classified under 财会〔2023〕11号; the capitalised
 *       amount (无形资产) is amortised straight-line over 36 months from January 2026.</li>
 * </ol>
 * All figures are illustrative.
 */
public final class ValuationRiskExample {
    /** The Monte Carlo seed: the same seed gives the same figures. */
    public static final long SEED = 2026L;
    /** The Monte Carlo draws. */
    public static final int DRAWS = 20_000;
    /** The input names, in the model's argument order. */
    public static final List<String> INPUTS = List.of("revenue", "shareRate", "discountRate");
    /** The best estimates of the inputs. */
    public static final List<Double> BASE = List.of(20_000_000.0, 0.20, 0.10);
    /** The correlation of the inputs (normal scores), in the order of {@link #INPUTS}. */
    public static final double[][] CORRELATION = {{1, 0.5, -0.3}, {0.5, 1, -0.2}, {-0.3, -0.2, 1}};

    private ValuationRiskExample() {
    }

    /**
     * The key results of the example.
     *
     * @param tornado      the tornado
     * @param twoWay       the two-way table (rows: discount rate; columns: share rate)
     * @param simulation   the Monte Carlo result
     * @param loan         the loan limit
     * @param capitalised  the classification of the data set's costs
     * @param amortisation the amortisation schedule of the capitalised amount
     */
    public record Results(TornadoResult tornado, TwoWayTable twoWay, SimulationResult simulation,
            LoanLimitResult loan, CapitalisationResult capitalised, AmortisationSchedule amortisation) {
    }

    /**
     * Prints the analysis.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        run(System.out);
    }

    /**
     * The income-approach value, V = Σ_{t=1..5} R · 1.05^(t−1) · K · e^(−r t).
     *
     * @return the model over {@link #INPUTS}
     */
    public static ValuationModel model() {
        return new ValuationModel("income.revenueShare", INPUTS, "CNY", x -> {
            double value = 0;
            double revenue = x[0];
            for (int t = 1; t <= 5; t++) {
                value += revenue * x[1] * Math.exp(-x[2] * t);
                revenue *= 1.05;
            }
            return value;
        });
    }

    /**
     * Runs the analysis and prints it.
     *
     * @param out where to print; not null
     * @return the results
     */
    public static Results run(PrintStream out) {
        ValuationModel model = model();
        BaseCase base = new BaseCase(model, BASE);
        out.println("Income approach (收益分成法): V = Σ_{t=1..5} R·1.05^(t−1)·K·e^(−r·t)");
        out.println("  best estimates R = " + yuan(BASE.get(0)) + ", K = 20 %, r = 10 %: V = " + yuan(base.baseValue())
                + " (" + wan(base.baseValue()) + ")");

        // 1. Tornado: each input alone over its range.
        TornadoResult tornado = Tornado.DEFAULT.compute(new TornadoInputs(base, List.of(
                new InputRange("revenue", 16_000_000, 24_000_000),
                new InputRange("shareRate", 0.15, 0.25),
                new InputRange("discountRate", 0.08, 0.12))));
        out.println();
        out.println("1. Tornado (龙卷风图): value with one input at its low / high end, the others at base");
        for (TornadoBar bar : tornado.bars()) {
            out.printf(Locale.ROOT, "   %-13s %12s .. %-12s -> %12s .. %-12s  swing %s%n", bar.name(), num(bar.lowInput()),
                    num(bar.highInput()), wan(bar.valueAtLow()), wan(bar.valueAtHigh()), wan(bar.swing()));
        }

        // 2. Two-way table: discount rate × share rate.
        TwoWayTable table = TwoWayAnalysis.DEFAULT.compute(new TwoWayInputs(base, "discountRate",
                List.of(0.08, 0.09, 0.11, 0.12), "shareRate", List.of(0.15, 0.175, 0.225, 0.25)));
        out.println();
        out.println("2. Two-way table (双因素敏感性), 万元: rows discount rate r, columns share rate K; [base]");
        StringBuilder header = new StringBuilder("   r \\ K ");
        for (double k : table.columnValues()) {
            header.append(String.format(Locale.ROOT, "%12s", num(k)));
        }
        out.println(header);
        for (int i = 0; i < table.rowValues().size(); i++) {
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "   %-6s", num(table.rowValues().get(i))));
            for (int j = 0; j < table.columnValues().size(); j++) {
                String cell = Money.ofDouble(table.value(i, j), Money.CNY, RoundingMode.HALF_EVEN).format(DisplayUnit.WAN_YUAN)
                        .replace(" 万元", "");
                boolean isBase = i == table.baseRow() && j == table.baseColumn();
                row.append(String.format(Locale.ROOT, "%12s", isBase ? "[" + cell + "]" : cell));
            }
            out.println(row);
        }

        // 3. Monte Carlo over the three correlated inputs.
        Money appraised = Money.ofDouble(base.baseValue(), Money.CNY, RoundingMode.HALF_EVEN);
        SimulationResult sim = ValuationMonteCarlo.DEFAULT.run(new SimulationInputs(model, List.of(
                new SimulationInput("revenue", InputDistribution.LogNormal.ofMeanAndStandardDeviation(20_000_000, 4_000_000)),
                new SimulationInput("shareRate", InputDistribution.LogNormal.ofMeanAndStandardDeviation(0.20, 0.03)),
                new SimulationInput("discountRate", new InputDistribution.Normal(0.10, 0.015))),
                CorrelationMatrix.of(CORRELATION), MonteCarloSettings.of(DRAWS, SEED).withTarget(base.baseValue())));
        out.println();
        out.println("3. Monte Carlo (蒙特卡洛), " + String.format(Locale.ROOT, "%,d", sim.draws()) + " draws, seed " + sim.seed()
                + ", correlated inputs ρ(R,K) 0.5, ρ(R,r) −0.3, ρ(K,r) −0.2");
        out.println("   mean " + wan(sim.mean()) + ", SD " + wan(sim.standardDeviation()) + ", standard error "
                + wan(sim.standardError()) + ", 95 % interval of the mean [" + wan(sim.confidenceLower()) + ", "
                + wan(sim.confidenceUpper()) + "]");
        StringBuilder pct = new StringBuilder("   percentiles:");
        for (Percentile p : sim.percentiles()) {
            pct.append(String.format(Locale.ROOT, " P%.0f %s;", 100 * p.probability(), wan(p.value())));
        }
        out.println(pct);
        out.printf(Locale.ROOT, "   P(V > best-estimate value) = %.4f%n", sim.probabilityAboveTarget().orElseThrow());

        // 4. Pledge loan limit, unstressed and stressed on the 5th percentile.
        StressedValue stressed = StressedValue.fromSimulation(sim, 0.05, Money.CNY);
        LoanLimitResult loan = LoanLimit.DEFAULT.compute(new LoanLimitInputs(appraised,
                CollateralClass.INCOME_WITH_CONTRACT_REVENUE, true, 85, 0.55, 60, 12, Optional.of(stressed)),
                PledgePolicy.DEFAULT);
        out.println();
        out.println("4. Pledge loan (质押融资), policy defaults: appraised value " + yuan(appraised.toDouble()));
        out.printf(Locale.ROOT, "   base LTV %.2f", loan.baseLtv());
        for (Haircut h : loan.haircuts()) {
            out.printf(Locale.ROOT, " × %.2f (%s)", h.factor(), h.reason());
        }
        out.printf(Locale.ROOT, " = effective LTV %.4f%n", loan.effectiveLtv());
        out.println("   unstressed limit  " + appraised.format(DisplayUnit.YUAN) + " × LTV = "
                + loan.unstressedLimit().format(DisplayUnit.YUAN));
        out.println("   stressed limit    P5 " + stressed.value().format(DisplayUnit.YUAN) + " × LTV = "
                + loan.stressedLimit().orElseThrow().format(DisplayUnit.YUAN));
        out.println("   loan limit (授信额度) " + loan.loanLimit().format(DisplayUnit.YUAN) + " ("
                + loan.loanLimit().format(DisplayUnit.WAN_YUAN) + "), term " + loan.approvedTermMonths() + " months");

        // 5. Accounting: capitalise the costs, then amortise.
        CapitalisationResult cap = DataResourceCapitalisation.DEFAULT.classify(new DataResource(
                "物流数据集 logistics data set", IntendedUse.INTERNAL_USE, AcquisitionMode.OUTSOURCED, true,
                DevelopmentCriteria.ALL_MET, List.of(
                        cost("purchase", CostCategory.PURCHASE_PRICE, "3000000.00"),
                        cost("VAT and stamp duty", CostCategory.TAXES, "180000.00"),
                        cost("desensitisation", CostCategory.DESENSITISATION, "250000.00"),
                        cost("cleansing", CostCategory.CLEANSING, "120000.00"),
                        cost("title certification", CostCategory.RIGHTS_CERTIFICATION, "50000.00"),
                        cost("quality assessment", CostCategory.QUALITY_ASSESSMENT, "30000.00"),
                        cost("staff training", CostCategory.TRAINING, "40000.00"),
                        cost("general administration", CostCategory.GENERAL_ADMINISTRATION, "60000.00")),
                Money.CNY));
        out.println();
        out.println("5. Accounting (数据资源入表): class " + cap.assetClass());
        for (CostTreatment line : cap.lines()) {
            out.printf(Locale.ROOT, "   %-24s %15s  %s%n", line.item().description(),
                    line.item().amount().format(DisplayUnit.YUAN), line.treatment());
        }
        out.println("   capitalised " + cap.capitalised().format(DisplayUnit.YUAN) + ", expensed "
                + cap.expensed().format(DisplayUnit.YUAN));
        AmortisationSchedule schedule = Amortisation.DEFAULT.schedule(
                AmortisationInputs.straightLine(cap.capitalised(), YearMonth.of(2026, 1), 36));
        out.println("   straight-line over 36 months from 2026-01 (当月增加当月摊销):");
        List<AmortisationLine> lines = schedule.lines();
        for (int i : new int[] {0, 1, 11, 12, 35}) {
            AmortisationLine l = lines.get(i);
            out.printf(Locale.ROOT, "   %3d %s  %14s  accumulated %16s  closing %16s%n", l.number(), l.period(),
                    l.amortisation().format(DisplayUnit.YUAN), l.accumulated().format(DisplayUnit.YUAN),
                    l.closing().format(DisplayUnit.YUAN));
        }
        for (Map.Entry<Year, Money> y : schedule.amortisationByYear().entrySet()) {
            out.println("   year " + y.getKey() + ": " + y.getValue().format(DisplayUnit.YUAN));
        }
        out.println("   total " + schedule.totalAmortisation().format(DisplayUnit.YUAN));
        return new Results(tornado, table, sim, loan, cap, schedule);
    }

    private static CostItem cost(String description, CostCategory category, String amount) {
        return new CostItem(description, category, DevelopmentPhase.NOT_APPLICABLE, LocalDate.of(2025, 11, 30),
                Money.cny(amount));
    }

    private static String num(double x) {
        return x >= 1000 ? wan(x) : String.format(Locale.ROOT, "%.3f", x);
    }

    private static String yuan(double amount) {
        return Money.ofDouble(amount, Money.CNY, RoundingMode.HALF_EVEN).format(DisplayUnit.YUAN);
    }

    private static String wan(double amount) {
        return Money.ofDouble(amount, Money.CNY, RoundingMode.HALF_EVEN).format(DisplayUnit.WAN_YUAN);
    }
}
