package org.dataprice.api.valuation;

import org.dataprice.api.budget.Interruptible;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.dataprice.api.security.Roles;
import org.dataprice.api.storage.AllowedBelowFloor;
import org.dataprice.quality.AhpResult;
import org.dataprice.quality.EntropyWeight;
import org.dataprice.quality.HierarchicalAhp;
import org.dataprice.quality.HierarchyWeights;
import org.dataprice.quality.QualityInputs;
import org.dataprice.quality.QualityScoring;
import org.dataprice.quality.WeightMethod;
import org.dataprice.valuation.cost.CostApproach;
import org.dataprice.valuation.income.IncomeApproach;
import org.dataprice.valuation.market.MarketApproach;

/**
 * Stateless appraisal computations for embedding systems: nothing is stored, so no {@code Idempotency-Key}.
 * Roles {@code APPRAISER} or {@code READER}.
 */
@Interruptible
@AllowedBelowFloor("computes from the request and stores nothing")
@Controller("/v1/appraisal")
@Secured({Roles.APPRAISER, Roles.READER})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Appraisal", description = "Stateless cost, income, market and quality computations (AHP, hierarchy, fuzzy, entropy, combined weights) (APPRAISER or READER)")
public class AppraisalController {

    /**
     * Cost approach (成本法) P = TC × (1 + R) × U.
     *
     * @param request the cost items, return and U
     * @return the value with its explanation
     */
    @Post("/cost")
    @Operation(summary = "Cost approach value")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "cost", value = ValuationExamples.COST)))
    public AppraisalResponses.Cost cost(@Body @Valid AppraisalRequests.Cost request) {
        return ValuationMapper.toResponse(CostApproach.DEFAULT.value(ValuationMapper.toModel(request)));
    }

    /**
     * The 2019 cost form (《资产评估专家指引第9号》): replacement cost × (1 − obsolescence).
     *
     * @param request replacement cost and obsolescence rate
     * @return the value with its explanation
     */
    @Post("/cost/2019")
    @Operation(summary = "Cost approach value, 2019 form")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "2019 form", value = ValuationExamples.COST_2019)))
    public AppraisalResponses.Cost cost2019(@Body @Valid AppraisalRequests.ReplacementCost request) {
        return ValuationMapper.toResponse(CostApproach.DEFAULT.value2019(ValuationMapper.toModel(request)));
    }

    /**
     * Income approach (收益法) P = Σ F_t / (1 + i)^t.
     *
     * @param request forecast, discount rate, term
     * @return the value, the cash-flow schedule and the explanation
     */
    @Post("/income")
    @Operation(summary = "Income approach value")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "profit share", value = ValuationExamples.INCOME)))
    public AppraisalResponses.Income income(@Body @Valid AppraisalRequests.Income request) {
        return ValuationMapper.toResponse(IncomeApproach.DEFAULT.value(ValuationMapper.toModel(request)));
    }

    /**
     * Multi-scenario income form P = Σ_k j_k Σ_t R_kt / (1 + r_k)^(t − o).
     *
     * @param request the scenarios (name, share j_k, income R_kt, discount rate r_k)
     * @return the value, the schedule (one row per scenario and period) and the explanation
     */
    @Post("/income/scenarios")
    @Operation(summary = "Income approach value, multi-scenario form")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "two scenarios",
            value = ValuationExamples.INCOME_SCENARIOS)))
    public AppraisalResponses.Income incomeScenarios(@Body @Valid AppraisalRequests.IncomeScenarios request) {
        return ValuationMapper.toResponse(IncomeApproach.DEFAULT.value(ValuationMapper.toModel(request)));
    }

    /**
     * Market approach (市场法) over adjusted comparables.
     *
     * @param request subject and comparables
     * @return the value, the adjustment table and the explanation
     */
    @Post("/market")
    @Operation(summary = "Market approach value")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "three comparables",
            value = ValuationExamples.MARKET)))
    public AppraisalResponses.Market market(@Body @Valid AppraisalRequests.Market request) {
        return ValuationMapper.toResponse(MarketApproach.DEFAULT.value(ValuationMapper.toModel(request)));
    }

    /**
     * AHP weights (λmax, CI, RI, CR, the most inconsistent judgement) and, with criterion scores, Q = Σ w_k s_k.
     *
     * @param request pairwise matrix, method, optional scores
     * @return weights, consistency and score
     */
    @Post("/quality")
    @Operation(summary = "AHP weights and composite quality score")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "two criteria",
            value = ValuationExamples.QUALITY)))
    public AppraisalResponses.Quality quality(@Body @Valid AppraisalRequests.Quality request) {
        AhpResult ahp = ValuationMapper.ahp(request);
        QualityInputs inputs = ValuationMapper.toModel(request, ahp);
        return ValuationMapper.toResponse(ahp, inputs == null ? null : QualityScoring.DEFAULT.score(inputs));
    }

    /**
     * Hierarchical AHP: local and global weights of every node, each criterion's consistency and, with a score on
     * every leaf, Q = Σ g_leaf · s_leaf.
     *
     * @param request the criteria tree and the weight method
     * @return the weights, consistency and score
     */
    @Post("/quality/hierarchy")
    @Operation(summary = "Hierarchical AHP global weights")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "two levels",
            value = ValuationExamples.HIERARCHY)))
    public QualityResponses.Hierarchy hierarchy(@Body @Valid QualityRequests.Hierarchy request) {
        HierarchyWeights weights = HierarchicalAhp.DEFAULT.weigh(ValuationMapper.toModel(request),
                request.method() == null ? WeightMethod.EIGENVECTOR : request.method());
        QualityInputs inputs = ValuationMapper.toModel(request, weights);
        return ValuationMapper.toResponse(weights, inputs == null ? null : QualityScoring.DEFAULT.score(inputs));
    }

    /**
     * Fuzzy comprehensive evaluation B = W ∘ R with M(·,+) or M(∧,∨), S = B · V.
     *
     * @param request weights, membership matrix, grade values, operator
     * @return B and S
     */
    @Post("/quality/fuzzy")
    @Operation(summary = "Fuzzy comprehensive evaluation")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "weighted average",
            value = ValuationExamples.FUZZY)))
    public QualityResponses.Fuzzy fuzzy(@Body @Valid QualityRequests.Fuzzy request) {
        return ValuationMapper.toResponse(ValuationMapper.evaluate(request));
    }

    /**
     * Entropy weights of the indicators from their values over the evaluated objects.
     *
     * @param request the objects × indicators values
     * @return the weights
     */
    @Post("/quality/entropy")
    @Operation(summary = "Entropy weights")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "entropy", value = ValuationExamples.ENTROPY)))
    public QualityResponses.Weights entropy(@Body @Valid QualityRequests.Entropy request) {
        return ValuationMapper.toResponse(EntropyWeight.DEFAULT.weigh(ValuationMapper.toModel(request)));
    }

    /**
     * Combined subjective/objective weights, multiplicative or linear; either side given or derived (AHP, entropy).
     *
     * @param request the form and the two sides
     * @return the combined weights and the sides used
     */
    @Post("/quality/combined")
    @Operation(summary = "Combined subjective/objective weights")
    @RequestBody(content = @Content(examples = {
            @ExampleObject(name = "multiplicative", value = ValuationExamples.COMBINED),
            @ExampleObject(name = "from judgements", value = ValuationExamples.COMBINED_FROM_JUDGEMENTS)}))
    public QualityResponses.Combined combined(@Body @Valid QualityRequests.Combined request) {
        return ValuationMapper.combine(request);
    }
}
