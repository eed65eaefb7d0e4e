package org.dataprice.supervision.rule;

import java.time.YearMonth;

/** A category and month: the cell of comparable deals and of one index level. */
record CellKey(String category, YearMonth month) {
    @Override
    public String toString() {
        return category + "/" + month;
    }
}
