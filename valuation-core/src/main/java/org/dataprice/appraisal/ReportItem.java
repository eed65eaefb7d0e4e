package org.dataprice.appraisal;

import org.dataprice.error.Require;
import org.dataprice.explain.Explanation;

/**
 * One line of a report section: a bilingual label, the value as text and, for a computed figure,
 * the explanation that produced it.
 *
 * @param labelZh     the Chinese label; not blank
 * @param labelEn     the English label; not blank
 * @param value       the value as text (money as {@code "CNY 1234.56"}); not null
 * @param explanation how the figure was computed; null for a descriptive item
 */
public record ReportItem(String labelZh, String labelEn, String value, Explanation explanation) {
    /** Validates. */
    public ReportItem {
        Require.notBlank(labelZh, "labelZh");
        Require.notBlank(labelEn, "labelEn");
        Require.notNull(value, "value");
    }

    /** @return true when the item carries an explanation */
    public boolean isComputed() {
        return explanation != null;
    }
}
