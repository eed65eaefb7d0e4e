/**
 * The Shapley value (沙普利值): exact over a table on both cores, and in closed form or by dynamic
 * programming for airport, weighted-majority, synergy and unanimity games.
 */
package org.dataprice.split.shapley;
