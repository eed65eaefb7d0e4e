package org.dataprice.api.pricing.tariff;

import jakarta.inject.Singleton;
import org.dataprice.api.problem.ProblemException;
import org.dataprice.api.registry.TariffIds;

/** The registry's port {@link TariffIds} answered by {@link TariffService#find} (an unknown id is its 404). */
@Singleton
public class TariffIdsOfTariffService implements TariffIds {
    private final TariffService tariffs;

    /** @param tariffs the tariffs */
    public TariffIdsOfTariffService(TariffService tariffs) {
        this.tariffs = tariffs;
    }

    @Override
    public boolean exists(String id) {
        try {
            tariffs.find(id);
            return true;
        } catch (ProblemException e) {
            return false;
        }
    }
}
