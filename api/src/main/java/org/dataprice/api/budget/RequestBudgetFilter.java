package org.dataprice.api.budget;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.server.netty.NettyHttpRequest;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.util.concurrent.ScheduledFuture;

import java.util.concurrent.TimeUnit;

/**
 * Starts every request's clock: attaches a {@link RequestWork} to the request, schedules its
 * cancellation on the connection's event loop when the budget ({@link RequestBudget#budgetFor}) runs out,
 * and cancels it as soon as the connection closes (Netty's {@code closeFuture}), so a client that hangs
 * up stops the work it asked for. Both hooks are removed when the response is ready.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class RequestBudgetFilter {
    private static final String CLEANUP = RequestBudget.ATTRIBUTE + ".cleanup";
    private final RequestBudget budget;

    /**
     * @param budget the budgets
     */
    public RequestBudgetFilter(RequestBudget budget) {
        this.budget = budget;
    }

    /**
     * @param request the arriving request
     */
    @RequestFilter
    public void start(HttpRequest<?> request) {
        long millis = budget.budgetFor(request.getPath()).toMillis();
        RequestWork work = new RequestWork(millis);
        request.setAttribute(RequestBudget.ATTRIBUTE, work);
        if (request instanceof NettyHttpRequest<?> netty) {
            Channel channel = netty.getChannelHandlerContext().channel();
            ChannelFutureListener onClose = f -> work.cancel(RequestWork.Reason.CLIENT_GONE);
            channel.closeFuture().addListener(onClose);
            ScheduledFuture<?> timer = channel.eventLoop().schedule(() -> work.cancel(RequestWork.Reason.TIME_BUDGET),
                    millis, TimeUnit.MILLISECONDS);
            request.setAttribute(CLEANUP, (Runnable) () -> {
                timer.cancel(false);
                channel.closeFuture().removeListener(onClose);
            });
        }
    }

    /**
     * @param request  the request
     * @param response its response
     */
    @ResponseFilter
    public void finish(HttpRequest<?> request, MutableHttpResponse<?> response) {
        request.getAttribute(CLEANUP, Runnable.class).ifPresent(Runnable::run);
    }
}
