package org.dataprice.api.time;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.env.Environment;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The service clock in tests (one per application context): the system clock moved forward by an offset the
 * test controls ({@link #advance}), or an instant the test fixes ({@link #set}) until {@link #release}.
 */
@Singleton
@Replaces(factory = ServiceClock.class, bean = Clock.class)
@Requires(env = Environment.TEST)
public class TestClock extends Clock {
    private volatile Duration offset = Duration.ZERO;
    private volatile Instant fixed;

    /** @param by how far to move time forward (also moves a fixed instant) */
    public void advance(Duration by) {
        offset = offset.plus(by);
        Instant f = fixed;
        if (f != null) {
            fixed = f.plus(by);
        }
    }

    /** @param instant the time to stand still at */
    public void set(Instant instant) {
        fixed = instant;
    }

    /** Lets time run again (with the offset accumulated so far). */
    public void release() {
        fixed = null;
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
        Instant f = fixed;
        return f != null ? f : Instant.now().plus(offset);
    }
}
