package org.dataprice.api.valuation;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.dataprice.api.security.Roles;
import org.dataprice.quality.AhpResult;
import org.dataprice.quality.QualityInputs;
import org.dataprice.quality.QualityScoring;
import org.dataprice.valuation.cost.CostApproach;
import org.dataprice.valuation.income.IncomeApproach;
import org.dataprice.valuation.market.MarketApproach;

/**
 * Stateless appraisal computations for embedding systems: nothing is stored, so no {@code Idempotency-Key}.
 * Roles {@code APPRAISER} or {@code READER}.
 */
@Controller("/v1/appraisal")
@Secured({Roles.APPRAISER, Roles.READER})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Appraisal", description = "Stateless cost, income, market and quality computations (APPRAISER or READER)")
public class AppraisalController {

    /**
     * Cost approach (成本法) P = TC × (1 + R) × U.
     *
     * @param request the cost items, return and U
     * @return the value with its explanation
     */
    @Post("/cost")
    @Operation(summary = "Cost approach value")
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
    public AppraisalResponses.Income income(@Body @Valid AppraisalRequests.Income request) {
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
    public AppraisalResponses.Quality quality(@Body @Valid AppraisalRequests.Quality request) {
        AhpResult ahp = ValuationMapper.ahp(request);
        QualityInputs inputs = ValuationMapper.toModel(request, ahp);
        return ValuationMapper.toResponse(ahp, inputs == null ? null : QualityScoring.DEFAULT.score(inputs));
    }
}
