package org.dataprice.api.idempotency;

import org.dataprice.api.TestDatabases;

import java.util.Map;

/** {@link TwoInstancesContract} on one embedded H2 database. */
class TwoInstancesH2Test extends TwoInstancesContract {
    @Override
    Map<String, Object> database() {
        return TestDatabases.h2("two-instances");
    }
}
