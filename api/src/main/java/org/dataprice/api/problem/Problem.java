package org.dataprice.api.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * An RFC 9457 problem detail, served as {@code application/problem+json} for every error.
 *
 * @param type       a stable URI naming the kind of problem ({@link ProblemType} or
 *                   {@code org.dataprice.error.Rule#typeUri()}); never null
 * @param title      a short summary that does not change between occurrences; never null
 * @param status     the HTTP status code
 * @param detail     what went wrong in this occurrence, in words a client can act on
 * @param instance   the request path
 * @param field      extension: the offending input field, a dotted path such as {@code cashFlows[3].amount}
 * @param rule       extension: the stable id of the broken {@code org.dataprice.error.Rule}
 * @param violations extension: every bean-validation violation, for {@link ProblemType#VALIDATION}
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, @Nullable String detail, @Nullable String instance,
                      @Nullable String field, @Nullable String rule, @Nullable List<Violation> violations) {

    /** The media type of every problem response. */
    public static final String MEDIA_TYPE = "application/problem+json";

    /**
     * A problem of one of the service's own types.
     *
     * @param type     the type
     * @param detail   what went wrong
     * @param instance the request path; may be null
     * @return the problem
     */
    public static Problem of(ProblemType type, @Nullable String detail, @Nullable String instance) {
        return new Problem(type.uri(), type.title(), type.status().getCode(), detail, instance, null, null, null);
    }

    /**
     * One failed bean-validation constraint.
     *
     * @param field   the offending field, e.g. {@code roles[0]} or {@code name}
     * @param message what the constraint requires
     */
    @Serdeable
    public record Violation(String field, String message) {
    }
}
