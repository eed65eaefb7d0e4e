/**
 * Where a settlement's pool comes from: the revenue of recorded deals ({@link org.dataprice.split.pool.DealPool}).
 */
package org.dataprice.split.pool;
