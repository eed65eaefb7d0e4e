package org.dataprice.api.split;

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

/**
 * Contribution values (贡献度量): Shapley, Banzhaf, nucleolus, least core and core checks of a
 * cooperative game, and data values of training points. Stateless: nothing is stored, so the POST
 * needs no {@code Idempotency-Key}.
 */
@Interruptible
@Controller("/v1/contributions")
@Secured({Roles.READER, Roles.APPRAISER, Roles.ADMIN, Roles.SETTLEMENT})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Revenue split", description = "Contribution values and settlements")
public class ContributionController {
    private final ContributionService contributions;

    /**
     * @param contributions the service
     */
    public ContributionController(ContributionService contributions) {
        this.contributions = contributions;
    }

    /**
     * Computes each player's contribution by the method asked for. Sampled methods need a seed and
     * return standard errors and confidence intervals; the same request gives the same figures.
     *
     * @param request the game (or data), the method and its options
     * @return the values, with the algorithm used and its explanation
     */
    @Post
    @Operation(summary = "Compute contribution values (Shapley, Banzhaf, nucleolus, data values)")
    @RequestBody(content = @Content(examples = {
            @ExampleObject(name = "exact shapley", value = SplitExamples.SHAPLEY_TABLE),
            @ExampleObject(name = "monte carlo shapley", value = SplitExamples.SHAPLEY_MONTE_CARLO),
            @ExampleObject(name = "knn data values", value = SplitExamples.KNN_SHAPLEY)}))
    public ContributionResponse compute(@Body @Valid ContributionRequest request) {
        return contributions.compute(request);
    }
}
