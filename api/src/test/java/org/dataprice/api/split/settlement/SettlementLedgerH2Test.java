package org.dataprice.api.split.settlement;

import org.dataprice.api.TestDatabases;

import java.util.Map;

/** {@link SettlementLedgerContract} on embedded H2 (PostgreSQL mode): always runs. */
class SettlementLedgerH2Test extends SettlementLedgerContract {
    @Override
    Map<String, Object> database() {
        return TestDatabases.h2("split-ledger");
    }
}
