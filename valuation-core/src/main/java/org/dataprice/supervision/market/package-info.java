/**
 * A seeded market generator with planted manipulation: the ground truth against which the supervision rules and
 * patterns are measured (precision, recall, false-alarm rate) and the load of the supervision benchmarks.
 */
package org.dataprice.supervision.market;
