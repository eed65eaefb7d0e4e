package org.dataprice.api.budget;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.env.Environment;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import org.dataprice.error.CancelledException;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Work that only ends when it is interrupted (or after a minute, which a test treats as a failure), with
 * counters of how many calls started and stopped, for {@link RequestBudgetTest}. Test environment only.
 */
@Controller("/test/budget")
@Secured(SecurityRule.IS_ANONYMOUS)
@Requires(env = Environment.TEST)
@ExecuteOn(TaskExecutors.BLOCKING)
@Interruptible
public class BudgetTestController {
    static final AtomicInteger STARTED = new AtomicInteger();
    static final AtomicInteger STOPPED = new AtomicInteger();
    static final AtomicInteger FINISHED = new AtomicInteger();

    @Get(value = "/spin", produces = "text/plain")
    String spin() {
        return work();
    }

    @Get(value = "/tiny/spin", produces = "text/plain")
    String tinySpin() {
        return work();
    }

    private static String work() {
        STARTED.incrementAndGet();
        long end = System.nanoTime() + 60_000_000_000L;
        try {
            while (System.nanoTime() < end) {
                CancelledException.throwIfInterrupted();
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            FINISHED.incrementAndGet();
            return "finished";
        } finally {
            STOPPED.incrementAndGet();
        }
    }
}
