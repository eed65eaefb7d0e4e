package org.dataprice.api.exchange;

import org.dataprice.registry.RegistrationSnapshot;

import java.time.Instant;
import java.util.List;

/**
 * The port through which an export reads this exchange's registrations (the registry area implements it): the
 * public statement ({@link RegistrationSnapshot}: current state and head hash) of each registration registered or
 * changed in a period; implemented by {@link StoredRegistrations} over the registry's stored events.
 */
public interface RegistrationSource {
    /**
     * @param from  first instant, inclusive
     * @param until last instant, exclusive
     * @param limit the most to return (an export asks for one more than it carries, to see that there are too many)
     * @return the registrations whose last event lies in {@code [from, until)}, oldest first, as their public statement
     */
    List<RegistrationSnapshot> changedBetween(Instant from, Instant until, int limit);
}
