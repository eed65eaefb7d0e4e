package org.dataprice.supervision.rule;

import java.time.YearMonth;

/** A category and month: the cell of comparable deals and of one index level. */
record CellKey(String category, YearMonth month) {
    // written out: the generated record hashCode goes through method handles, measurably slower per deal
    @Override
    public int hashCode() {
        return 31 * category.hashCode() + month.getYear() * 12 + month.getMonthValue();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CellKey k && k.month.equals(month) && k.category.equals(category);
    }

    @Override
    public String toString() {
        return category + "/" + month;
    }
}
