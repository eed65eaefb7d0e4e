package org.dataprice.api.problem;

import io.micronaut.http.HttpStatus;

/**
 * The service's own problem types (errors of the HTTP exchange itself). Domain errors use the
 * {@code org.dataprice.error.Rule} types instead. Each URI is stable: clients key on it.
 */
public enum ProblemType {
    /** A request the service cannot read (bad header, bad parameter, bad value). */
    BAD_REQUEST("bad-request", "Bad request", HttpStatus.BAD_REQUEST),
    /** A body that is not well-formed JSON. */
    MALFORMED_JSON("malformed-json", "Malformed JSON", HttpStatus.BAD_REQUEST),
    /** A JSON body with a property the endpoint does not know (probably a typo). */
    UNKNOWN_PROPERTY("unknown-property", "Unknown JSON property", HttpStatus.BAD_REQUEST),
    /**
     * A well-formed JSON body with a value that cannot become its field: the wrong JSON type, a whole
     * number out of range or with a fraction,
     * text that is not a number or date, a null where none is allowed; {@code field} is its JSON path
     * and {@code rule} the broken {@code org.dataprice.error.Rule}. (An enum value not allowed is a 422
     * {@code unknown} problem listing the allowed values, like every unknown reference.)
     */
    INVALID_VALUE("invalid-value", "Invalid value", HttpStatus.BAD_REQUEST),
    /** Bean-validation constraints failed; see {@code violations}. */
    VALIDATION("validation", "Invalid request", HttpStatus.BAD_REQUEST),
    /** A state-changing POST that requires an {@code Idempotency-Key} header came without one. */
    IDEMPOTENCY_KEY_MISSING("idempotency-key-missing", "Idempotency-Key required", HttpStatus.BAD_REQUEST),
    /** No credentials, or credentials that are unknown, expired or revoked. */
    UNAUTHORIZED("unauthorized", "Authentication required", HttpStatus.UNAUTHORIZED),
    /** Credentials without a role the endpoint needs. */
    FORBIDDEN("forbidden", "Forbidden", HttpStatus.FORBIDDEN),
    /** No such resource. */
    NOT_FOUND("not-found", "Not found", HttpStatus.NOT_FOUND),
    /** The resource exists but not with this HTTP method. */
    METHOD_NOT_ALLOWED("method-not-allowed", "Method not allowed", HttpStatus.METHOD_NOT_ALLOWED),
    /** The resource cannot produce the media type the client accepts. */
    NOT_ACCEPTABLE("not-acceptable", "Not acceptable", HttpStatus.NOT_ACCEPTABLE),
    /** A request with the same Idempotency-Key is still being processed. */
    IDEMPOTENCY_IN_FLIGHT("idempotency-in-flight", "Request in progress", HttpStatus.CONFLICT),
    /** A conflict with the current state of a resource. */
    CONFLICT("conflict", "Conflict", HttpStatus.CONFLICT),
    /** A request body above the configured size limit. */
    PAYLOAD_TOO_LARGE("payload-too-large", "Request body too large", HttpStatus.REQUEST_ENTITY_TOO_LARGE),
    /** A body in a media type the endpoint does not consume. */
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "Unsupported media type", HttpStatus.UNSUPPORTED_MEDIA_TYPE),
    /** An Idempotency-Key reused with a different request. */
    IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", "Idempotency-Key reused with a different request",
            HttpStatus.UNPROCESSABLE_ENTITY),
    /** A fault of the service; details are in its log, never in the response. */
    INTERNAL("internal", "Internal error", HttpStatus.INTERNAL_SERVER_ERROR),
    /** The service or its database is not ready. */
    UNAVAILABLE("unavailable", "Service unavailable", HttpStatus.SERVICE_UNAVAILABLE),
    /**
     * The store failed its ledger integrity check (an edited, deleted, foreign or truncated record):
     * writes are refused until an operator restores it; the detail names the ledger, entry and record.
     */
    LEDGER_INTEGRITY("ledger-integrity", "Ledger integrity check failed", HttpStatus.SERVICE_UNAVAILABLE),
    /**
     * Stored data read for the answer failed its own integrity check (a bulk load's trade segment whose checksum,
     * counts or values do not match its description): the answer is withheld rather than computed from damaged
     * data; the detail names what is damaged. No {@code Retry-After}: it does not heal by waiting.
     */
    STORE_INTEGRITY("store-integrity", "Stored data failed its integrity check", HttpStatus.SERVICE_UNAVAILABLE),
    /**
     * The request's time budget ({@code dataprice.request-budget}) was spent, or its client disconnected,
     * and its work was stopped. 503 rather than 504: no gateway is involved, and the same request may pass
     * on a less loaded service or with a smaller input; no {@code Retry-After}, as an unchanged request
     * that exceeded its budget on an idle service will exceed it again.
     */
    TIME_BUDGET_EXCEEDED("time-budget-exceeded", "Time budget exceeded", HttpStatus.SERVICE_UNAVAILABLE),
    /**
     * The caller already has as many active (queued or running) jobs as it may, or the service's job queue is full:
     * 429 with {@code Retry-After}; the same request succeeds once a job has finished.
     */
    TOO_MANY_JOBS("too-many-jobs", "Too many active jobs", HttpStatus.TOO_MANY_REQUESTS),
    /** DELETE of a job that has already finished (succeeded or failed): there is no work left to stop. */
    JOB_FINISHED("job-finished", "Job already finished", HttpStatus.CONFLICT),
    /**
     * A state-changing request refused, before any work, because a file system the service writes to (the embedded H2
     * store's directory, the load spool in {@code java.io.tmpdir}, the job upload spool) has, or would have after the
     * request's declared body, less free space than its floor ({@code dataprice.storage.*}); or a streamed upload
     * stopped when its spool reached the floor. Nothing was written; reads keep working. The detail names the
     * directory, its usable bytes, the bytes needed and the floor with its settings.
     *
     * <p>Why 507 Insufficient Storage (RFC 4918 §11.5: "the server is unable to store the representation needed to
     * successfully complete the request") and not 503 with {@code Retry-After}: the condition is exactly that, it is
     * not temporary on a timer (it lasts until an operator frees space or lowers the floor, so any {@code Retry-After}
     * would be a guess), and a distinct status lets clients, balancers and alerts tell a full disk from an outage or a
     * spent time budget (both 503). No {@code Retry-After}, as for {@link #TIME_BUDGET_EXCEEDED}.
     */
    INSUFFICIENT_STORAGE("insufficient-storage", "Insufficient storage", HttpStatus.INSUFFICIENT_STORAGE);

    /** Base of every problem type URI; the same as {@code org.dataprice.error.Rule#typeUri()}. */
    public static final String BASE = "https://dataprice.org/problems/";

    private final String id;
    private final String title;
    private final HttpStatus status;

    ProblemType(String id, String title, HttpStatus status) {
        this.id = id;
        this.title = title;
        this.status = status;
    }

    /** @return the type URI */
    public String uri() {
        return BASE + id;
    }

    /** @return the stable id, e.g. {@code "not-found"} */
    public String id() {
        return id;
    }

    /** @return the title */
    public String title() {
        return title;
    }

    /** @return the HTTP status */
    public HttpStatus status() {
        return status;
    }

    /**
     * The type for an error status that no handler described more precisely.
     *
     * @param status the response status
     * @return the matching type; {@link #BAD_REQUEST} for other 4xx, {@link #INTERNAL} for 5xx
     */
    public static ProblemType forStatus(HttpStatus status) {
        for (ProblemType type : values()) {
            if (type.status == status && type.isDefaultFor()) {
                return type;
            }
        }
        return status.getCode() >= 500 ? INTERNAL : BAD_REQUEST;
    }

    private boolean isDefaultFor() {
        return this != MALFORMED_JSON && this != UNKNOWN_PROPERTY && this != VALIDATION && this != INVALID_VALUE
                && this != IDEMPOTENCY_KEY_MISSING && this != IDEMPOTENCY_IN_FLIGHT
                && this != IDEMPOTENCY_KEY_REUSED && this != LEDGER_INTEGRITY && this != STORE_INTEGRITY && this != TIME_BUDGET_EXCEEDED
                && this != JOB_FINISHED;
    }
}
