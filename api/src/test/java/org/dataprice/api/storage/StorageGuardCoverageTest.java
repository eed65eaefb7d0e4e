package org.dataprice.api.storage;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.dataprice.api.Application;
import org.dataprice.api.idempotency.Idempotent;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every write operation of every controller either is guarded and documents its 507 in OpenAPI (through
 * {@code @Idempotent}, which documents it, or an explicit {@code @ApiResponse(responseCode = "507")}), or is marked
 * {@link AllowedBelowFloor} with a reason and documents no 507: the document and {@link StorageWriteGuard} agree.
 */
class StorageGuardCoverageTest {

    @Test
    void test_everyWrite_guardedAndDocumented_orAllowedBelowFloor() throws URISyntaxException, IOException, ClassNotFoundException {
        Path classes = Path.of(Application.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> undocumented = new ArrayList<>();
        List<String> allowedButDocumented = new ArrayList<>();
        int writes = 0;
        int allowed = 0;
        List<Class<?>> controllers = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                String name = classes.relativize(f).toString();
                if (name.endsWith("Controller.class") && !name.contains("$")) {
                    Class<?> type = Class.forName(name.substring(0, name.length() - ".class".length()).replace('/', '.'));
                    if (type.isAnnotationPresent(Controller.class)) {
                        controllers.add(type);
                    }
                }
            }
        }
        assertThat(controllers).as("controllers found").hasSizeGreaterThan(20);
        for (Class<?> type : controllers) {
            for (Method m : type.getDeclaredMethods()) {
                if (!(m.isAnnotationPresent(Post.class) || m.isAnnotationPresent(Put.class)
                        || m.isAnnotationPresent(Delete.class) || m.isAnnotationPresent(Patch.class))) {
                    continue;
                }
                writes++;
                String op = type.getSimpleName() + "." + m.getName();
                boolean documented = m.isAnnotationPresent(Idempotent.class) || Arrays.stream(m.getAnnotationsByType(ApiResponse.class))
                        .anyMatch(r -> r.responseCode().equals("507"));
                AllowedBelowFloor allow = m.isAnnotationPresent(AllowedBelowFloor.class) ? m.getAnnotation(AllowedBelowFloor.class)
                        : type.getAnnotation(AllowedBelowFloor.class);
                if (allow != null) {
                    allowed++;
                    assertThat(allow.value()).as(op + ": the reason").isNotBlank();
                    if (documented) {
                        allowedButDocumented.add(op);
                    }
                } else if (!documented) {
                    undocumented.add(op);
                }
            }
        }
        assertThat(writes).as("write operations found").isGreaterThan(60);
        assertThat(allowed).as("calculations, cancel and revoke").isGreaterThanOrEqualTo(30);
        assertThat(undocumented).as("guarded writes without a documented 507 (add @ApiResponse(responseCode = \"507\", "
                + "description = StorageWriteGuard.OPENAPI_507) or @AllowedBelowFloor with a reason)").isEmpty();
        assertThat(allowedButDocumented).as("allowed below the floor but documenting a 507").isEmpty();
    }
}
