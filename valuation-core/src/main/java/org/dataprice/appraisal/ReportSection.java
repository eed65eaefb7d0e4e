package org.dataprice.appraisal;

import java.util.List;
import org.dataprice.error.Require;

/**
 * A section of a valuation report, in the order a renderer prints them.
 *
 * @param id      a stable identifier, e.g. {@code "approach.income"}; not blank
 * @param titleZh the Chinese title; not blank
 * @param titleEn the English title; not blank
 * @param items   the lines; copied
 */
public record ReportSection(String id, String titleZh, String titleEn, List<ReportItem> items) {
    /** Validates. */
    public ReportSection {
        Require.notBlank(id, "id");
        Require.notBlank(titleZh, "titleZh");
        Require.notBlank(titleEn, "titleEn");
        items = Require.copyOf(items, "items");
    }
}
