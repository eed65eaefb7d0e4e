package org.dataprice.supervision.rule;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dataprice.supervision.MonitoredDeal;

/**
 * Numbers the category-and-month cells of a batch densely (0, 1, …) with one string-keyed look-up per deal: the
 * month is remembered from the previous deal (a batch in time order changes month a dozen times), the category is
 * looked up by its string. Not thread-safe; one per batch.
 */
final class CellIndex {
    private final Map<String, Integer> categories = new HashMap<>();
    private final Map<YearMonth, Integer> months = new HashMap<>();
    private final List<int[]> table = new ArrayList<>();
    private final List<CellKey> keys = new ArrayList<>();
    private YearMonth lastMonth;
    private int lastMonthId;

    int id(MonitoredDeal d) {
        if (!d.month().equals(lastMonth)) {
            lastMonth = d.month();
            Integer m = months.get(lastMonth);
            if (m == null) {
                m = months.size();
                months.put(lastMonth, m);
            }
            lastMonthId = m;
        }
        Integer c = categories.get(d.category());
        if (c == null) {
            c = categories.size();
            categories.put(d.category(), c);
            table.add(new int[0]);
        }
        int[] row = table.get(c);
        if (lastMonthId >= row.length) {
            int old = row.length;
            row = Arrays.copyOf(row, Math.max(lastMonthId + 1, 2 * old));
            Arrays.fill(row, old, row.length, -1);
            table.set(c, row);
        }
        int id = row[lastMonthId];
        if (id < 0) {
            id = keys.size();
            row[lastMonthId] = id;
            keys.add(new CellKey(d.category(), d.month()));
        }
        return id;
    }

    int size() {
        return keys.size();
    }

    CellKey key(int id) {
        return keys.get(id);
    }
}
