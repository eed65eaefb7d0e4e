package org.dataprice.api.pricing;

import org.dataprice.api.TestDatabases;

import java.util.Map;

/** {@link MarketPersistenceContract} on embedded H2 (PostgreSQL mode): always runs. */
class MarketPersistenceH2Test extends MarketPersistenceContract {
    @Override
    Map<String, Object> database() {
        return TestDatabases.h2("market-persistence");
    }
}
