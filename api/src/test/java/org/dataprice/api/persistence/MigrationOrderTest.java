package org.dataprice.api.persistence;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Migrations only ever append: a store already migrated to version N (an exchange's production database) refuses a
 * version below N added later (Flyway validates "resolved migration not applied to database" and stops start-up), so
 * every new migration must be numbered above every earlier one. {@code migration-order.txt} records the versions in
 * the order they landed; this test fails when it is not strictly increasing or does not name exactly the migration
 * files — e.g. when two branches reserved numbers and the later merge would slot a version below one already shipped.
 */
class MigrationOrderTest {
    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    private static final Pattern FILE = Pattern.compile("V(\\d+)__[A-Za-z0-9_]+\\.sql");

    @Test
    void test_migrationVersions_landInIncreasingOrder_andMatchTheFiles() throws IOException {
        List<Integer> landed = new ArrayList<>();
        try (InputStream in = MigrationOrderTest.class.getResourceAsStream("migration-order.txt")) {
            assertThat(in).as("migration-order.txt").isNotNull();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    landed.add(Integer.parseInt(line.strip()));
                }
            }
        }
        for (int i = 1; i < landed.size(); i++) {
            assertThat(landed.get(i)).as("version after %s in migration-order.txt", landed.get(i - 1))
                    .isGreaterThan(landed.get(i - 1));
        }
        List<Integer> files = new ArrayList<>();
        try (Stream<Path> list = Files.list(MIGRATIONS)) {
            for (Path p : list.toList()) {
                Matcher m = FILE.matcher(p.getFileName().toString());
                assertThat(m.matches()).as("migration file name %s", p.getFileName()).isTrue();
                files.add(Integer.parseInt(m.group(1)));
            }
        }
        assertThat(files).as("migration files").containsExactlyInAnyOrderElementsOf(landed);
    }
}
