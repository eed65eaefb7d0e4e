package org.dataprice.api.index;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import java.time.Clock;

/**
 * The clock of index publication (embargo ends, release dates, audit times), a bean named
 * {@value #NAME} so that tests can replace it and move time.
 */
@Factory
public class IndexClock {
    /** The bean name. */
    public static final String NAME = "index";

    /** @return the system UTC clock */
    @Singleton
    @Named(NAME)
    public Clock clock() {
        return Clock.systemUTC();
    }
}
