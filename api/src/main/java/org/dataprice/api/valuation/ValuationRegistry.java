package org.dataprice.api.valuation;

import org.dataprice.error.InvalidInputException;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The data-asset registry as a valuation sees it (issue 16: a valuation cites the registration of the asset it
 * values). Implemented by the registry ({@code org.dataprice.api.registry.RegistryValuations}); declared here because
 * the registry already reads this package (its certificate PDF uses the report's renderer), so this package may not
 * read the registry's.
 */
public interface ValuationRegistry {
    /** The request field that cites a registration. */
    String FIELD = "registrationId";

    /**
     * Checks that a registration may be cited by a valuation dated {@code valuationDate}: it exists and is ACTIVE at
     * the end of that day (UTC) — the core's {@code Registration.requireActiveOn}.
     *
     * @param registrationId the cited registration
     * @param valuationDate  the valuation date (评估基准日)
     * @throws InvalidInputException 422 on {@code registrationId}: unknown, not yet registered that day, suspended
     *                               or cancelled
     */
    void requireCitable(String registrationId, LocalDate valuationDate);

    /**
     * Records the citation inside the caller's open transaction (chained in {@code registry-citations}).
     *
     * @param valuationId    the valuation
     * @param registrationId the registration
     * @param by             who created the valuation
     * @param at             when
     */
    void cite(String valuationId, String registrationId, String by, Instant at);
}
