package org.dataprice.api.storage;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller (every operation of it) or one operation that {@link StorageWriteGuard} lets through while a
 * watched file system is below its floor, although its HTTP method is a write: an operation that stores nothing (a
 * calculation answered from the request alone), or one that stops work or access and writes at most a row, which the
 * floor's headroom is there for (cancelling a job, revoking an API key). The reason is required and is the
 * documentation.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface AllowedBelowFloor {
    /** @return why the operation may run on a full disk, e.g. "computes from the request, stores nothing" */
    String value();
}
