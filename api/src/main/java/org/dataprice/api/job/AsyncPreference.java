package org.dataprice.api.job;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;

import java.util.Locale;

/**
 * The client's choice between an answer now and a job (RFC 7240 {@code Prefer: respond-async}), and the
 * {@code 202 Accepted} that starts a job: {@code Location: /v1/jobs/{id}}, the job resource as body and, when the client
 * asked, {@code Preference-Applied: respond-async}. An endpoint also answers 202 without the preference when the request
 * is above its size threshold ({@code dataprice.jobs.*}); small requests stay synchronous.
 */
public final class AsyncPreference {
    /** The request header. */
    public static final String PREFER = "Prefer";
    /** The response header naming the preference honoured. */
    public static final String APPLIED = "Preference-Applied";
    /** The preference token. */
    public static final String RESPOND_ASYNC = "respond-async";

    private AsyncPreference() {
    }

    /**
     * @param prefer the {@code Prefer} header, or null
     * @return whether it holds the {@code respond-async} preference (case-insensitive, among comma-separated ones,
     *         parameters ignored)
     */
    public static boolean requested(@Nullable String prefer) {
        if (prefer == null) {
            return false;
        }
        for (String token : prefer.split(",")) {
            String name = token.split(";", 2)[0].split("=", 2)[0].trim().toLowerCase(Locale.ROOT);
            if (name.equals(RESPOND_ASYNC)) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param job    the job started
     * @param prefer the request's {@code Prefer} header, or null
     * @return 202 with the job and its Location
     */
    public static MutableHttpResponse<Object> accepted(JobResponse job, @Nullable String prefer) {
        MutableHttpResponse<Object> response = HttpResponse.accepted().body((Object) job);
        response.header(HttpHeaders.LOCATION, job.href());
        if (requested(prefer)) {
            response.header(APPLIED, RESPOND_ASYNC);
        }
        return response;
    }
}
