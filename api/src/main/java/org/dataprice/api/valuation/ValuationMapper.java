package org.dataprice.api.valuation;

import org.dataprice.api.json.CoreFields;
import org.dataprice.api.explain.ExplanationResponse;
import org.dataprice.appraisal.Engagement;
import org.dataprice.appraisal.ValuationReport;
import org.dataprice.error.DatapriceException;
import org.dataprice.error.Require;
import org.dataprice.error.InvalidInputException;
import org.dataprice.error.Rule;
import org.dataprice.quality.CombinedWeights;
import org.dataprice.quality.EntropyWeight;
import org.dataprice.quality.FuzzyEvaluation;
import org.dataprice.quality.FuzzyOperator;
import org.dataprice.quality.FuzzyResult;
import org.dataprice.quality.HierarchyNode;
import org.dataprice.quality.HierarchyWeights;
import org.dataprice.quality.MembershipMatrix;
import org.dataprice.quality.NodeWeight;
import org.dataprice.quality.WeightResult;
import org.dataprice.quality.Weights;
import org.dataprice.valuation.income.ScenarioInputs;
import org.dataprice.money.Money;
import org.dataprice.quality.Ahp;
import org.dataprice.quality.AhpResult;
import org.dataprice.quality.CriterionScore;
import org.dataprice.quality.PairwiseMatrix;
import org.dataprice.quality.QualityInputs;
import org.dataprice.quality.QualityScore;
import org.dataprice.quality.WeightMethod;
import org.dataprice.valuation.cost.CostInputs;
import org.dataprice.valuation.cost.CostItem;
import org.dataprice.valuation.cost.CostResult;
import org.dataprice.valuation.cost.ValueAdjustment;
import org.dataprice.valuation.income.Amounts;
import org.dataprice.valuation.cost.ReplacementCostInputs;
import org.dataprice.valuation.income.CashFlowRow;
import org.dataprice.valuation.income.ContributoryCharge;
import org.dataprice.valuation.income.DiscountRate;
import org.dataprice.valuation.income.Discounting;
import org.dataprice.valuation.income.Forecast;
import org.dataprice.valuation.income.IncomeInputs;
import org.dataprice.valuation.income.IncomeResult;
import org.dataprice.valuation.income.IncomeTerm;
import org.dataprice.valuation.income.RiskPremium;
import org.dataprice.valuation.income.ShareRate;
import org.dataprice.valuation.market.AdjustedComparable;
import org.dataprice.valuation.market.ComparableTransaction;
import org.dataprice.valuation.market.MarketInputs;
import org.dataprice.valuation.market.MarketResult;
import org.dataprice.valuation.market.MarketSubject;
import org.dataprice.valuation.market.VolumeAdjustment;
import org.dataprice.valuation.market.Weighting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The one mapper of the appraisal domain: request DTOs → core input records (whose compact constructors
 * validate; a {@link DatapriceException} is re-thrown with its field prefixed by the JSON path), and core
 * results → response DTOs. It only maps: the rule "engagement quality sets the cost factor U" is the core's
 * ({@link Engagement.Builder#qualityAdjustment()}), and the sensitivity and Monte Carlo drivers move the mapped
 * engagement in the core ({@link org.dataprice.appraisal.driver.EngagementDrivers}). Stateless and thread-safe.
 */
public final class ValuationMapper {
    private static final Currency CNY = Money.CNY;

    private ValuationMapper() {
    }

    private static <T> T within(String path, Supplier<T> body) {
        return CoreFields.within(path, body);
    }

    private static Currency currency(String code, Currency fallback) {
        return code == null ? fallback : Money.currency(code, "currency");
    }

    // ---------------------------------------------------------------- cost

    /**
     * @param r the request
     * @return the core input
     */
    public static CostInputs toModel(AppraisalRequests.Cost r) {
        onlyItsKind(r.adjustment(), "adjustment");
        return toModel(r, currency(r.currency(), CNY), "", null);
    }

    /**
     * @param engagement the engagement being built, whose quality sets U for an adjustment of kind QUALITY without
     *                   its own score; null for a stand-alone cost approach
     */
    static CostInputs toModel(AppraisalRequests.Cost r, Currency cur, String path, Engagement.Builder engagement) {
        return within(path, () -> {
            List<CostItem> items = new ArrayList<>(r.items().size());
            for (int i = 0; i < r.items().size(); i++) {
                AppraisalRequests.CostItem it = r.items().get(i);
                items.add(within("items[" + i + "]", () -> new CostItem(it.name(), it.category(), Money.of(it.amount(), cur))));
            }
            ValueAdjustment adj = within("adjustment", () -> adjustment(r.adjustment(), engagement));
            return new CostInputs(items, r.costReturn(), adj);
        });
    }

    private static ValueAdjustment adjustment(AppraisalRequests.Adjustment a, Engagement.Builder engagement) {
        return switch (a.kind()) {
            case QUALITY -> a.qualityScore() != null || engagement == null
                    ? ValueAdjustment.fromQuality(Require.notNull(a.qualityScore(), "qualityScore"))
                    : engagement.qualityAdjustment();
            case REMAINING_LIFE -> ValueAdjustment.remainingLife(Require.notNull(a.remaining(), "remaining"),
                    Require.notNull(a.total(), "total"));
            case GIVEN -> new ValueAdjustment.Given(Require.notNull(a.u(), "u"), Boolean.TRUE.equals(a.premium()),
                    a.reason() == null ? "" : a.reason());
        };
    }

    /**
     * @param r the 2019-form request
     * @return the core input
     */
    public static ReplacementCostInputs toModel(AppraisalRequests.ReplacementCost r) {
        Currency cur = currency(r.currency(), CNY);
        Money cost = CoreFields.rebased("amount", "replacementCost", () -> Money.of(r.replacementCost(), cur));
        return new ReplacementCostInputs(cost, r.obsolescence());
    }

    /**
     * @param r the core result
     * @return the response
     */
    public static AppraisalResponses.Cost toResponse(CostResult r) {
        return new AppraisalResponses.Cost(r.value().amount(), r.value().currency().getCurrencyCode(), r.totalCost().amount(),
                r.factor(), ExplanationResponse.from(r.explanation()));
    }

    // ---------------------------------------------------------------- income

    /**
     * @param r the request
     * @return the core input
     */
    public static IncomeInputs toModel(AppraisalRequests.Income r) {
        onlyItsKind(r, "");
        return toModel(r, currency(r.currency(), CNY), "");
    }

    static IncomeInputs toModel(AppraisalRequests.Income r, Currency cur, String path) {
        return within(path, () -> {
            Forecast forecast = within("forecast", () -> forecast(r.forecast()));
            DiscountRate rate = within("discountRate", () -> rate(r.discountRate()));
            IncomeTerm term = r.term() == null ? IncomeTerm.FORECAST : within("term",
                    () -> new IncomeTerm(r.term().legalPeriods(), r.term().contractPeriods(), r.term().economicPeriods()));
            return new IncomeInputs(forecast, rate, r.discounting() == null ? Discounting.END_OF_PERIOD : r.discounting(), term,
                    r.decay() == null ? 0 : r.decay(), cur);
        });
    }

    private static Amounts amounts(List<BigDecimal> values, String field) {
        Require.notNull(values, field);
        double[] out = new double[values.size()];
        for (int t = 0; t < out.length; t++) {
            out[t] = values.get(t).doubleValue();
        }
        return within(field, () -> Amounts.of(out));
    }

    private static Forecast forecast(AppraisalRequests.Forecast f) {
        return switch (f.kind()) {
            case DIRECT -> new Forecast.Direct(amounts(f.amounts(), "amounts"));
            case SHARE -> {
                ShareRate k;
                if (f.shareRate() != null) {
                    k = CoreFields.rebased("k", "shareRate", () -> ShareRate.given(f.shareRate()));
                } else {
                    AppraisalRequests.ShareBand b = Require.notNull(f.shareBand(), "shareRate");
                    k = within("shareBand", () -> ShareRate.inBand(b.low(), b.high(), b.r()));
                }
                yield new Forecast.Share(amounts(f.amounts(), "amounts"), k);
            }
            case INCREMENTAL -> new Forecast.Incremental(amounts(f.amounts(), "amounts"),
                    amounts(f.withoutData(), "withoutData"), Require.notNull(f.incrementalKind(), "incrementalKind"),
                    Require.notNull(f.taxRate(), "taxRate"));
            case EXCESS_EARNINGS -> {
                List<AppraisalRequests.Charge> given = f.charges() == null ? List.of() : f.charges();
                List<ContributoryCharge> charges = new ArrayList<>();
                for (int i = 0; i < given.size(); i++) {
                    AppraisalRequests.Charge c = given.get(i);
                    String path = "charges[" + i + "]";
                    charges.add(within(path, () -> {
                        Require.size(c.amounts().size(), f.amounts().size(), "amounts");
                        return new ContributoryCharge(c.name(), amounts(c.amounts(), "amounts"));
                    }));
                }
                yield new Forecast.ExcessEarnings(amounts(f.amounts(), "amounts"), charges);
            }
        };
    }

    private static DiscountRate rate(AppraisalRequests.Rate r) {
        if (r.riskFree() == null) {
            return DiscountRate.given(Require.notNull(r.rate(), "rate"));
        }
        List<RiskPremium> premia = new ArrayList<>();
        List<AppraisalRequests.Premium> given = r.premia() == null ? List.of() : r.premia();
        for (int i = 0; i < given.size(); i++) {
            AppraisalRequests.Premium p = given.get(i);
            premia.add(within("premia[" + i + "]", () -> new RiskPremium(p.name(), p.rate())));
        }
        DiscountRate built = DiscountRate.buildUp(r.riskFree(), premia.toArray(RiskPremium[]::new));
        return r.rate() == null ? built : new DiscountRate(r.rate(), r.riskFree(), premia);
    }

    /**
     * @param r the core result
     * @return the response
     */
    public static AppraisalResponses.Income toResponse(IncomeResult r) {
        return new AppraisalResponses.Income(r.value().amount(), r.value().currency().getCurrencyCode(), r.presentValue(),
                r.periods(), rows(r.schedule().rows()), r.warnings(), ExplanationResponse.from(r.explanation()));
    }

    static List<AppraisalResponses.CashFlow> rows(List<CashFlowRow> rows) {
        List<AppraisalResponses.CashFlow> out = new ArrayList<>(rows.size());
        for (CashFlowRow c : rows) {
            out.add(new AppraisalResponses.CashFlow(c.scenario(), c.period(), c.forecast(), c.contributionFactor(), c.income(),
                    c.discountFactor(), c.presentValue()));
        }
        return out;
    }

    // ---------------------------------------------------------------- market

    /**
     * @param r the request
     * @return the core input
     */
    public static MarketInputs toModel(AppraisalRequests.Market r) {
        return toModel(r, currency(r.currency(), CNY), "");
    }

    static MarketInputs toModel(AppraisalRequests.Market r, Currency cur, String path) {
        return within(path, () -> {
            AppraisalRequests.Subject s = r.subject();
            MarketSubject subject = within("subject",
                    () -> new MarketSubject(s.right(), s.valuationDate(), s.volume(), s.quality(), s.priceIndex()));
            List<ComparableTransaction> comps = new ArrayList<>(r.comparables().size());
            for (int i = 0; i < r.comparables().size(); i++) {
                AppraisalRequests.Comparable c = r.comparables().get(i);
                comps.add(within("comparables[" + i + "]", () -> {
                    Money price = within("price", () -> Money.of(c.price(), cur));
                    return new ComparableTransaction(c.id(), price, c.date(), c.right(), c.volume(), c.quality(),
                            c.supplyDemand() == null ? 1 : c.supplyDemand(), c.other() == null ? 1 : c.other(), c.priceIndex(),
                            c.similarity() == null ? 1 : c.similarity());
                }));
            }
            VolumeAdjustment volume = r.volumeExponent() == null ? VolumeAdjustment.LINEAR
                    : CoreFields.rebased("exponent", "volumeExponent", () -> VolumeAdjustment.power(r.volumeExponent()));
            return new MarketInputs(subject, comps, volume, r.weighting() == null ? Weighting.ARITHMETIC_MEAN : r.weighting(),
                    List.of(), r.maxCoefficientOfVariation() == null ? MarketInputs.DEFAULT_MAX_CV : r.maxCoefficientOfVariation(),
                    r.fewComparablesReason() == null ? "" : r.fewComparablesReason());
        });
    }

    /**
     * @param r the core result
     * @return the response
     */
    public static AppraisalResponses.Market toResponse(MarketResult r) {
        return new AppraisalResponses.Market(r.value().amount(), r.value().currency().getCurrencyCode(),
                r.coefficientOfVariation(), comparables(r.comparables()), r.warnings(), ExplanationResponse.from(r.explanation()));
    }

    static List<AppraisalResponses.Adjusted> comparables(List<AdjustedComparable> list) {
        List<AppraisalResponses.Adjusted> out = new ArrayList<>(list.size());
        for (AdjustedComparable c : list) {
            out.add(new AppraisalResponses.Adjusted(c.id(), c.price(), c.quality(), c.supplyDemand(), c.date(), c.volume(), c.other(),
                    c.custom(), c.adjustedPrice(), c.weight()));
        }
        return out;
    }

    // ---------------------------------------------------------------- quality

    /**
     * @param r the request
     * @return the AHP weights of the matrix
     */
    public static AhpResult ahp(AppraisalRequests.Quality r) {
        double[][] m = new double[r.matrix().size()][];
        for (int i = 0; i < m.length; i++) {
            List<Double> row = r.matrix().get(i);
            m[i] = new double[row.size()];
            for (int j = 0; j < row.size(); j++) {
                m[i][j] = row.get(j);
            }
        }
        PairwiseMatrix matrix = CoreFields.rebased("judgements", "matrix", () -> PairwiseMatrix.of(m));
        return Ahp.DEFAULT.weigh(matrix, r.method() == null ? WeightMethod.EIGENVECTOR : r.method());
    }

    /**
     * @param r   the request
     * @param ahp its AHP weights
     * @return the quality inputs, or null when no criterion scores are given
     */
    public static QualityInputs toModel(AppraisalRequests.Quality r, AhpResult ahp) {
        if (r.criteria() == null) {
            return null;
        }
        Require.size(r.criteria().size(), ahp.weights().size(), "criteria");
        List<CriterionScore> scores = new ArrayList<>();
        for (int i = 0; i < r.criteria().size(); i++) {
            AppraisalRequests.Criterion c = r.criteria().get(i);
            double w = ahp.weights().get(i);
            scores.add(within("criteria[" + i + "]", () -> new CriterionScore(c.id(), c.label(), w, c.score())));
        }
        return new QualityInputs(scores, ahp.explanation());
    }

    /**
     * @param ahp   the weights
     * @param score the composite score, or null
     * @return the response
     */
    public static AppraisalResponses.Quality toResponse(AhpResult ahp, QualityScore score) {
        AppraisalResponses.Judgement worst = judgement(ahp);
        List<Double> w = new ArrayList<>();
        for (double x : ahp.weights().toArray()) {
            w.add(x);
        }
        return new AppraisalResponses.Quality(ahp.method(), w, ahp.lambdaMax(), ahp.ci(), ahp.ri(), ahp.cr(), ahp.consistent(),
                worst, ExplanationResponse.from(ahp.explanation()), score == null ? null : score.score(),
                score == null ? null : ExplanationResponse.from(score.explanation()));
    }

    // ---------------------------------------------------------------- income, multi-scenario

    /**
     * @param r the multi-scenario request
     * @return the core input; errors name {@code scenarios[k].…}
     */
    public static ScenarioInputs toModel(AppraisalRequests.IncomeScenarios r) {
        for (int k = 0; k < r.scenarios().size(); k++) {
            onlyItsKind(r.scenarios().get(k).discountRate(), "scenarios[" + k + "].discountRate");
        }
        Currency cur = currency(r.currency(), CNY);
        Set<String> names = new HashSet<>();
        List<org.dataprice.valuation.income.Scenario> scenarios = new ArrayList<>(r.scenarios().size());
        for (int k = 0; k < r.scenarios().size(); k++) {
            AppraisalRequests.IncomeScenario s = r.scenarios().get(k);
            scenarios.add(within("scenarios[" + k + "]", () -> {
                Require.that(names.add(s.name()), "name", s.name(), Rule.DUPLICATE, s.name());
                Amounts income = amounts(s.income(), "income");
                DiscountRate rate = within("discountRate", () -> rate(s.discountRate()));
                return new org.dataprice.valuation.income.Scenario(s.name(), s.share(), income, rate);
            }));
        }
        return new ScenarioInputs(scenarios, r.discounting() == null ? Discounting.END_OF_PERIOD : r.discounting(), cur);
    }

    // ---------------------------------------------------------------- quality weightings

    private static double[] vector(List<Double> values) {
        double[] out = new double[values.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = values.get(i);
        }
        return out;
    }

    private static double[][] matrix(List<List<Double>> rows) {
        double[][] out = new double[rows.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = vector(rows.get(i));
        }
        return out;
    }

    private static List<Double> list(double[] values) {
        List<Double> out = new ArrayList<>(values.length);
        for (double v : values) {
            out.add(v);
        }
        return out;
    }

    /**
     * @param r the hierarchy request
     * @return the core tree; errors name {@code root.children[i]….}
     */
    public static HierarchyNode toModel(QualityRequests.Hierarchy r) {
        checkIds(r.root(), "root", new HashSet<>());
        return node(r.root(), "root");
    }

    private static void checkIds(QualityRequests.Node n, String path, Set<String> ids) {
        Require.that(ids.add(n.id()), path + ".id", n.id(), Rule.DUPLICATE, n.id());
        List<QualityRequests.Node> kids = n.children() == null ? List.of() : n.children();
        for (int i = 0; i < kids.size(); i++) {
            checkIds(kids.get(i), path + ".children[" + i + "]", ids);
        }
    }

    private static HierarchyNode node(QualityRequests.Node n, String path) {
        List<QualityRequests.Node> kids = n.children() == null ? List.of() : n.children();
        List<HierarchyNode> children = new ArrayList<>(kids.size());
        for (int i = 0; i < kids.size(); i++) {
            children.add(node(kids.get(i), path + ".children[" + i + "]"));
        }
        return within(path, () -> {
            Require.that(n.score() == null || kids.isEmpty(), "score", n.score(), Rule.INVALID_STATE,
                    "only a leaf has a score; a criterion's score is computed");
            PairwiseMatrix m = n.judgements() == null ? null : PairwiseMatrix.of(matrix(n.judgements()));
            return new HierarchyNode(n.id(), n.label(), m, children);
        });
    }

    /**
     * @param r       the hierarchy request
     * @param weights its weights
     * @return the composite-score inputs, or null when no leaf has a score
     */
    public static QualityInputs toModel(QualityRequests.Hierarchy r, HierarchyWeights weights) {
        Map<String, Double> scores = new HashMap<>();
        Map<String, String> paths = new LinkedHashMap<>();
        leafScores(r.root(), "root", scores, paths);
        if (scores.isEmpty()) {
            return null;
        }
        for (Map.Entry<String, String> leaf : paths.entrySet()) {
            Double s = Require.notNull(scores.get(leaf.getKey()), leaf.getValue() + ".score");
            Require.probability(s, leaf.getValue() + ".score");
        }
        return QualityInputs.fromHierarchy(weights, scores);
    }

    private static void leafScores(QualityRequests.Node n, String path, Map<String, Double> scores, Map<String, String> paths) {
        if (n.children() == null || n.children().isEmpty()) {
            paths.put(n.id(), path);
            if (n.score() != null) {
                scores.put(n.id(), n.score());
            }
            return;
        }
        for (int i = 0; i < n.children().size(); i++) {
            leafScores(n.children().get(i), path + ".children[" + i + "]", scores, paths);
        }
    }

    /**
     * @param w     the hierarchy weights
     * @param score the composite score, or null
     * @return the response
     */
    public static QualityResponses.Hierarchy toResponse(HierarchyWeights w, QualityScore score) {
        List<QualityResponses.Node> nodes = new ArrayList<>(w.nodes().size());
        for (NodeWeight n : w.nodes()) {
            nodes.add(new QualityResponses.Node(n.id(), n.label(), n.depth(), n.leaf(), n.local(), n.global()));
        }
        List<QualityResponses.Matrix> matrices = new ArrayList<>();
        // the core's map is unordered: list the criteria in tree order (root first, then depth first)
        List<String> order = new ArrayList<>();
        Set<String> below = new HashSet<>();
        w.nodes().forEach(n -> below.add(n.id()));
        for (String id : w.matrices().keySet()) {
            if (!below.contains(id)) { // the root
                order.add(id);
            }
        }
        for (NodeWeight n : w.nodes()) {
            if (w.matrices().containsKey(n.id())) {
                order.add(n.id());
            }
        }
        for (String id : order) {
            AhpResult a = w.matrices().get(id);
            matrices.add(new QualityResponses.Matrix(id, list(a.weights().toArray()), a.lambdaMax(), a.ci(), a.ri(), a.cr(),
                    a.consistent(), judgement(a)));
        }
        return new QualityResponses.Hierarchy(w.method(), nodes, matrices, w.allConsistent(), ExplanationResponse.from(w.explanation()),
                score == null ? null : score.score(), score == null ? null : ExplanationResponse.from(score.explanation()));
    }

    private static AppraisalResponses.Judgement judgement(AhpResult ahp) {
        return ahp.mostInconsistent() == null ? null
                : new AppraisalResponses.Judgement(ahp.mostInconsistent().row(), ahp.mostInconsistent().column(),
                ahp.mostInconsistent().given(), ahp.mostInconsistent().implied(), ahp.mostInconsistent().logDeviation());
    }

    /**
     * @param r the fuzzy request
     * @return the evaluation (fields {@code weights}, {@code memberships[i][j]}, {@code gradeValues})
     */
    public static FuzzyResult evaluate(QualityRequests.Fuzzy r) {
        Weights w = Weights.of(vector(r.weights()));
        MembershipMatrix m = MembershipMatrix.of(matrix(r.memberships()));
        return FuzzyEvaluation.DEFAULT.evaluate(w, m, vector(r.gradeValues()),
                r.operator() == null ? FuzzyOperator.WEIGHTED_AVERAGE : r.operator());
    }

    /**
     * @param r the fuzzy result
     * @return the response
     */
    public static QualityResponses.Fuzzy toResponse(FuzzyResult r) {
        return new QualityResponses.Fuzzy(r.operator(), list(r.evaluation().toArray()), r.score(), ExplanationResponse.from(r.explanation()));
    }

    /**
     * @param r the entropy request
     * @return the objects × indicators matrix (fields {@code values[i][j]})
     */
    public static double[][] toModel(QualityRequests.Entropy r) {
        return matrix(r.values());
    }

    /**
     * @param r entropy or combined weights
     * @return the response
     */
    public static QualityResponses.Weights toResponse(WeightResult r) {
        return new QualityResponses.Weights(r.method(), list(r.weights().toArray()), ExplanationResponse.from(r.explanation()));
    }

    /**
     * Combines subjective and objective weights, each given directly or derived (AHP, entropy).
     *
     * @param r the request
     * @return the response
     */
    public static QualityResponses.Combined combine(QualityRequests.Combined r) {
        exactlyOne(r.subjective(), r.subjectiveJudgements(), "subjective", "subjectiveJudgements");
        exactlyOne(r.objective(), r.objectiveValues(), "objective", "objectiveValues");
        AhpResult ahp = null;
        Weights s;
        if (r.subjective() != null) {
            s = CoreFields.rebased("weights", "subjective", () -> Weights.of(vector(r.subjective())));
        } else {
            PairwiseMatrix m = CoreFields.rebased("judgements", "subjectiveJudgements", () -> PairwiseMatrix.of(matrix(r.subjectiveJudgements())));
            ahp = Ahp.DEFAULT.weigh(m, r.method() == null ? WeightMethod.EIGENVECTOR : r.method());
            s = ahp.weights();
        }
        WeightResult entropy = null;
        Weights o;
        if (r.objective() != null) {
            o = CoreFields.rebased("weights", "objective", () -> Weights.of(vector(r.objective())));
        } else {
            WeightResult e = CoreFields.rebased("values", "objectiveValues", () -> EntropyWeight.DEFAULT.weigh(matrix(r.objectiveValues())));
            entropy = e;
            o = e.weights();
        }
        WeightResult w;
        if (r.form() == QualityRequests.CombinationForm.LINEAR) {
            w = CombinedWeights.DEFAULT.linear(s, o, Require.notNull(r.alpha(), "alpha"));
        } else {
            Require.that(r.alpha() == null, "alpha", r.alpha(), Rule.INVALID_STATE, "alpha is used by the LINEAR form only");
            w = CombinedWeights.DEFAULT.multiplicative(s, o);
        }
        return new QualityResponses.Combined(w.method(), list(w.weights().toArray()), list(s.toArray()), list(o.toArray()),
                r.alpha(), ExplanationResponse.from(w.explanation()), ahp == null ? null : ExplanationResponse.from(ahp.explanation()),
                entropy == null ? null : ExplanationResponse.from(entropy.explanation()));
    }

    private static void exactlyOne(Object a, Object b, String fieldA, String fieldB) {
        Require.that(a != null || b != null, fieldA, null, Rule.NOT_NULL);
        Require.that(a == null || b == null, fieldB, "both given", Rule.INVALID_STATE, "give " + fieldA + " or " + fieldB + ", not both");
    }

    // ---------------------------------------------------------------- engagement

    /**
     * An engagement arriving now: {@link #toModel(ValuationRequest)}, after refusing every field that its kind does not
     * read (an adjustment's, a forecast's, a discount rate's), so that no figure of the request is silently ignored.
     * A stored engagement is re-mapped with {@link #toModel(ValuationRequest)}, which reads it as it was read when it
     * was stored.
     *
     * @param r the request
     * @return the core engagement
     */
    public static Engagement toNewModel(ValuationRequest r) {
        if (r.cost() != null) {
            onlyItsKind(r.cost().inputs().adjustment(), "cost.inputs.adjustment");
        }
        if (r.income() != null) {
            onlyItsKind(r.income().inputs(), "income.inputs.");
        }
        return toModel(r);
    }

    /** Refuses the fields of an adjustment that its kind does not read. */
    private static void onlyItsKind(AppraisalRequests.Adjustment a, String path) {
        String p = path + ".";
        boolean quality = a.kind() == AppraisalRequests.AdjustmentKind.QUALITY;
        boolean life = a.kind() == AppraisalRequests.AdjustmentKind.REMAINING_LIFE;
        boolean given = a.kind() == AppraisalRequests.AdjustmentKind.GIVEN;
        CoreFields.absent(quality ? null : a.qualityScore(), p + "qualityScore");
        CoreFields.absent(life ? null : a.remaining(), p + "remaining");
        CoreFields.absent(life ? null : a.total(), p + "total");
        CoreFields.absent(given ? null : a.u(), p + "u");
        CoreFields.absent(given ? null : a.premium(), p + "premium");
        CoreFields.absent(given ? null : a.reason(), p + "reason");
    }

    /** Refuses the fields of an income approach's forecast and discount rate that their kinds do not read. */
    private static void onlyItsKind(AppraisalRequests.Income r, String prefix) {
        AppraisalRequests.Forecast f = r.forecast();
        String p = prefix + "forecast.";
        AppraisalRequests.ForecastKind k = f.kind();
        boolean share = k == AppraisalRequests.ForecastKind.SHARE;
        boolean incremental = k == AppraisalRequests.ForecastKind.INCREMENTAL;
        CoreFields.absent(share ? null : f.shareRate(), p + "shareRate");
        CoreFields.absent(share && f.shareRate() == null ? null : f.shareBand(), p + "shareBand");
        CoreFields.absent(incremental ? null : f.withoutData(), p + "withoutData");
        CoreFields.absent(incremental ? null : f.incrementalKind(), p + "incrementalKind");
        CoreFields.absent(incremental ? null : f.taxRate(), p + "taxRate");
        CoreFields.absent(k == AppraisalRequests.ForecastKind.EXCESS_EARNINGS ? null : f.charges(), p + "charges");
        onlyItsKind(r.discountRate(), prefix + "discountRate");
    }

    /** Refuses risk premia without the risk-free rate they would be added to. */
    private static void onlyItsKind(AppraisalRequests.Rate r, String path) {
        CoreFields.absent(r.riskFree() == null ? r.premia() : null, path + ".premia");
    }

    /**
     * @param r the request
     * @return the core engagement (a cost U of kind QUALITY without its own score is the engagement's quality score,
     *         set by the core: {@link Engagement.Builder#qualityAdjustment()})
     */
    public static Engagement toModel(ValuationRequest r) {
        Currency cur = currency(r.currency(), CNY);
        Engagement.Builder b = Engagement.builder().reference(r.reference())
                .asset(within("asset", () -> new org.dataprice.appraisal.DataAssetDescription(r.asset().name(), r.asset().structure(),
                        r.asset().dictionary(), r.asset().size(), r.asset().period(), r.asset().updateFrequency(), r.asset().storage())))
                .right(r.right()).purpose(r.purpose()).basisOfValue(r.basisOfValue()).valuationDate(r.valuationDate())
                .appraiser(r.appraiser()).currency(cur);
        if (r.assumptions() != null) {
            r.assumptions().forEach(b::assumption);
        }
        if (r.limitingConditions() != null) {
            r.limitingConditions().forEach(b::limitingCondition);
        }
        b.client(r.client());
        if (r.signatories() != null) {
            for (int i = 0; i < r.signatories().size(); i++) {
                ValuationRequest.Signatory sr = r.signatories().get(i);
                b.signatory(sr == null ? null : within("signatories[" + i + "]",
                        () -> new org.dataprice.appraisal.Signatory(sr.name(), sr.registrationNumber())));
            }
        }
        if (r.quality() != null) {
            AppraisalRequests.Quality qr = r.quality();
            b.quality(within("quality", () -> {
                Require.notNull(qr.criteria(), "criteria");
                return toModel(qr, ahp(qr));
            }));
        }
        if (r.cost() != null) {
            b.cost(toModel(r.cost().inputs(), cur, "cost.inputs", b), r.cost().weight(), r.cost().reason());
        }
        if (r.income() != null) {
            b.income(toModel(r.income().inputs(), cur, "income.inputs"), r.income().weight(), r.income().reason());
        }
        if (r.market() != null) {
            b.market(toModel(r.market().inputs(), cur, "market.inputs"), r.market().weight(), r.market().reason());
        }
        // the engagement's cross-checks name the market subject by the core's path; the request holds it in inputs
        return CoreFields.renamed(Map.of("market.subject", "market.inputs.subject"), b::build);
    }

    /**
     * @param report the core report
     * @return the JSON report
     */
    public static ReportResponse toResponse(ValuationReport report) {
        List<ReportResponse.ApproachResult> approaches = new ArrayList<>();
        for (var a : report.approaches()) {
            approaches.add(new ReportResponse.ApproachResult(a.approach(), a.approach().labelZh(), a.approach().labelEn(),
                    a.value().amount(), a.weight(), a.reason(), a.warnings(), ExplanationResponse.from(a.explanation())));
        }
        var c = report.conclusion();
        return new ReportResponse(c.value().amount(), c.low().amount(), c.high().amount(), c.value().currency().getCurrencyCode(),
                c.statementZh(), c.statementEn(), report.quality() == null ? null : report.quality().score(), approaches,
                rows(report.cashFlows().rows()), comparables(report.comparables()), report.warnings(), report.libraryVersion(),
                report.inputHash(), ExplanationResponse.from(report.explanation()));
    }
}
