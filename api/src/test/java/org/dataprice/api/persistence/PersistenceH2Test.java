package org.dataprice.api.persistence;

import org.dataprice.api.TestDatabases;

import java.util.Map;

/** {@link PersistenceContract} on embedded H2 (PostgreSQL mode): always runs. */
class PersistenceH2Test extends PersistenceContract {
    @Override
    Map<String, Object> database() {
        return TestDatabases.h2("persistence");
    }

    @Override
    String expectedProduct() {
        return "H2";
    }
}
