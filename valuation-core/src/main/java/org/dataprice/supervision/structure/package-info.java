/**
 * 市场结构 — concentration of each category and month (HHI, CR4), seller and buyer shares, entry and exit, and
 * alerts when a competition-guideline threshold is crossed (反垄断法 第二十四条; US DOJ/FTC Merger Guidelines 2023).
 */
package org.dataprice.supervision.structure;
