package org.dataprice.api.split.settlement;

import org.dataprice.api.TestDatabases;

import java.util.Map;

/**
 * {@link SettlementLedgerContract} on PostgreSQL ({@code DATAPRICE_TEST_PG_URL}, set by {@code .ci/run}).
 * Skipped on a developer machine without it; FAILS when {@code CI=true} and it is missing.
 */
class SettlementLedgerPostgresTest extends SettlementLedgerContract {
    @Override
    Map<String, Object> database() {
        return TestDatabases.postgres();
    }
}
