package org.dataprice.api.idempotency;

import io.micronaut.aop.Around;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.dataprice.api.problem.Problem;
import org.dataprice.api.storage.StorageWriteGuard;
import io.swagger.v3.oas.annotations.enums.ParameterIn;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a state-changing controller method exactly-once per {@code Idempotency-Key} header and
 * caller, across every instance sharing the database:
 * <ul>
 *   <li>first request with a key: runs the method; a 2xx answer is stored (status, body,
 *       {@code Location}) for {@code dataprice.idempotency.retention} (24 h by default);</li>
 *   <li>same key, same request again: the stored answer is returned without running the method,
 *       with header {@code Idempotent-Replayed: true};</li>
 *   <li>same key, different request (method, path or decoded body differ): 422
 *       {@code idempotency-key-reused};</li>
 *   <li>same key while the first request is still running: 409 {@code idempotency-in-flight};</li>
 *   <li>no key and {@link #required()}: 400 {@code idempotency-key-missing}.</li>
 * </ul>
 * The method's writes and the stored answer commit in ONE transaction ({@link IdempotencyStore}),
 * so a crash never leaves work without its answer or an answer without its work. A request that
 * fails (an exception or a non-2xx answer) rolls back and stores nothing, so the client may retry
 * with the same key. The method must be blocking, write only to the default datasource and return
 * {@code HttpResponse<T>} with a JSON-serializable {@code T} (or void).
 *
 * <p>The annotation also documents the header in the OpenAPI document of every method it marks (a meta-annotation
 * the OpenAPI generator reads as a stereotype) as a reference to the parameter {@code IdempotencyKey} defined in
 * {@code api/src/main/openapi/idempotency-key.yml}, merged into the document: a required string with an example, so that Swagger UI's "Try it out"
 * shows the field and sends it.
 */
@Documented
@Parameter(name = Idempotent.HEADER, in = ParameterIn.HEADER, ref = "#/components/parameters/IdempotencyKey")
@ApiResponse(responseCode = "507", description = StorageWriteGuard.OPENAPI_507,
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Around
public @interface Idempotent {
    /** The request header carrying the key. */
    String HEADER = "Idempotency-Key";
    /** The response header set on a replayed answer. */
    String REPLAYED_HEADER = "Idempotent-Replayed";

    /** @return whether a request without the header is rejected (400); otherwise it runs unguarded */
    boolean required() default true;

    /**
     * @return top-level properties of the response body never stored (e.g. a secret shown once);
     *         a replay answers without them
     */
    String[] redact() default {};

    /**
     * @return whether the answer's body is not stored but read back from the created resource on a
     *         replay (the declaring controller implements {@link ReplayFromLocation}); for large
     *         answers that the resource's own tables already hold
     */
    boolean replayFromLocation() default false;
}
