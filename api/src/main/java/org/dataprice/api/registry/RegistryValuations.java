package org.dataprice.api.registry;

import jakarta.inject.Singleton;
import org.dataprice.api.valuation.ValuationRegistry;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The registry's side of {@link ValuationRegistry}: a valuation cites the registration of the asset it values. The
 * rule is the core's ({@code Registration.requireActiveOn}: registered and ACTIVE at the end of the valuation date,
 * UTC, as the market's days are); the citation is a row of {@code registry_citation} of kind {@code valuation}.
 * Thread-safe.
 */
@Singleton
public class RegistryValuations implements ValuationRegistry {
    private final RegistryCitations citations;

    /** @param citations the registry's citations */
    public RegistryValuations(RegistryCitations citations) {
        this.citations = citations;
    }

    @Override
    public void requireCitable(String registrationId, LocalDate valuationDate) {
        citations.requireActiveOn(registrationId, valuationDate);
    }

    @Override
    public void cite(String valuationId, String registrationId, String by, Instant at) {
        citations.cite(RegistryCitations.Kind.VALUATION, valuationId, registrationId, by, at);
    }
}
