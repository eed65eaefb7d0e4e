package org.dataprice.api.index;

import io.micronaut.context.annotation.Replaces;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The index clock in tests: a fixed instant the test moves (one per application context). */
@Singleton
@Named(IndexClock.NAME)
@Replaces(factory = IndexClock.class, bean = Clock.class)
public class TestClock extends Clock {
    private volatile Instant now = Instant.parse("2025-03-01T00:00:00Z");

    /** @param instant the new time */
    public void set(Instant instant) {
        now = instant;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
