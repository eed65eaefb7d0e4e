/**
 * The progress of long core computations and their cooperative cancellation: {@link org.dataprice.progress.Progress},
 * a pure callback the loops call between units of work (no framework, no threads of its own).
 */
package org.dataprice.progress;
