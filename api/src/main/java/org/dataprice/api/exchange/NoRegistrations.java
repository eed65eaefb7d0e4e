package org.dataprice.api.exchange;

import io.micronaut.context.annotation.Secondary;
import jakarta.inject.Singleton;
import org.dataprice.registry.RegistrationSnapshot;

import java.time.Instant;
import java.util.List;

/**
 * The {@link RegistrationSource} while no registrations are stored: none. {@link Secondary}, so the registry's own
 * implementation, once it is a bean, replaces it without a change here.
 */
@Singleton
@Secondary
public class NoRegistrations implements RegistrationSource {
    @Override
    public List<RegistrationSnapshot> changedBetween(Instant from, Instant until, int limit) {
        return List.of();
    }
}
