package org.dataprice.api.registry;

/**
 * Port: whether a public-data tariff exists, for an operation agreement's fee basis. Implemented by the tariffs
 * ({@code org.dataprice.api.pricing.tariff.TariffIdsOfTariffService}) so that the registry does not depend on the
 * market's packages (which depend on the registry for citations).
 */
public interface TariffIds {
    /**
     * @param id a tariff id
     * @return whether {@code /v1/tariffs/{id}} exists
     */
    boolean exists(String id);
}
