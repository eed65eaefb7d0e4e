package org.dataprice.api.index;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.SortedMap;
import java.util.TreeSet;
import org.dataprice.api.index.IndexPageModel.About;
import org.dataprice.api.index.IndexPageModel.Cell;
import org.dataprice.api.index.IndexPageModel.Chart;
import org.dataprice.api.index.IndexPageModel.Column;
import org.dataprice.api.index.IndexPageModel.Dot;
import org.dataprice.api.index.IndexPageModel.Flag;
import org.dataprice.api.index.IndexPageModel.Line;
import org.dataprice.api.index.IndexPageModel.Row;
import org.dataprice.api.index.IndexPageModel.Text;
import org.dataprice.api.index.IndexPageModel.Tick;
import org.dataprice.index.aggregate.CompositeMethod;
import org.dataprice.index.method.MethodDescription;
import org.dataprice.index.series.IndexObservation;
import org.dataprice.index.series.IndexSeries;
import org.dataprice.index.series.ObservationStatus;
import org.dataprice.index.transaction.UnitValueRule;

/**
 * Builds the {@link IndexPageModel}s of the public index pages from the released state ({@link Released}: only
 * releases whose time has passed), the definition and the configured texts. Every number is formatted here: levels to
 * the index's published decimals, changes to 2 decimals with a sign, chart ticks by {@link ChartAxis} (round numbers)
 * and chart geometry to 0.1 of a viewBox unit. Stateless.
 */
public final class IndexPageModels {
    /** How many upcoming releases the page lists. */
    public static final int CALENDAR_ROWS = 6;
    /** Chart viewBox width: narrow enough that its 16-unit labels stay readable when scaled to a 360 px phone. */
    static final int W = 640;
    /** Chart viewBox height. */
    static final int H = 320;
    private static final int PAD_L = 64;
    private static final int PAD_R = 48;
    private static final int PAD_T = 16;
    private static final int PAD_B = 44;
    private static final int MAX_X_LABELS = 6;
    private static final String[] COLORS = {"#1f4e79", "#c0504d", "#4f8a3c", "#8064a2", "#d08a1b", "#2a9d8f", "#6d6d6d"};
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private IndexPageModels() {
    }

    /**
     * @param r              the released state
     * @param warnings       the latest vintage's warnings
     * @param coverage       trades and products per released month ({@link IndexReadService#coverage})
     * @param revisionPolicy the configured revision policy, or blank for the one derived from the definition
     * @param contact        the configured contact, or blank for none
     * @return the index page
     */
    public static IndexPageModel.Page page(Released r, List<String> warnings, SortedMap<YearMonth, IndexStore.Coverage> coverage,
                                           String revisionPolicy, String contact) {
        IndexDefinition def = r.def();
        List<IndexPageModel.Scheduled> calendar = def.calendar().entrySet().stream().filter(e -> e.getValue().isAfter(r.now()))
                .limit(CALENDAR_ROWS).map(e -> new IndexPageModel.Scheduled(e.getKey().toString(), e.getValue().toString(),
                        LOCAL.format(e.getValue().atZone(def.zone())) + " " + def.zone().getId())).toList();
        Text revisions = revisions(def, revisionPolicy);
        String who = contact == null ? "" : contact.strip();
        if (r.isEmpty()) {
            return new IndexPageModel.Page(about(def), null, null, null, null, List.of(), null, List.of(), calendar, revisions, who);
        }
        Map<String, IndexSeries> current = new LinkedHashMap<>();
        for (String s : r.seriesIds()) {
            current.put(s, r.histories().get(s).latest().orElseThrow().series());
        }
        IndexStore.ReleaseRow last = r.releases().get(r.releases().size() - 1);
        return new IndexPageModel.Page(about(def), headline(def, current), chart(def, current, false), chart(def, current, true),
                table(def, current, coverage), flags(current), new IndexPageModel.Vintage(last.vintage(),
                last.realtimeStart().toString()), List.copyOf(warnings), calendar, revisions, who);
    }

    /**
     * @param def            the definition
     * @param coverage       trades per released month (for the sources); empty when nothing is released
     * @param revisionPolicy the configured revision policy, or blank
     * @return the methodology page
     */
    public static IndexPageModel.Methodology methodology(IndexDefinition def, SortedMap<YearMonth, IndexStore.Coverage> coverage,
                                                         String revisionPolicy) {
        MethodDescription m = MethodDescription.of(def.settings());
        List<String> parameters = new ArrayList<>();
        parameters.add("method = " + def.settings().method());
        def.settings().parameters().forEach((k, v) -> parameters.add(k + " = " + v));
        Text composite = def.categories().isEmpty()
                ? new Text("仅综合指数，无分类。", "Composite only, no categories.")
                : def.composite() == CompositeMethod.AGGREGATED
                ? new Text("综合指数由各分类指数按" + (def.weightPeriod() == null ? "首月" : " " + def.weightPeriod() + " ") + "的支出份额加权汇总。",
                "The composite aggregates the category indices with the expenditure shares of " + weightMonth(def) + ".")
                : new Text("综合指数将所有分类的交易合并计算。", "The composite pools the trades of every category.");
        var c = def.cleaning();
        List<Text> cleaning = new ArrayList<>();
        cleaning.add(new Text("单位价值：每个产品每月的成交总额 ÷ 成交数量。", "Unit value: a product's monthly expenditure ÷ quantity."));
        if (c.equals(UnitValueRule.NONE)) {
            cleaning.add(new Text("不剔除任何价格。", "No price is filtered out."));
        } else {
            cleaning.add(new Text("仅保留与所在单元中位数之比在 [" + plain(c.lowerRelative()) + ", " + plain(c.upperRelative())
                    + "] 之间的价格。", "A price is kept when its ratio to the median of its cell is within ["
                    + plain(c.lowerRelative()) + ", " + plain(c.upperRelative()) + "]."));
            cleaning.add(new Text("单位价值至少需要 " + c.minTransactions() + " 笔交易。",
                    "A unit value needs at least " + c.minTransactions() + " trade(s)."));
        }
        var s = def.sufficiency();
        Text sufficiency = s == null ? null : new Text(
                "每月至少 " + s.minTransactions() + " 笔交易、" + s.minProducts() + " 个产品；不足时"
                        + (s.action().name().equals("ESTIMATE") ? "沿用上月值并标记 E。" : "不发布该月。"),
                "Each month needs at least " + s.minTransactions() + " trades and " + s.minProducts() + " products; otherwise "
                        + (s.action().name().equals("ESTIMATE") ? "the previous level is carried forward, flagged E."
                        : "the month is not published."));
        Text provisional = def.provisionalMonths() == 0
                ? new Text("发布值即为最终值（除非修订）。", "Published values are final unless revised.")
                : new Text("最近 " + def.provisionalMonths() + " 个月为初步数（P）。",
                "The latest " + def.provisionalMonths() + " month(s) are provisional (P).");
        long trades = coverage.values().stream().mapToLong(IndexStore.Coverage::trades).sum();
        long deals = coverage.values().stream().mapToLong(IndexStore.Coverage::deals).sum();
        List<Text> sources = new ArrayList<>();
        if (trades == 0) {
            sources.add(new Text("尚无已发布月份的交易。", "No trades of a released month yet."));
        } else {
            if (trades > deals) {
                sources.add(new Text("发布者载入的交易记录（CSV/JSON）：" + (trades - deals) + " 笔。",
                        "Trade records loaded by the publisher (CSV/JSON): " + (trades - deals) + "."));
            }
            if (deals > 0) {
                sources.add(new Text("本交易所已成交的交易（自动导入）：" + deals + " 笔。",
                        "Deals concluded on this exchange (imported): " + deals + "."));
            }
        }
        var col = def.columns();
        List<String> columns = new ArrayList<>(List.of("period ← " + col.period(), "product ← " + col.productId(),
                "price ← " + col.price(), "quantity ← " + col.quantity()));
        if (!def.categories().isEmpty()) {
            columns.add("category ← " + col.category());
        }
        col.characteristics().forEach(x -> columns.add("characteristic ← " + x));
        col.categorical().forEach(x -> columns.add("categorical characteristic ← " + x));
        List<String> text = new ArrayList<>();
        for (String para : def.methodologyText().split("\\n\\s*\\n")) {
            if (!para.isBlank()) {
                text.add(para.strip());
            }
        }
        return new IndexPageModel.Methodology(about(def), m.family(), m.formula(), m.reference(), m.window(), m.splice(),
                parameters, composite, cleaning, sufficiency, provisional, def.decimals(), sources, columns,
                def.categories().stream().map(x -> new Column(x.code(), x.nameZh(), x.nameEn())).toList(), text,
                revisions(def, revisionPolicy), def.zone().getId());
    }

    /**
     * @param published the indices with released data ({@link IndexReadService#published})
     * @return the landing page
     */
    public static IndexPageModel.Landing landing(List<Released> published) {
        List<IndexPageModel.Listed> out = new ArrayList<>();
        for (Released r : published) {
            IndexDefinition def = r.def();
            String first = r.seriesIds().get(0);
            IndexViews.Level l = IndexReadService.level(def, first, r.histories().get(first).latest().orElseThrow().series());
            IndexStore.ReleaseRow last = r.releases().get(r.releases().size() - 1);
            IndexViews.NextRelease next = IndexReadService.next(def, r.now());
            out.add(new IndexPageModel.Listed(about(def), l.period(), l.value(), percent(l.changeYear()),
                    last.realtimeStart().toString(), next == null ? "" : next.period() + " — "
                    + LOCAL.format(next.releaseAt().atZone(def.zone())) + " " + def.zone().getId()));
        }
        return new IndexPageModel.Landing(out, IndexReadService.MAX_PUBLISHED);
    }

    static About about(IndexDefinition def) {
        MethodDescription m = MethodDescription.of(def.settings());
        var b = def.base();
        String months = b.from().equals(b.to()) ? b.from().toString() : b.from() + "–" + b.to();
        return new About(def.id(), def.nameZh(), def.nameEn(), m.name(), m.nameZh(), months + " = " + b.referenceValue(),
                Integer.toString(b.referenceValue()), def.methodologyVersion(), def.categories().size());
    }

    /** The configured policy, else what the definition and the release process imply. */
    static Text revisions(IndexDefinition def, String configured) {
        if (configured != null && !configured.isBlank()) {
            return new Text("", configured.strip());
        }
        String provisionalZh = def.provisionalMonths() == 0 ? "" : "最近 " + def.provisionalMonths() + " 个月为初步数（P），在后续发布中确定。";
        String provisionalEn = def.provisionalMonths() == 0 ? ""
                : "The latest " + def.provisionalMonths() + " month(s) are provisional (P) and firm up in later releases. ";
        return new Text(provisionalZh + "每次发布可能修订以前月份（交易更正或方法重新计算），修订值标记为 R，以前各版数据均予保留。",
                provisionalEn + "A release may revise earlier months (a trade correction, or the method recomputing them); "
                        + "revised values are flagged R and every earlier vintage stays available.");
    }

    private static IndexPageModel.Headline headline(IndexDefinition def, Map<String, IndexSeries> current) {
        String first = current.keySet().iterator().next();
        IndexViews.Level l = IndexReadService.level(def, first, current.get(first));
        return new IndexPageModel.Headline(l.period(), l.value(), flag(l.status()), percent(l.changePeriod()), percent(l.changeYear()));
    }

    /**
     * The level chart (values, base line at the reference value, one dot per observation) or the year-on-year chart
     * ({@code 100 × (I_t / I_{t−12} − 1)} from unrounded values, zero line, no dots).
     */
    private static Chart chart(IndexDefinition def, Map<String, IndexSeries> current, boolean yearOnYear) {
        Map<String, Map<YearMonth, Double>> values = new LinkedHashMap<>();
        Map<String, Map<YearMonth, String>> labels = new LinkedHashMap<>();
        current.forEach((code, s) -> {
            Map<YearMonth, Double> v = new LinkedHashMap<>();
            Map<YearMonth, String> t = new LinkedHashMap<>();
            for (IndexObservation o : s.observations()) {
                OptionalDouble value = yearOnYear ? s.change(o.period(), 12) : OptionalDouble.of(o.value());
                if (value.isPresent()) {
                    v.put(o.period(), value.getAsDouble());
                    t.put(o.period(), yearOnYear ? percent(IndexReadService.percent(value))
                            : IndexReadService.format(o.value(), def.decimals()) + flagSuffix(o.status()));
                }
            }
            values.put(code, v);
            labels.put(code, t);
        });
        return yearOnYear
                ? chart("chart-yoy", "同比涨跌 Year-on-year change (%)", def, values, labels, 0, false,
                "同比需要 13 个月的数据 · The year-on-year rate needs 13 months of data.")
                : chart("chart", "指数走势 Index level (" + about(def).base() + ")", def, values, labels, def.base().referenceValue(),
                true, "");
    }

    /** Lays out lines over the union of their months, the value axis by {@link ChartAxis}, the baseline at {@code base}. */
    private static Chart chart(String id, String title, IndexDefinition def, Map<String, Map<YearMonth, Double>> values,
                               Map<String, Map<YearMonth, String>> labels, double base, boolean dots, String emptyText) {
        TreeSet<YearMonth> months = new TreeSet<>();
        double min = base;
        double max = base;
        for (Map<YearMonth, Double> v : values.values()) {
            months.addAll(v.keySet());
            for (double x : v.values()) {
                min = Math.min(min, x);
                max = Math.max(max, x);
            }
        }
        if (months.isEmpty()) {
            return new Chart(id, title, W, H, PAD_L, W - PAD_R, List.of(), List.of(), null, List.of(), emptyText);
        }
        ChartAxis axis = ChartAxis.nice(min, max, 6);
        List<YearMonth> xs = new ArrayList<>(months);
        List<Tick> yTicks = axis.ticks().stream().map(t -> new Tick(fmt(y(axis, t.doubleValue())), t.toPlainString())).toList();
        int step = (xs.size() + MAX_X_LABELS - 1) / MAX_X_LABELS;
        List<Tick> xTicks = new ArrayList<>();
        for (int k = xs.size() - 1; k >= 0; k -= step) { // the latest month always labelled
            xTicks.add(0, new Tick(fmt(x(k, xs.size())), xs.get(k).toString()));
        }
        List<Line> lines = new ArrayList<>();
        int color = 0;
        for (Map.Entry<String, Map<YearMonth, Double>> e : values.entrySet()) {
            String c = COLORS[color++ % COLORS.length];
            String[] names = def.labels(e.getKey());
            StringBuilder points = new StringBuilder();
            List<Dot> ds = new ArrayList<>();
            for (Map.Entry<YearMonth, Double> o : e.getValue().entrySet()) {
                String px = fmt(x(xs.indexOf(o.getKey()), xs.size()));
                String py = fmt(y(axis, o.getValue()));
                points.append(points.isEmpty() ? "" : " ").append(px).append(',').append(py);
                if (dots) {
                    String label = labels.get(e.getKey()).get(o.getKey());
                    String value = label.contains(" ") ? label.substring(0, label.indexOf(' ')) : label;
                    ds.add(new Dot(px, py, o.getKey().toString(), value, names[1] + " " + o.getKey() + ": " + label));
                }
            }
            lines.add(new Line(e.getKey(), names[1], names[0], c, IndexDefinition.COMPOSITE.equals(e.getKey()) ? "2.5" : "1.5",
                    points.toString(), ds));
        }
        Tick baseline = new Tick(fmt(y(axis, base)), IndexReadService.format(base, 0));
        return new Chart(id, title, W, H, PAD_L, W - PAD_R, yTicks, xTicks, baseline, lines, "");
    }

    private static IndexPageModel.Table table(IndexDefinition def, Map<String, IndexSeries> current,
                                              SortedMap<YearMonth, IndexStore.Coverage> coverage) {
        TreeSet<YearMonth> periods = new TreeSet<>();
        current.values().forEach(s -> s.observations().forEach(o -> periods.add(o.period())));
        List<Column> columns = current.keySet().stream().map(s -> {
            String[] l = def.labels(s);
            return new Column(s, l[1], l[0]);
        }).toList();
        List<Row> rows = new ArrayList<>();
        for (YearMonth p : periods.descendingSet()) {
            List<Cell> cells = new ArrayList<>();
            for (IndexSeries s : current.values()) {
                cells.add(s.find(p).map(o -> new Cell(IndexReadService.format(o.value(), def.decimals()), flag(o.status().sdmxCode())))
                        .orElse(new Cell("—", "")));
            }
            IndexStore.Coverage c = coverage.get(p);
            rows.add(new Row(p.toString(), cells, c == null ? "—" : Long.toString(c.trades()),
                    c == null ? "—" : Long.toString(c.products())));
        }
        return new IndexPageModel.Table(columns, rows, !coverage.isEmpty());
    }

    /** The flags other than A that occur among the shown values, in the SDMX order P, R, E. */
    private static List<Flag> flags(Map<String, IndexSeries> current) {
        TreeSet<ObservationStatus> seen = new TreeSet<>();
        current.values().forEach(s -> s.observations().forEach(o -> seen.add(o.status())));
        List<Flag> out = new ArrayList<>();
        for (ObservationStatus s : seen) {
            switch (s) {
                case PROVISIONAL -> out.add(new Flag("P", "初步数，可能修订", "provisional, may be revised"));
                case REVISED -> out.add(new Flag("R", "已修订", "revised since first published"));
                case ESTIMATED -> out.add(new Flag("E", "估计值（数据不足，沿用上月）", "estimated (too few trades; carried forward)"));
                case NORMAL -> {
                }
            }
        }
        return out;
    }

    private static String weightMonth(IndexDefinition def) {
        return def.weightPeriod() == null ? "the first month" : def.weightPeriod().toString();
    }

    private static String flag(String code) {
        return "A".equals(code) ? "" : code;
    }

    private static String flagSuffix(ObservationStatus s) {
        return s == ObservationStatus.NORMAL ? "" : " " + s.sdmxCode();
    }

    private static String signed(String pct) {
        return pct == null ? "—" : pct.startsWith("-") ? pct : "+" + pct;
    }

    /** A change in percent with its sign and unit, {@code +1.23%}; {@code —} when there is none. */
    private static String percent(String pct) {
        return pct == null ? "—" : signed(pct) + "%";
    }

    private static String plain(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    private static double x(int k, int n) {
        return n <= 1 ? (PAD_L + W - PAD_R) / 2.0 : PAD_L + (W - PAD_L - PAD_R) * (double) k / (n - 1);
    }

    private static double y(ChartAxis axis, double v) {
        return PAD_T + (H - PAD_T - PAD_B) * (1 - axis.fraction(v));
    }

    private static String fmt(double v) {
        return IndexReadService.format(v, 1);
    }
}
