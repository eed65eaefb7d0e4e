package org.dataprice.api.job;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * A page of the caller's jobs, newest first.
 *
 * @param items the jobs
 * @param page  the page number, from 0
 * @param size  the page size
 * @param total the caller's jobs in all
 */
@Serdeable
public record JobList(@JsonInclude(JsonInclude.Include.ALWAYS) List<JobResponse> items, int page, int size, long total) {
}
