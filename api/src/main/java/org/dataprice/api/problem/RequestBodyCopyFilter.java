package org.dataprice.api.problem;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.ServerHttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.body.AvailableByteBody;
import io.micronaut.http.body.ByteBody;
import io.micronaut.http.body.CloseableAvailableByteBody;

import java.util.concurrent.CompletableFuture;

/**
 * Keeps a second reader on a small JSON body that arrives in several reads, so that a failed
 * bean-validation constraint can still tell a property that was missing from one sent as {@code null}
 * ({@link ValidationProblemHandler}); the framework's reader of such a body is used up by binding. A body
 * that arrived in one read is already held in one piece and needs no copy; a body above
 * {@value #MAX_COPY} bytes (or of unknown length) gets none, bounding the memory a request can double.
 * The copy is released with the response when the handler did not take it.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class RequestBodyCopyFilter {
    /** The request attribute holding the copy (a {@link Copy}). */
    static final String ATTRIBUTE = "dataprice.body-copy";
    /** The largest body copied, in bytes. */
    static final long MAX_COPY = 1 << 20;

    /**
     * @param request the arriving request
     */
    @RequestFilter
    public void copy(HttpRequest<?> request) {
        if (!(request instanceof ServerHttpRequest<?> server) || server.byteBody() instanceof AvailableByteBody
                || !request.getContentType().map(t -> t.matches(MediaType.APPLICATION_JSON_TYPE)).orElse(false)) {
            return;
        }
        var length = server.byteBody().expectedLength();
        if (length.isPresent() && length.getAsLong() <= MAX_COPY) {
            // the copy reads alongside binding from the first byte, so it is complete whenever binding is
            request.setAttribute(ATTRIBUTE, new Copy(server.byteBody().split(ByteBody.SplitBackpressureMode.FASTEST).buffer()));
        }
    }

    /** The copy being read: taken by the handler, or released with the response. */
    record Copy(CompletableFuture<? extends CloseableAvailableByteBody> body) {
        void release() {
            body.thenAccept(CloseableAvailableByteBody::close);
        }
    }

    /**
     * @param request  the request
     * @param response its response
     */
    @ResponseFilter
    public void release(HttpRequest<?> request, MutableHttpResponse<?> response) {
        request.removeAttribute(ATTRIBUTE, Copy.class).ifPresent(Copy::release);
    }
}
