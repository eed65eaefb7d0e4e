package org.dataprice.api.exchange;

import jakarta.inject.Singleton;
import org.dataprice.api.registry.RegistrationService;
import org.dataprice.api.registry.RegistryEventRepository;
import org.dataprice.api.transaction.Transactions;
import org.dataprice.registry.RegistrationSnapshot;

import java.time.Instant;
import java.util.List;

/**
 * The registrations an exchange export carries ({@link RegistrationSource}): those whose last event lies in the
 * export's period, oldest first, each as its public statement ({@link RegistrationSnapshot}: current state and the
 * hash of its last event), replayed from the stored events so that the core re-checks every hash link before a
 * registration leaves this exchange. Bounded: the export asks for at most its section limit plus one.
 */
@Singleton
public class StoredRegistrations implements RegistrationSource {
    private final RegistryEventRepository events;
    private final RegistrationService registrations;
    private final Transactions tx;

    /**
     * @param events        the registry's event table
     * @param registrations loads a registration and checks its history
     * @param tx            transactions
     */
    public StoredRegistrations(RegistryEventRepository events, RegistrationService registrations, Transactions tx) {
        this.events = events;
        this.registrations = registrations;
        this.tx = tx;
    }

    @Override
    public List<RegistrationSnapshot> changedBetween(Instant from, Instant until, int limit) {
        return tx.read(() -> events.changedBetween(from, until, limit).stream()
                .map(id -> RegistrationSnapshot.of(registrations.load(id))).toList());
    }
}
