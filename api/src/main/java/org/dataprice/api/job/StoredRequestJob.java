package org.dataprice.api.job;

import io.micronaut.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A {@link JobHandler} whose input is the validated request itself, stored as JSON with the job: {@link #input} writes
 * it when the job is submitted, {@link #run(JobContext)} reads it back and hands it to {@link #run(Object, JobContext)}.
 * Resumable: the input is stored, so a run lost in a restart simply runs again (the work must write only through
 * {@link JobContext#succeed}). A request type whose {@code @NotNull} collections may be empty must keep them in its JSON
 * ({@code @JsonInclude(ALWAYS)}), since the serializer omits empty collections.
 *
 * @param <R> the request type
 */
public abstract class StoredRequestJob<R> implements JobHandler {
    private final JsonMapper json;
    private final Class<R> type;

    /**
     * @param json the JSON mapper
     * @param type the request type
     */
    protected StoredRequestJob(JsonMapper json, Class<R> type) {
        this.json = json;
        this.type = type;
    }

    /**
     * @param request a validated request
     * @return the job's input: the request as JSON
     */
    public String input(R request) {
        try {
            return json.writeValueAsString(request);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean resumable() {
        return true;
    }

    @Override
    public final void run(JobContext job) {
        R request;
        try {
            request = json.readValue(job.input(), type);
        } catch (IOException e) {
            throw new UncheckedIOException("the stored request of job " + job.id() + " is unreadable", e);
        }
        run(request, job);
    }

    /**
     * Runs the work for the stored request; must end with {@link JobContext#succeed} or an exception.
     *
     * @param request the request, as it was accepted
     * @param job     the job
     */
    protected abstract void run(R request, JobContext job);
}
