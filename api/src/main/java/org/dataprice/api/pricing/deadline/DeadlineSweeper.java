package org.dataprice.api.pricing.deadline;

import org.dataprice.api.pricing.auction.AuctionService;
import org.dataprice.api.pricing.negotiation.NegotiationService;

import org.dataprice.api.transaction.Transactions;
import io.micronaut.context.env.Environment;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.dataprice.api.problem.ProblemException;
import org.dataprice.error.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Enforces deadlines without a caller: every {@code dataprice.pricing.deadline-sweep.interval} it
 * expires the OPEN negotiations whose deadline has passed and closes the open auctions whose deadline
 * has passed (with the deal when sold), at the {@code pricing} clock's instant.
 *
 * <p>Safe on several instances at once: each item goes through the same versioned transition as the
 * parties' {@code expire}/{@code close} calls (optimistic lock on {@code version}, retried by
 * {@link Transactions}); the instance that loses re-reads the item, finds it already expired or
 * closed ({@code invalid-state}) and counts it as done by another; {@code (mode, source_id)} is unique in
 * {@code pricing_deal}, so a sale is recorded once. A party's call racing the sweep is handled the same
 * way. Thread-safe.
 */
@Singleton
public class DeadlineSweeper {
    private static final Logger LOG = LoggerFactory.getLogger(DeadlineSweeper.class);

    private final NegotiationService negotiations;
    private final AuctionService auctions;
    private final DeadlineSweepProperties properties;
    private final Clock clock;
    private final boolean active;

    /** What one run did. */
    public record Result(int expired, int closed, int doneElsewhere) {
    }

    /**
     * @param negotiations the negotiations
     * @param auctions     the auctions
     * @param properties   the configuration
     * @param environment  the environment (the sweep is off by default under {@code test})
     * @param clock        the market clock
     */
    public DeadlineSweeper(NegotiationService negotiations, AuctionService auctions, DeadlineSweepProperties properties,
                           Environment environment, Clock clock) {
        this.negotiations = negotiations;
        this.auctions = auctions;
        this.properties = properties;
        this.clock = clock;
        this.active = active(properties.getEnabled(), environment.getActiveNames());
    }

    /**
     * @param enabled      the configured switch, or null
     * @param environments the active environment names
     * @return whether the scheduled runs do anything: the switch when set, else off under {@code test}
     */
    static boolean active(Boolean enabled, Set<String> environments) {
        return enabled != null ? enabled : !environments.contains(Environment.TEST);
    }

    /** @return whether the scheduled runs are active */
    public boolean active() {
        return active;
    }

    /** The scheduled trigger: one run when active. */
    @Scheduled(fixedDelay = "${dataprice.pricing.deadline-sweep.interval:1m}",
            initialDelay = "${dataprice.pricing.deadline-sweep.initial-delay:1m}")
    void scheduled() {
        if (active) {
            try {
                Result r = sweep();
                if (r.expired() + r.closed() > 0) {
                    LOG.info("Deadline sweep: {} negotiation(s) expired, {} auction(s) closed", r.expired(), r.closed());
                }
            } catch (RuntimeException e) {
                LOG.warn("Deadline sweep failed; the next run retries", e);
            }
        }
    }

    /**
     * One run, whatever the switch (tests call it directly after moving the clock).
     *
     * @return the counts
     */
    public Result sweep() {
        Instant now = clock.instant();
        int expired = 0;
        int closed = 0;
        int elsewhere = 0;
        List<String> due = negotiations.openPastDeadline(now);
        for (String id : due.subList(0, Math.min(due.size(), properties.getBatch()))) {
            if (attempt(() -> negotiations.expireBySystem(id))) {
                expired++;
            } else {
                elsewhere++;
            }
        }
        due = auctions.openPastDeadline(now);
        for (String id : due.subList(0, Math.min(due.size(), properties.getBatch()))) {
            if (attempt(() -> auctions.closeBySystem(id))) {
                closed++;
            } else {
                elsewhere++;
            }
        }
        return new Result(expired, closed, elsewhere);
    }

    /** @return true when this run made the transition, false when another did it first */
    private static boolean attempt(Runnable transition) {
        try {
            transition.run();
            return true;
        } catch (InvalidInputException | ProblemException e) {
            // already expired/closed by another instance or a party (invalid-state), or a 409 after the
            // retries: either way the item is no longer this run's to finish
            return false;
        }
    }
}
