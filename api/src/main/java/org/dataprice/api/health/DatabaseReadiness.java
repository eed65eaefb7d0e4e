package org.dataprice.api.health;

import io.micronaut.data.connection.ConnectionOperations;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.annotation.Readiness;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.sql.Connection;
import java.util.Map;
import java.util.concurrent.ExecutorService;

/**
 * Readiness: the database answers a validity check within 2 s. {@code /health/readiness} answers
 * 503 while it does not, so a load balancer stops sending traffic. Details name the database
 * product, never the URL or user.
 */
@Singleton
@Readiness
public class DatabaseReadiness implements HealthIndicator {
    private static final int TIMEOUT_SECONDS = 2;
    private final ConnectionOperations<Connection> connections;
    private final ExecutorService blocking;

    /**
     * @param connections connections of the default datasource
     * @param blocking    the executor for blocking I/O
     */
    public DatabaseReadiness(ConnectionOperations<Connection> connections,
                             @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.connections = connections;
        this.blocking = blocking;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        return Mono.fromCallable(this::check).subscribeOn(Schedulers.fromExecutorService(blocking));
    }

    private HealthResult check() {
        HealthResult.Builder result = HealthResult.builder("database");
        try {
            String product = connections.executeRead(status -> {
                Connection connection = status.getConnection();
                try {
                    return connection.isValid(TIMEOUT_SECONDS) ? connection.getMetaData().getDatabaseProductName() : null;
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            if (product != null) {
                return result.status(HealthStatus.UP).details(Map.of("database", product)).build();
            }
            return result.status(HealthStatus.DOWN).details(Map.of("error", "connection not valid")).build();
        } catch (RuntimeException e) {
            return result.status(HealthStatus.DOWN).details(Map.of("error", e.getClass().getSimpleName())).build();
        }
    }
}
