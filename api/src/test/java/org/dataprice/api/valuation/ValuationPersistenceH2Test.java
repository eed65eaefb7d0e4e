package org.dataprice.api.valuation;

import org.dataprice.api.TestDatabases;

import java.util.Map;

/** {@link ValuationPersistenceContract} on embedded H2 (PostgreSQL mode): always runs. */
class ValuationPersistenceH2Test extends ValuationPersistenceContract {
    @Override
    Map<String, Object> database() {
        return TestDatabases.h2("valuation-persistence");
    }

    @Override
    String expectedProduct() {
        return "H2";
    }
}
