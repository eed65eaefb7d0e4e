package org.dataprice.api.ledger;

import org.dataprice.api.TestDatabases;

import java.util.Map;

/** {@link LedgerContract} on an in-memory H2 database of its own (PostgreSQL mode): always runs. */
class LedgerH2Test extends LedgerContract {
    @Override
    Map<String, Object> database() {
        return TestDatabases.h2("ledger-" + System.nanoTime());
    }
}
