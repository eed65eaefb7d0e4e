package org.dataprice.api.apikey;

import io.micronaut.context.ApplicationContext;
import org.dataprice.api.TestDatabases;
import org.dataprice.api.security.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The development admin key file: created once, owner-only, replaced when stale, never for PostgreSQL. */
class LocalAdminKeyTest {
    @TempDir
    Path dir;

    private Map<String, Object> props(String db, Path file) {
        Map<String, Object> props = new HashMap<>(TestDatabases.h2(db));
        props.put("dataprice.security.bootstrap-admin-key", "true");
        props.put("dataprice.security.admin-key-file", file.toString());
        return props;
    }

    @Test
    void test_firstStart_writesOwnerOnlyAdminKeyThatWorks() throws Exception {
        Path file = dir.resolve("data/admin-api-key");
        try (ApplicationContext context = ApplicationContext.run(props("admin-" + UUID.randomUUID(), file), "test")) {
            assertThat(file).exists();
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
            ApiKey key = context.getBean(ApiKeyService.class).authenticate(Files.readString(file).strip()).orElseThrow();
            assertThat(ApiKeyService.roles(key)).containsExactlyInAnyOrder(Role.values());
        }
    }

    @Test
    void test_restart_keepsAValidKey_andReplacesAStaleOne() throws Exception {
        Path file = dir.resolve("admin-api-key");
        String db = "admin-" + UUID.randomUUID();
        String first;
        try (ApplicationContext context = ApplicationContext.run(props(db, file), "test")) {
            first = Files.readString(file);
        }
        try (ApplicationContext context = ApplicationContext.run(props(db, file), "test")) {
            assertThat(Files.readString(file)).as("valid key kept").isEqualTo(first);
        }
        try (ApplicationContext context = ApplicationContext.run(props("admin-" + UUID.randomUUID(), file), "test")) {
            String second = Files.readString(file);
            assertThat(second).as("a new database does not know the old key").isNotEqualTo(first);
            assertThat(context.getBean(ApiKeyService.class).authenticate(second.strip())).isPresent();
        }
    }

    @Test
    void test_postgres_neverCreatesAKey() {
        Path file = dir.resolve("admin-api-key");
        Map<String, Object> props = new HashMap<>(TestDatabases.postgres());
        props.put("dataprice.security.bootstrap-admin-key", "true");
        props.put("dataprice.security.admin-key-file", file.toString());
        try (ApplicationContext context = ApplicationContext.run(props, "test")) {
            assertThat(context.containsBean(LocalAdminKey.class)).isFalse();
        }
        assertThat(file).doesNotExist();
    }

    @Test
    void test_disabled_neverCreatesAKey() {
        Path file = dir.resolve("admin-api-key");
        Map<String, Object> props = props("admin-" + UUID.randomUUID(), file);
        props.put("dataprice.security.bootstrap-admin-key", "false");
        try (ApplicationContext context = ApplicationContext.run(props, "test")) {
            assertThat(context.containsBean(LocalAdminKey.class)).isFalse();
        }
        assertThat(file).doesNotExist();
    }
}
