/**
 * 指数发布 — the release calculator: one period's release of an index (a new vintage) computed from
 * the corrected trades, the index definition's settings and the previous vintage only, with the
 * statuses of its values, its revisions against the previous vintage and its explanation.
 *
 * <p>Sources: IMF, ILO et al., <i>Consumer Price Index Manual: Concepts and Methods</i> (2020): the
 * chapter on scanner data and multilateral methods (ch. 10, as cited across this module: windows and
 * splicing, so that a published value changes only through an explicit revision) and the chapter on
 * publication, dissemination and user relations (a pre-announced release calendar, a revision policy,
 * provisional values, revisions published with their reasons); ALFRED real-time periods (vintages);
 * SDMX CL_OBS_STATUS codes.
 */
package org.dataprice.index.release;
