package org.dataprice.api.pricing;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.env.Environment;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The market clock in tests: the system clock plus an offset the tests move forward. */
@Singleton
@Named(PricingClock.NAME)
@Replaces(bean = Clock.class, named = PricingClock.NAME)
@Requires(env = Environment.TEST)
public class TestMarketClock extends Clock {
    private volatile Duration offset = Duration.ZERO;

    /** @param by how far to move time forward */
    public void advance(Duration by) {
        offset = offset.plus(by);
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
        return Instant.now().plus(offset);
    }
}
