/**
 * The service's one transaction pattern, {@link org.dataprice.api.transaction.Transactions}: a state-changing
 * request runs as one write transaction on the default datasource, joined by every repository and raw-JDBC store it
 * calls; lost races are classified by {@link org.dataprice.api.transaction.WriteConflicts} and retried only at the
 * outermost transaction. ArchitectureTest keeps {@code @Transactional} and direct use of the transaction manager
 * out of the business packages.
 */
package org.dataprice.api.transaction;
