/**
 * The service's one transaction pattern: a state-changing request runs as one write transaction on
 * the default datasource ({@code TransactionOperations<Connection>}), joined by every repository and
 * store it calls; lost races are classified by {@link org.dataprice.api.transaction.WriteConflicts}
 * and retried only at the outermost transaction.
 */
package org.dataprice.api.transaction;
