package org.dataprice.api.budget;

import io.micronaut.aop.Around;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs a controller's methods (or one method) through {@link RequestBudget#compute}: the whole call is
 * interrupted when the request's time budget runs out or its client disconnects. For stateless compute
 * endpoints only: a method that writes to the database must not be interrupted mid-I/O, so it wraps just
 * its core computation in {@code RequestBudget.compute} instead.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@Around
public @interface Interruptible {
}
