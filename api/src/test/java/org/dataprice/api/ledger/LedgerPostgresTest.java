package org.dataprice.api.ledger;

import org.dataprice.api.TestDatabases;

import java.util.HashMap;
import java.util.Map;

/**
 * {@link LedgerContract} on PostgreSQL ({@code DATAPRICE_TEST_PG_URL}), in a schema of its own: the
 * damage these tests do (and undo) must never reach the schema the other PostgreSQL tests share.
 * Skipped on a developer machine without PostgreSQL; FAILS when {@code CI=true} and it is missing.
 */
class LedgerPostgresTest extends LedgerContract {
    @Override
    Map<String, Object> database() {
        Map<String, Object> props = new HashMap<>(TestDatabases.postgres());
        String shared = (String) props.get("flyway.datasources.default.schemas");
        String own = shared + "_ledger";
        props.put("flyway.datasources.default.schemas", own);
        props.put("datasources.default.url", ((String) props.get("datasources.default.url"))
                .replace("currentSchema=" + shared, "currentSchema=" + own));
        return props;
    }
}
