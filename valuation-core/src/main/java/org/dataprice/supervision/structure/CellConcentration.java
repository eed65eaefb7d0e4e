package org.dataprice.supervision.structure;

import java.time.YearMonth;
import java.util.List;
import org.dataprice.error.Require;
import org.dataprice.money.Money;

/**
 * The concentration of one category and month on one side.
 *
 * @param category the category; not blank
 * @param month    the month; not null
 * @param side     the side measured; not null
 * @param deals    number of deals, &ge; 1
 * @param total    the cell's deal value, exact; not null
 * @param shares   the parties' shares, largest first (ties by party id); not empty, copied
 * @param hhi      Σ (100 s<sub>i</sub>)², in [0, 10000]
 * @param cr4      the sum of the four largest shares, in [0, 1]
 * @param entrants parties present this month and not in the category's previous month with deals; copied
 * @param exits    parties present in that previous month and not this month; copied
 */
public record CellConcentration(String category, YearMonth month, MarketSide side, int deals, Money total,
        List<PartyShare> shares, double hhi, double cr4, List<String> entrants, List<String> exits) {
    /** Validates and copies. */
    public CellConcentration {
        Require.notBlank(category, "category");
        Require.notNull(month, "month");
        Require.notNull(side, "side");
        Require.atLeast(deals, 1, "deals");
        Require.notNull(total, "total");
        shares = Require.nonEmptyCopy(shares, "shares");
        Require.inClosedRange(hhi, 0, 10_000 + 1e-6, "hhi");
        Require.inClosedRange(cr4, 0, 1 + 1e-12, "cr4");
        entrants = Require.copyOf(entrants, "entrants");
        exits = Require.copyOf(exits, "exits");
    }
}
