package org.dataprice.api.job;

/**
 * The states of a job: {@code QUEUED → RUNNING → SUCCEEDED | FAILED | CANCELLED}, and {@code QUEUED → CANCELLED}. A
 * RUNNING job left by a stopped instance goes back to QUEUED when its input is stored and its work may run again,
 * else to FAILED with the reason {@value JobRunner#INTERRUPTED}. The last three are final.
 */
public enum JobState {
    /** Accepted and stored; waiting for a worker. */
    QUEUED,
    /** A worker claimed it and runs it. */
    RUNNING,
    /** The work finished and its result is stored ({@code result} links to it). */
    SUCCEEDED,
    /** The work stopped on an error ({@code failure} says why); nothing of it was stored. */
    FAILED,
    /** Cancelled by its owner or an admin before it finished; nothing of it was stored. */
    CANCELLED;

    /** @return whether the job has reached a final state */
    public boolean finished() {
        return this == SUCCEEDED || this == FAILED || this == CANCELLED;
    }
}
