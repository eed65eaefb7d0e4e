package org.dataprice.api.crash;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

/** {@link CrashRecoveryContract} on the default store: the embedded H2 file under {@code ./data}. */
class CrashRecoveryH2IT extends CrashRecoveryContract {

    @Override
    Map<String, String> store(Path workDir) {
        return Map.of(); // the documented default: jdbc:h2:file:./data/dataprice
    }

    @Override
    Connection connect(Path workDir) throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + workDir.resolve("data/dataprice").toAbsolutePath()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "sa", "");
    }
}
