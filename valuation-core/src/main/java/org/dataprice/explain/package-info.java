/**
 * Explanations: the record of how each result was obtained, as a tree of steps with formulas,
 * inputs, results and sources, the method id, the library version and a hash of the inputs.
 */
package org.dataprice.explain;
