package org.dataprice.api.health;

import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.annotation.Readiness;
import jakarta.inject.Singleton;
import org.dataprice.api.storage.StorageGuard;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Readiness detail {@code storage}: for every directory the service writes files to ({@link StorageGuard}), its path,
 * usable bytes, floor, warning level and level ({@code OK}, {@code WARNING}, {@code BELOW_FLOOR}, {@code UNKNOWN}),
 * and whether writes are accepted. The indicator's status is {@code UP} when every directory is OK or unknown,
 * {@value #WARNING} when one is below its warning level and {@value #WRITES_REFUSED} when one is below its floor.
 *
 * <p>Both are <em>operational</em> statuses: {@code /health/readiness} still answers 200, because the instance still
 * serves reads (a balancer that took it out would stop those too). Alert on the status or on
 * {@code dataprice_storage_free_bytes < dataprice_storage_floor_bytes * 2}; a balancer that should drain the instance
 * instead can look for {@value #WRITES_REFUSED} in the details (docs/deployment.md, "A disk that fills up").
 * Reads the guard's cached readings (no system call when they are fresh).
 */
@Singleton
@Readiness
public class StorageReadiness implements HealthIndicator {
    /** The status below a warning level. */
    public static final String WARNING = "WARNING";
    /** The status below a floor. */
    public static final String WRITES_REFUSED = "WRITES_REFUSED";
    private static final HealthStatus WARNING_STATUS = new HealthStatus(WARNING,
            "a file system the service writes to is below its warning level", true, 1);
    private static final HealthStatus REFUSED_STATUS = new HealthStatus(WRITES_REFUSED,
            "a file system the service writes to is below its floor: writes are refused (507)", true, 2);

    private final StorageGuard guard;

    /** @param guard the free-space guard */
    public StorageReadiness(StorageGuard guard) {
        this.guard = guard;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        return Mono.fromCallable(this::check);
    }

    private HealthResult check() {
        Map<String, Object> directories = new LinkedHashMap<>();
        StorageGuard.Level worst = StorageGuard.Level.OK;
        for (StorageGuard.Reading r : guard.readings()) {
            StorageGuard.Level level = guard.level(r);
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("path", r.path().toString());
            d.put("level", level.name());
            if (r.known()) {
                d.put("usableBytes", r.usableBytes());
                d.put("totalBytes", r.totalBytes());
            }
            d.put("floorBytes", guard.floor(r));
            d.put("warningBytes", guard.warning(r));
            directories.put(r.name(), d);
            if (level != StorageGuard.Level.UNKNOWN && level.ordinal() > worst.ordinal()) {
                worst = level;
            }
        }
        HealthStatus status = switch (worst) {
            case BELOW_FLOOR -> REFUSED_STATUS;
            case WARNING -> WARNING_STATUS;
            default -> HealthStatus.UP;
        };
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("writes", worst == StorageGuard.Level.BELOW_FLOOR ? "refused" : "accepted");
        details.put("directories", directories);
        return HealthResult.builder("storage").status(status).details(details).build();
    }
}
