package org.dataprice.api.index;

import org.dataprice.index.series.IndexObservation;
import org.dataprice.index.series.IndexSeries;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Renders the public web page of an index (server-side HTML with an inline SVG chart; no script, no
 * external resource, printable). Only the {@link Released} state is rendered, so an
 * embargoed release cannot appear. Every observation of every series is one {@code <circle class="pt">}.
 * Labels are bilingual (中文 / English). Stateless.
 */
public final class IndexPage {
    private static final String[] COLORS = {"#1f4e79", "#c0504d", "#4f8a3c", "#8064a2", "#d08a1b", "#2a9d8f", "#6d6d6d"};
    private static final int W = 760;
    private static final int H = 320;
    private static final int PAD_L = 56;
    private static final int PAD_R = 36;
    private static final int PAD_T = 16;
    private static final int PAD_B = 40;

    private IndexPage() {
    }

    /**
     * @param r the released state
     * @return the HTML page
     */
    public static String render(Released r) {
        return render(r, List.of());
    }

    /**
     * @param r        the released state
     * @param warnings why the latest vintage may be unreliable (shown under the table; no section when empty)
     * @return the HTML page
     */
    public static String render(Released r, List<String> warnings) {
        IndexDefinition def = r.def();
        String id = esc(def.id());
        StringBuilder h = new StringBuilder(16_384);
        h.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(esc(def.nameZh())).append(" · ").append(esc(def.nameEn())).append("</title>\n<style>\n")
                .append(CSS).append("</style>\n</head>\n<body>\n<main>\n<header>\n<h1>").append(esc(def.nameZh()))
                .append("<span class=\"en\">").append(esc(def.nameEn())).append("</span></h1>\n")
                .append("<p class=\"meta\">基期 Base ").append(esc(def.base().toString()))
                .append(" · 方法 Method <code>").append(esc(def.settings().toString())).append("</code>")
                .append(" · 方法说明版本 Methodology v").append(esc(def.methodologyVersion())).append("</p>\n</header>\n");
        IndexViews.NextRelease next = IndexReadService.next(def, r.now());
        if (r.isEmpty()) {
            h.append("<p id=\"no-data\">尚无已发布数据 · No data released yet.</p>\n");
        } else {
            Map<String, IndexSeries> current = new LinkedHashMap<>();
            for (String s : r.seriesIds()) {
                current.put(s, r.histories().get(s).latest().orElseThrow().series());
            }
            headline(h, def, current);
            chart(h, def, current);
            table(h, def, current);
            IndexStore.ReleaseRow last = r.releases().get(r.releases().size() - 1);
            h.append("<p class=\"meta\">第 ").append(last.vintage()).append(" 版 · Vintage ").append(last.vintage())
                    .append(", 发布 released ").append(esc(last.realtimeStart().toString())).append("</p>\n");
            if (!warnings.isEmpty()) {
                h.append("<section id=\"warnings\" class=\"warnings\">\n<h2>提示 Warnings</h2>\n<ul>\n");
                for (String w : warnings) {
                    h.append("<li>").append(esc(w)).append("</li>\n");
                }
                h.append("</ul>\n</section>\n");
            }
        }
        h.append("<section class=\"links\">\n<h2>下载 Downloads</h2>\n<ul>\n")
                .append("<li><a id=\"dl-csv\" href=\"/indices/").append(id).append("/data.csv\">CSV</a></li>\n")
                .append("<li><a id=\"dl-json\" href=\"/indices/").append(id).append("/data.json\">JSON (FRED-like)</a></li>\n")
                .append("<li><a id=\"dl-sdmx\" href=\"/indices/").append(id).append("/data.sdmx.csv\">SDMX-CSV 2.0</a></li>\n")
                .append("</ul>\n<p><a id=\"methodology\" href=\"/indices/").append(id)
                .append("/methodology\">编制方法 Methodology</a></p>\n<p id=\"next-release\">下次发布 Next release: ");
        if (next == null) {
            h.append("未排期 not scheduled");
        } else {
            h.append(esc(next.period())).append(" — <time datetime=\"").append(next.releaseAt()).append("\">")
                    .append(esc(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(next.releaseAt().atZone(def.zone()))))
                    .append(' ').append(esc(def.zone().getId())).append("</time>");
        }
        h.append("</p>\n</section>\n<footer>状态 Status: A 正常 normal · P 初步 provisional · R 修订 revised · E 估计 estimated"
                + "</footer>\n</main>\n</body>\n</html>\n");
        return h.toString();
    }

    private static void headline(StringBuilder h, IndexDefinition def, Map<String, IndexSeries> current) {
        IndexSeries c = current.get(IndexDefinition.COMPOSITE);
        if (c == null) {
            return;
        }
        IndexViews.Level l = IndexReadService.level(def, IndexDefinition.COMPOSITE, c);
        h.append("<section class=\"headline\">\n<div class=\"level\"><span class=\"label\">").append(esc(l.period()))
                .append(" 指数 Level</span><span id=\"headline-value\" class=\"value\">").append(esc(l.value()))
                .append("</span><span class=\"flag\">").append(esc(l.status())).append("</span></div>\n")
                .append("<div class=\"change\"><span class=\"label\">环比 Month on month</span><span id=\"change-period\">")
                .append(l.changePeriod() == null ? "—" : signed(l.changePeriod()) + "%").append("</span></div>\n")
                .append("<div class=\"change\"><span class=\"label\">同比 Year on year</span><span id=\"change-year\">")
                .append(l.changeYear() == null ? "—" : signed(l.changeYear()) + "%").append("</span></div>\n</section>\n");
    }

    private static void chart(StringBuilder h, IndexDefinition def, Map<String, IndexSeries> current) {
        TreeSet<YearMonth> periods = new TreeSet<>();
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (IndexSeries s : current.values()) {
            for (IndexObservation o : s.observations()) {
                periods.add(o.period());
                min = Math.min(min, o.value());
                max = Math.max(max, o.value());
            }
        }
        if (max - min < 1e-9) {
            min -= 1;
            max += 1;
        }
        double pad = (max - min) * 0.08;
        min -= pad;
        max += pad;
        List<YearMonth> xs = new ArrayList<>(periods);
        h.append("<section class=\"chart\">\n<h2>走势 Chart</h2>\n<svg id=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                .append(W).append(' ').append(H).append("\" role=\"img\" aria-label=\"index chart\">\n");
        for (int k = 0; k <= 4; k++) {
            double v = min + (max - min) * k / 4;
            double y = y(v, min, max);
            h.append("<line class=\"grid\" x1=\"").append(PAD_L).append("\" x2=\"").append(W - PAD_R).append("\" y1=\"")
                    .append(fmt(y)).append("\" y2=\"").append(fmt(y)).append("\"/>")
                    .append("<text class=\"axis\" x=\"").append(PAD_L - 6).append("\" y=\"").append(fmt(y + 4))
                    .append("\" text-anchor=\"end\">").append(IndexReadService.format(v, 1)).append("</text>\n");
        }
        int step = Math.max(1, xs.size() / 8);
        for (int k = 0; k < xs.size(); k += step) {
            h.append("<text class=\"axis\" x=\"").append(fmt(x(k, xs.size()))).append("\" y=\"").append(H - PAD_B + 18)
                    .append("\" text-anchor=\"middle\">").append(xs.get(k)).append("</text>\n");
        }
        int color = 0;
        StringBuilder legend = new StringBuilder("<ul class=\"legend\">\n");
        for (Map.Entry<String, IndexSeries> e : current.entrySet()) {
            String c = COLORS[color++ % COLORS.length];
            String[] labels = def.labels(e.getKey());
            StringBuilder line = new StringBuilder();
            StringBuilder dots = new StringBuilder();
            for (IndexObservation o : e.getValue().observations()) {
                double x = x(xs.indexOf(o.period()), xs.size());
                double y = y(o.value(), min, max);
                line.append(line.length() == 0 ? "" : " ").append(fmt(x)).append(',').append(fmt(y));
                String value = IndexReadService.format(o.value(), def.decimals());
                dots.append("<circle class=\"pt\" data-series=\"").append(esc(e.getKey())).append("\" data-period=\"")
                        .append(o.period()).append("\" data-value=\"").append(value).append("\" cx=\"").append(fmt(x))
                        .append("\" cy=\"").append(fmt(y)).append("\" r=\"3\" fill=\"").append(c).append("\"><title>")
                        .append(esc(labels[1])).append(' ').append(o.period()).append(": ").append(value).append(' ')
                        .append(o.status().sdmxCode()).append("</title></circle>\n");
            }
            h.append("<polyline class=\"series\" fill=\"none\" stroke=\"").append(c).append("\" stroke-width=\"")
                    .append(IndexDefinition.COMPOSITE.equals(e.getKey()) ? "2.5" : "1.5").append("\" points=\"")
                    .append(line).append("\"/>\n").append(dots);
            legend.append("<li><span class=\"swatch\" style=\"background:").append(c).append("\"></span>")
                    .append(esc(labels[1])).append(" ").append(esc(labels[0])).append("</li>\n");
        }
        h.append("</svg>\n").append(legend).append("</ul>\n</section>\n");
    }

    private static void table(StringBuilder h, IndexDefinition def, Map<String, IndexSeries> current) {
        TreeSet<YearMonth> periods = new TreeSet<>();
        current.values().forEach(s -> s.observations().forEach(o -> periods.add(o.period())));
        h.append("<section class=\"data\">\n<h2>数据 Data</h2>\n<table id=\"observations\">\n<thead><tr><th>期间 Period</th>");
        for (String s : current.keySet()) {
            String[] labels = def.labels(s);
            h.append("<th>").append(esc(labels[1])).append("<br><span class=\"en\">").append(esc(labels[0]))
                    .append("</span></th>");
        }
        h.append("</tr></thead>\n<tbody>\n");
        for (YearMonth p : periods.descendingSet()) {
            h.append("<tr><td>").append(p).append("</td>");
            for (Map.Entry<String, IndexSeries> e : current.entrySet()) {
                var o = e.getValue().find(p);
                h.append("<td class=\"num\">");
                if (o.isPresent()) {
                    h.append(IndexReadService.format(o.get().value(), def.decimals())).append(" <span class=\"flag flag-")
                            .append(o.get().status().sdmxCode()).append("\">").append(o.get().status().sdmxCode())
                            .append("</span>");
                } else {
                    h.append("—");
                }
                h.append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</tbody>\n</table>\n</section>\n");
    }

    /**
     * @param def the definition
     * @return the methodology page
     */
    public static String methodology(IndexDefinition def) {
        StringBuilder h = new StringBuilder("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(esc(def.nameZh())).append(" 编制方法 Methodology</title>\n<style>\n").append(CSS)
                .append("</style>\n</head>\n<body>\n<main>\n<h1>").append(esc(def.nameZh()))
                .append(" 编制方法<span class=\"en\">").append(esc(def.nameEn())).append(" — Methodology v")
                .append(esc(def.methodologyVersion())).append("</span></h1>\n<p class=\"meta\">方法 Method <code>")
                .append(esc(def.settings().toString())).append("</code> · 基期 Base ").append(esc(def.base().toString()))
                .append("</p>\n");
        for (String para : def.methodologyText().split("\\n\\s*\\n")) {
            h.append("<p>").append(esc(para.trim())).append("</p>\n");
        }
        h.append("<p><a href=\"/indices/").append(esc(def.id())).append("\">← 返回 Back</a></p>\n</main>\n</body>\n</html>\n");
        return h.toString();
    }

    private static double x(int k, int n) {
        return n <= 1 ? (PAD_L + W - PAD_R) / 2.0 : PAD_L + (W - PAD_L - PAD_R) * (double) k / (n - 1);
    }

    private static double y(double v, double min, double max) {
        return PAD_T + (H - PAD_T - PAD_B) * (1 - (v - min) / (max - min));
    }

    private static String fmt(double v) {
        return IndexReadService.format(v, 1);
    }

    private static String signed(String pct) {
        return pct.startsWith("-") ? pct : "+" + pct;
    }

    /**
     * @param s text
     * @return the text escaped for HTML
     */
    static String esc(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static final String CSS = """
            body{font-family:"Noto Sans CJK SC","Noto Sans SC","PingFang SC","Microsoft YaHei",system-ui,sans-serif;\
            color:#1b1b1b;background:#fff;margin:0}
            main{max-width:820px;margin:0 auto;padding:24px}
            h1{font-size:1.6rem;margin:0 0 4px}h1 .en{display:block;font-size:1rem;font-weight:normal;color:#555}
            h2{font-size:1.1rem;border-bottom:1px solid #ddd;padding-bottom:4px}
            .meta{color:#555;font-size:.9rem}
            .headline{display:flex;gap:32px;align-items:flex-end;margin:16px 0}
            .headline .label{display:block;font-size:.8rem;color:#555}
            .headline .value{font-size:2.4rem;font-weight:bold}
            .headline .change span:last-child{font-size:1.4rem}
            .flag{font-size:.75rem;color:#555;border:1px solid #bbb;border-radius:3px;padding:0 3px;margin-left:4px}
            .flag-R,.flag-P,.flag-E{color:#a33;border-color:#a33}
            svg{width:100%;height:auto;border:1px solid #eee}
            .grid{stroke:#eee}.axis{font-size:11px;fill:#666}
            .legend{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:16px;font-size:.85rem}
            .swatch{display:inline-block;width:12px;height:12px;margin-right:4px;vertical-align:middle}
            table{border-collapse:collapse;width:100%;font-size:.9rem}
            th,td{border-bottom:1px solid #eee;padding:4px 8px;text-align:left}td.num{text-align:right}
            th .en{font-weight:normal;color:#555;font-size:.8rem}
            footer{margin-top:24px;color:#555;font-size:.8rem}
            .warnings{border-left:4px solid #b3261e;padding:4px 12px;margin:12px 0;background:#fdf3f2}
            .warnings h2{font-size:1rem;color:#b3261e}
            @media print{main{max-width:none;padding:0}a{color:#000;text-decoration:none}.links ul{display:none}}
            """;
}
