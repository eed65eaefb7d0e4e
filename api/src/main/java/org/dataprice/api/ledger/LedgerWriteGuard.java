package org.dataprice.api.ledger;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import org.dataprice.api.problem.Problem;
import org.dataprice.api.problem.ProblemType;
import org.dataprice.api.security.StateChangingMethods;

import java.util.Optional;

/**
 * While the store has failed its ledger integrity check, answers every state-changing request
 * (POST, PUT, PATCH, DELETE) with 503 {@code ledger-integrity} naming the failure, before it reaches a
 * controller; reads (GET, HEAD, OPTIONS) keep working, among them the ADMIN
 * {@code GET /v1/ledgers/verification} that re-checks a restored store. Runs after authentication, so
 * an anonymous caller still gets 401 and learns nothing about the store. {@link LedgerChain} refuses
 * appends as well, for writes that do not come through HTTP (the deadline sweep).
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class LedgerWriteGuard implements Ordered {
    private final LedgerIntegrity integrity;

    /** @param integrity the integrity state */
    public LedgerWriteGuard(LedgerIntegrity integrity) {
        this.integrity = integrity;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }

    /**
     * @param request the request
     * @return a 503 problem for a write while the store is failed; null to go on
     */
    @RequestFilter
    @Nullable
    public HttpResponse<Problem> guard(HttpRequest<?> request) {
        if (!StateChangingMethods.contains(request.getMethod())) {
            return null;
        }
        Optional<LedgerVerification.Failure> failure = integrity.failure();
        if (failure.isEmpty()) {
            return null;
        }
        Problem problem = Problem.of(ProblemType.LEDGER_INTEGRITY, LedgerIntegrity.detail(failure.get()), request.getPath());
        return HttpResponse.<Problem>status(ProblemType.LEDGER_INTEGRITY.status())
                .contentType(MediaType.of(Problem.MEDIA_TYPE)).body(problem);
    }
}
