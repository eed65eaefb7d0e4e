package org.dataprice.api.storage;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.web.router.RouteAttributes;
import io.micronaut.web.router.RouteMatch;
import org.dataprice.api.problem.Problem;
import org.dataprice.api.problem.ProblemException;
import org.dataprice.api.problem.ProblemExceptionHandler;
import org.dataprice.api.security.StateChangingMethods;

import java.util.Optional;

/**
 * Refuses every state-changing request (POST, PUT, PATCH, DELETE) with 507 {@code insufficient-storage} before it
 * reaches a controller while a watched file system is below its floor, or would be after the request's declared
 * {@code Content-Length} ({@link StorageGuard#require}); so a bulk load too large for the spool is refused before its
 * first byte is read. Reads (GET, HEAD, OPTIONS) keep working, and so do operations marked
 * {@link AllowedBelowFloor} (calculations that store nothing, cancelling a job, revoking a key). Runs after
 * authentication, as {@code LedgerWriteGuard} does, so an anonymous caller still gets 401 and learns nothing about
 * the disks. A body sent without a length (chunked) is checked as it is spooled ({@link StorageGuard#guard}).
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class StorageWriteGuard implements Ordered {
    /** The OpenAPI description of the 507 answer of a guarded operation ({@code @Idempotent} documents it on its own). */
    public static final String OPENAPI_507 = "insufficient-storage: a disk the service writes to is below its free-space "
            + "floor, or would be after the declared Content-Length; refused before any work, nothing written (docs/api.md)";
    /** The OpenAPI description of the 507 answer of a streamed upload. */
    public static final String OPENAPI_507_UPLOAD = OPENAPI_507 + "; a body sent without a length is refused as soon as "
            + "its spool reaches the floor, nothing loaded";
    private final StorageGuard guard;

    /** @param guard the free-space guard */
    public StorageWriteGuard(StorageGuard guard) {
        this.guard = guard;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }

    /**
     * @param request the request
     * @return a 507 problem for a write that the free space does not allow; null to go on
     */
    @RequestFilter
    @Nullable
    public HttpResponse<Problem> guard(HttpRequest<?> request) {
        if (!StateChangingMethods.contains(request.getMethod()) || allowed(request)) {
            return null;
        }
        try {
            guard.require(Math.max(0, request.getContentLength()));
            return null;
        } catch (ProblemException e) {
            return ProblemExceptionHandler.response(e, request.getPath());
        }
    }

    private static boolean allowed(HttpRequest<?> request) {
        Optional<RouteMatch<?>> route = RouteAttributes.getRouteMatch(request);
        return route.isPresent() && route.get().getAnnotationMetadata().hasAnnotation(AllowedBelowFloor.class);
    }
}
