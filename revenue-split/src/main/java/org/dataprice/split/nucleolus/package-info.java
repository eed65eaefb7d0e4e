/**
 * The nucleolus, prenucleolus and least core by sequential linear programs (dual simplex form), core
 * membership and emptiness, for profit games and (via the savings game) cost games.
 */
package org.dataprice.split.nucleolus;
