/**
 * Durable acknowledgements: the start-up check that a commit of the store is on disk before the
 * service answers 2xx ({@link org.dataprice.api.durability.DurableCommitCheck}).
 */
package org.dataprice.api.durability;
