/**
 * The request time budget: every request may run for {@code dataprice.request-budget.timeout} (30 s by
 * default, per-path overrides), after which, or as soon as its client disconnects, its computation is
 * interrupted and the client gets 503 {@code time-budget-exceeded}.
 */
package org.dataprice.api.budget;
