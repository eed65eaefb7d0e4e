/**
 * 指数发布 — the release calculator: one period's release of an index (a new vintage) computed from
 * the corrected trades, the index definition's settings and the previous vintage only, with the
 * statuses of its values, its revisions against the previous vintage and its explanation.
 *
 * <p>Sources: IMF et al., <i>Consumer Price Index Manual: Concepts and Methods</i> (2020), chapter 10
 * (multilateral methods and the splicing of extended windows: a published value is revised only by an
 * explicit revision) and chapter 13 (publication: revision policy, provisional values, the
 * communication of revisions); ALFRED real-time periods (vintages); SDMX CL_OBS_STATUS codes.
 */
package org.dataprice.index.release;
