package org.dataprice.api.time;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The one clock of the service: every timestamp it stores or compares — records created, offers and bids,
 * deadlines, index releases and embargoes, API key and JWT expiry, idempotency records, ledger checks — is read
 * from the single {@link Clock} bean this factory makes (the system UTC clock), never from
 * {@code Instant.now()}. Tests replace that one bean to move time for the whole service at once.
 *
 * <p>Stored instants are truncated to microseconds ({@link #now(Clock)}): PostgreSQL keeps microseconds, so an
 * instant read back equals the one that was written, on H2 and PostgreSQL alike.
 */
@Factory
public class ServiceClock {

    /** @return the system UTC clock */
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    /**
     * @param clock the service clock
     * @return its current instant at the precision every store keeps (microseconds)
     */
    public static Instant now(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
