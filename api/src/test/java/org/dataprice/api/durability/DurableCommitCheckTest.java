package org.dataprice.api.durability;

import io.micronaut.context.ApplicationContext;
import org.dataprice.api.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.micronaut.data.connection.ConnectionOperations;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link DurableCommitCheck}: an embedded H2 file store is switched to group commit (see GroupCommitTest), and a
 * PostgreSQL session that acknowledges commits before flushing them stops start-up.
 */
class DurableCommitCheckTest {

    @Test
    void test_h2File_groupCommitSetsTheWriteDelay(@TempDir Path dir) throws Exception {
        Map<String, Object> props = new HashMap<>();
        props.put("datasources.default.url", "jdbc:h2:file:" + dir.resolve("store").toAbsolutePath()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        props.put("datasources.default.username", "sa");
        props.put("datasources.default.password", "");
        try (ApplicationContext context = ApplicationContext.run(props, "test")) {
            @SuppressWarnings("unchecked")
            ConnectionOperations<Connection> connections = context.getBean(ConnectionOperations.class);
            String writeDelay = connections.executeRead(status -> {
                try (Statement s = status.getConnection().createStatement();
                     ResultSet rs = s.executeQuery("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS "
                             + "WHERE SETTING_NAME = 'WRITE_DELAY'")) {
                    return rs.next() ? rs.getString(1) : null;
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            assertThat(writeDelay).isEqualTo(String.valueOf(DurableCommitCheck.GROUP_COMMIT_WRITE_DELAY_MS));
            assertThat(context.getBean(DurableCommitCheck.class).groupCommit()).isPresent();
        }
    }

    @Test
    void test_h2File_urlWriteDelayWithoutGroupCommitStopsStartUp(@TempDir Path dir) {
        Map<String, Object> props = new HashMap<>();
        props.put("datasources.default.url", "jdbc:h2:file:" + dir.resolve("store").toAbsolutePath()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=500");
        props.put("datasources.default.username", "sa");
        props.put("datasources.default.password", "");
        props.put("dataprice.store.group-commit", false);

        assertThatThrownBy(() -> ApplicationContext.run(props, "test").close())
                .hasStackTraceContaining("the H2 URL sets WRITE_DELAY=500");
    }

    @Test
    void test_h2File_urlWriteDelayWithGroupCommitStarts(@TempDir Path dir) {
        Map<String, Object> props = new HashMap<>();
        props.put("datasources.default.url", "jdbc:h2:file:" + dir.resolve("store").toAbsolutePath()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0");
        props.put("datasources.default.username", "sa");
        props.put("datasources.default.password", "");
        try (ApplicationContext context = ApplicationContext.run(props, "test")) {
            assertThat(context.getBean(DurableCommitCheck.class).groupCommit()).isPresent();
        }
    }

    @Test
    void test_urlWriteDelay_parsed() {
        assertThat(DurableCommitCheck.urlWriteDelay("jdbc:h2:file:./x;MODE=PostgreSQL;write_delay = 250")).contains(250);
        assertThat(DurableCommitCheck.urlWriteDelay("jdbc:h2:file:./x;MODE=PostgreSQL")).isEmpty();
        assertThatThrownBy(() -> DurableCommitCheck.urlWriteDelay("jdbc:h2:file:./x;WRITE_DELAY=soon"))
                .hasMessageContaining("not a number");
    }

    @Test
    void test_postgres_synchronousCommitOffStopsStartUp() {
        Map<String, Object> props = new HashMap<>(TestDatabases.postgres());
        String url = (String) props.get("datasources.default.url");
        props.put("datasources.default.url", url + "&options=-c%20synchronous_commit%3Doff");

        assertThatThrownBy(() -> ApplicationContext.run(props, "test").close())
                .hasStackTraceContaining("synchronous_commit is 'off'");
    }

    @Test
    void test_postgres_defaultSettingsStart() {
        try (ApplicationContext context = ApplicationContext.run(TestDatabases.postgres(), "test")) {
            assertThat(context.getBean(DurableCommitCheck.class)).isNotNull();
        }
    }
}
