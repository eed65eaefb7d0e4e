package org.dataprice.api.index;

import org.dataprice.index.series.VintageHistory;
import org.dataprice.index.series.VintageObservation;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;

/**
 * The released series of an index as the reads write them: FRED-like JSON (one series as known on a date, a
 * missing month as {@code "."}), SDMX-CSV 2.0 (dataflow {@link IndexReadService#DATAFLOW}, dimensions FREQ,
 * INDEX_ID, SERIES) and plain CSV ({@code series,period,value,status}); lines end in CRLF (RFC 4180). A
 * rendering only: which values exist on a date is the core's ({@link VintageHistory#knownOn},
 * {@link VintageHistory#asOf}). Stateless.
 */
final class IndexExports {
    private IndexExports() {
    }

    /**
     * @param r         the released state
     * @param series    a series of the index
     * @param date      the date the values were known on
     * @param precision how values are written
     * @return FRED-like observations of that series as known on that date
     */
    static IndexViews.FredSeries fred(Released r, String series, LocalDate date, ValuePrecision precision) {
        List<IndexViews.FredObservation> out = new ArrayList<>();
        VintageHistory h = r.histories().get(series);
        SortedMap<YearMonth, VintageObservation> known = h == null ? java.util.Collections.emptySortedMap() : h.knownOn(date);
        if (!known.isEmpty()) {
            List<Integer> map = r.vintages().get(series);
            for (YearMonth m = known.firstKey(); !m.isAfter(known.lastKey()); m = m.plusMonths(1)) {
                VintageObservation o = known.get(m);
                out.add(o == null
                        ? new IndexViews.FredObservation(date, date, m.atDay(1), ".", null, null)
                        : new IndexViews.FredObservation(o.realtimeStart(), o.realtimeEnd(), m.atDay(1),
                                precision.format(o.value(), r.def().decimals()), o.status().sdmxCode(),
                                map.get(o.vintage() - 1)));
            }
        }
        return new IndexViews.FredSeries(date, date, r.def().id(), series, "Index " + r.def().base(),
                out.isEmpty() ? null : out.get(0).date(), out.isEmpty() ? null : out.get(out.size() - 1).date(),
                out.size(), out);
    }

    /**
     * @param r         the released state
     * @param series    the series written, in order
     * @param date      the date the values were known on
     * @param precision how values are written
     * @return the series as SDMX-CSV 2.0
     */
    static String sdmxCsv(Released r, List<String> series, LocalDate date, ValuePrecision precision) {
        StringBuilder out = new StringBuilder("STRUCTURE,STRUCTURE_ID,ACTION,FREQ,INDEX_ID,SERIES,TIME_PERIOD,OBS_VALUE,OBS_STATUS\r\n");
        for (String s : series) {
            r.asOf(s, date).ifPresent(known -> known.observations().forEach(o -> out.append("dataflow,")
                    .append(IndexReadService.DATAFLOW).append(",I,M,").append(r.def().id()).append(',').append(s).append(',')
                    .append(o.period()).append(',').append(precision.format(o.value(), r.def().decimals())).append(',')
                    .append(o.status().sdmxCode()).append("\r\n")));
        }
        return out.toString();
    }

    /**
     * @param r         the released state
     * @param series    the series written, in order
     * @param date      the date the values were known on
     * @param precision how values are written
     * @return the series as plain CSV ({@code series,period,value,status})
     */
    static String csv(Released r, List<String> series, LocalDate date, ValuePrecision precision) {
        StringBuilder out = new StringBuilder("series,period,value,status\r\n");
        for (String s : series) {
            r.asOf(s, date).ifPresent(known -> known.observations().forEach(o -> out.append(s).append(',')
                    .append(o.period()).append(',').append(precision.format(o.value(), r.def().decimals())).append(',')
                    .append(o.status().sdmxCode()).append("\r\n")));
        }
        return out.toString();
    }
}
