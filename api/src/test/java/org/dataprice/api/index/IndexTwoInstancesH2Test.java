package org.dataprice.api.index;

import org.dataprice.api.TestDatabases;

import java.util.Map;

/** {@link IndexTwoInstancesContract} on one embedded H2 database. */
class IndexTwoInstancesH2Test extends IndexTwoInstancesContract {
    @Override
    Map<String, Object> database() {
        return TestDatabases.h2("index-two-instances");
    }
}
