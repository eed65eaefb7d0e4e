/**
 * 滚动窗口与拼接 — extension of multilateral indices beyond their first window: rolling windows
 * spliced by movement, window, half or mean splices (on the previous window or on the published
 * series), and the fixed-base expanding (FBEW) and moving (FBMW) window methods
 * ({@link org.dataprice.index.splice.RollingWindowIndex}, {@link org.dataprice.index.splice.Splicing}).
 */
package org.dataprice.index.splice;
