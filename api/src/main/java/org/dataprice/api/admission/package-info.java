/**
 * The negative list (负面清单) and the admission of listings and deals (issue 15, plan §15): versions of the list
 * ({@code /v1/supervision/negative-list}), each listing's declaration and the version it was admitted under, and the
 * check of a deal against the list in force. The rules are the core's ({@code org.dataprice.supervision.admission}).
 */
package org.dataprice.api.admission;
