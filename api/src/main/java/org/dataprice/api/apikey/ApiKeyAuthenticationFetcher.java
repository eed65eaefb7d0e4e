package org.dataprice.api.apikey;

import io.micronaut.http.HttpRequest;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.AuthenticationFetcher;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.dataprice.api.security.AuthenticationMethod;
import org.dataprice.api.security.Role;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;

/**
 * Authenticates requests carrying an {@code X-API-KEY} header. The principal name is
 * {@code apikey:<id>} and the attribute {@code method} is {@code api-key}
 * ({@link AuthenticationMethod#API_KEY}); the roles are the key's. An unknown, revoked or expired key
 * authenticates nothing, so the request is answered 401 by the security rules. While the database is
 * unreachable a key verified within the cache TTL still authenticates and any other key is answered
 * 503 ({@link ApiKeyService#authenticate}). A key verified within the cache TTL is answered at once from the
 * cache ({@link ApiKeyService#authenticateCached}: a hash and a map look-up, no I/O); any other key is looked up on
 * the blocking executor, never on the event loop.
 */
@Singleton
public class ApiKeyAuthenticationFetcher implements AuthenticationFetcher<HttpRequest<?>> {
    /** The request header holding the key. */
    public static final String HEADER = "X-API-KEY";
    /** Prefix of the principal name of a key: {@link AuthenticationMethod#API_KEY}'s. */
    public static final String PRINCIPAL_PREFIX = AuthenticationMethod.API_KEY.prefix();

    private final ApiKeyService keys;
    private final Scheduler scheduler;

    /**
     * @param keys     the key service
     * @param blocking the executor for blocking I/O
     */
    public ApiKeyAuthenticationFetcher(ApiKeyService keys, @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.keys = keys;
        this.scheduler = Schedulers.fromExecutorService(blocking);
    }

    @Override
    public Publisher<Authentication> fetchAuthentication(HttpRequest<?> request) {
        String text = request.getHeaders().get(HEADER);
        if (text == null) {
            return Mono.empty();
        }
        Optional<ApiKey> cached = keys.authenticateCached(text);
        if (cached.isPresent()) {
            return Mono.just(authentication(cached.get()));
        }
        return Mono.fromCallable(() -> keys.authenticate(text).map(ApiKeyAuthenticationFetcher::authentication).orElse(null))
                .subscribeOn(scheduler);
    }

    private static Authentication authentication(ApiKey key) {
        return Authentication.build(AuthenticationMethod.API_KEY.principal(key.id()),
                ApiKeyService.roles(key).stream().map(Role::name).toList(),
                Map.<String, Object>of("keyName", key.name(), AuthenticationMethod.ATTRIBUTE, AuthenticationMethod.API_KEY.id()));
    }
}
