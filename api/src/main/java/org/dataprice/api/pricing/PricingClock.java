package org.dataprice.api.pricing;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import java.time.Clock;

/**
 * The clock that stamps every market command (offers, bids, closes) and decides deadlines. A bean
 * named {@value #NAME}, so tests can replace it to move time; production uses the system UTC clock.
 */
@Factory
public class PricingClock {
    /** The bean name. */
    public static final String NAME = "pricing";

    /** @return the system UTC clock */
    @Singleton
    @Named(NAME)
    Clock pricingClock() {
        return Clock.systemUTC();
    }
}
