package org.dataprice.api.problem;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.env.Environment;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.dataprice.error.CalculationException;
import org.dataprice.error.InvalidInputException;
import org.dataprice.error.LimitExceededException;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;

import java.util.List;

/** Endpoints that fail in every way, for {@link ProblemResponsesTest}. Test environment only. */
@Controller("/test/problems")
@Secured(SecurityRule.IS_ANONYMOUS)
@Requires(env = Environment.TEST)
@ExecuteOn(TaskExecutors.BLOCKING)
public class ProblemTestController {

    /** A nested request for violation paths. */
    @Serdeable
    public record Item(@Positive double price) {
    }

    /** A request with nested, validated parts. */
    @Serdeable
    public record Order(@NotNull Double total, @NotEmpty List<@Valid Item> items) {
    }

    /** A result with a double. */
    @Serdeable
    public record Value(double value) {
    }

    @Get("/invalid")
    Value invalid() {
        throw new InvalidInputException("discountRate", -1.5, Rule.GREATER_THAN, "-1");
    }

    @Get("/limit")
    Value limit() {
        throw new LimitExceededException("players", 30, 20, "use MonteCarloShapley");
    }

    @Get("/calculation")
    Value calculation() {
        throw CalculationException.noConvergence("irr", 100, 1e-10);
    }

    @Get("/nested")
    Value nested() {
        try {
            Require.positive(-3, "price");
        } catch (InvalidInputException e) {
            throw e.within("comparables[2]");
        }
        return new Value(1);
    }

    @Get("/crash")
    Value crash() {
        throw new IllegalStateException("secret internal detail");
    }

    @Get("/nan")
    Value nan() {
        return new Value(Double.NaN);
    }

    @Get("/negative-zero")
    Value negativeZero() {
        return new Value(-1e-300 * 1e-300); // underflows to -0.0
    }

    @Post("/order")
    Value order(@Body @Valid Order order) {
        return new Value(Require.finite(order.total(), "total"));
    }
}
