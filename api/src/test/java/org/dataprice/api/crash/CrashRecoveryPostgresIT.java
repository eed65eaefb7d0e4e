package org.dataprice.api.crash;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

/** {@link CrashRecoveryContract} on PostgreSQL (a schema of its own in the CI database). */
class CrashRecoveryPostgresIT extends CrashRecoveryContract {
    private final PostgresSchema schema = PostgresSchema.create("crash");

    @Override
    Map<String, String> store(Path workDir) {
        return schema.serviceEnvironment();
    }

    @Override
    Connection connect(Path workDir) throws SQLException {
        return schema.connect();
    }
}
