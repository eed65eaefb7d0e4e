package org.dataprice.index.method;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.dataprice.error.Require;
import org.dataprice.index.IndexSettings;

/**
 * How a published index names and explains its method to readers, derived from the settings
 * {@link IndexMethods} accepts (never typed by hand, so the page cannot drift from the method used):
 * {@code ccdi{splice=MEAN, window=13}} reads "GEKS-Törnqvist (CCDI), 13-month window, mean splice" and
 * "GEKS-Törnqvist（CCDI）法，13个月窗口，均值拼接".
 *
 * <p>The formula is the method's definition in plain Unicode (CPI Manual 2020, ch. 6 and 10; Diewert &amp; Fox 2022
 * for the splices), with {@code p_i,t}, {@code q_i,t} the unit value and quantity of product i in month t,
 * {@code s_i,t} its expenditure share, 0 the comparison base and {@code T} the months of a window. Parameters a
 * method does not know are ignored here (the settings were checked by {@link IndexMethods#validate} when the index was
 * defined); an unknown method is named by its identifier, with no formula.
 *
 * @param name      the English name, e.g. {@code "GEKS-Fisher, 13-month window, mean splice"}
 * @param nameZh    the Chinese name
 * @param family    the English name of the formula alone, e.g. {@code "GEKS-Fisher"}
 * @param formula   the formula, one or more lines; empty for an unknown method
 * @param window    the window in English ({@code "13-month window"}, {@code "one window over all months"}); empty
 *                  for a bilateral or hedonic method
 * @param splice    the splice in English, e.g. {@code "mean splice (geometric mean over every overlap month), on the
 *                  previous window"}; empty when there is none
 * @param reference the literature the formula comes from
 */
public record MethodDescription(String name, String nameZh, String family, String formula, String window, String splice,
                                String reference) {
    private static final String GEKS = "P_0,t = Π_{l∈T} (P_0,l × P_l,t)^(1/|T|)";
    private static final String TPD = "ln p_i,t = α + δ_t + γ_i + ε_i,t;  P_0,t = exp(δ_t − δ_0)";

    /** Checks the texts are present. */
    public MethodDescription {
        Require.notBlank(name, "name");
        Require.notBlank(nameZh, "nameZh");
        Require.notBlank(family, "family");
        Require.notNull(formula, "formula");
        Require.notNull(window, "window");
        Require.notNull(splice, "splice");
        Require.notNull(reference, "reference");
    }

    /**
     * @param settings the method and parameters of an index; not null
     * @return the readable names, formula, window and splice
     */
    public static MethodDescription of(IndexSettings settings) {
        Require.notNull(settings, "settings");
        Map<String, String> p = settings.parameters();
        String m = settings.method();
        List<String> en = new ArrayList<>();
        List<String> zh = new ArrayList<>();
        String[] f = family(m, p);
        en.add(f[0]);
        zh.add(f[1]);
        String window = "";
        String splice = "";
        if (f[4].equals("windowed")) {
            String w = p.get("window");
            window = w == null ? "one window over all months" : w + "-month window";
            en.add(window);
            zh.add(w == null ? "全部月份一个窗口" : w + "个月窗口");
            if (w != null) {
                String s = p.getOrDefault("splice", "MEAN");
                boolean published = "true".equals(p.get("splicePublished"));
                String[] sp = splice(s);
                en.add(sp[0]);
                zh.add(sp[1]);
                splice = sp[0] + " (" + sp[2] + "), on the " + (published ? "published series" : "previous window");
                if (published) {
                    en.add("spliced on published");
                    zh.add("对已发布序列拼接");
                }
            }
        } else if (f[4].equals("bilateral")) {
            if (p.containsKey("weightPeriod")) {
                en.add("weights of " + p.get("weightPeriod"));
                zh.add(p.get("weightPeriod") + "权重");
            }
            if (p.containsKey("sigma")) {
                en.add("σ = " + p.get("sigma"));
                zh.add("σ = " + p.get("sigma"));
            }
            boolean chained = "CHAINED".equals(p.get("linking"));
            en.add(chained ? "chained monthly" : "direct (fixed base)");
            zh.add(chained ? "月度链接" : "定基");
        } else if (f[4].equals("hedonic")) {
            boolean weighted = !"false".equals(p.get("weighted"));
            en.add(weighted ? "expenditure-weighted" : "unweighted");
            zh.add(weighted ? "支出加权" : "不加权");
        }
        return new MethodDescription(String.join(", ", en), String.join("，", zh), f[0], f[2],
                window, splice, f[3]);
    }

    /** English, Chinese, formula, reference, kind (bilateral, windowed, hedonic, unknown). */
    private static String[] family(String m, Map<String, String> p) {
        return switch (m) {
            case "carli" -> bilateral("Carli", "卡利法", "P_0,t = (1/N) Σ_i p_i,t / p_i,0", "Carli (1764); CPI Manual 2020 §6.27");
            case "dutot" -> bilateral("Dutot", "杜托法", "P_0,t = Σ_i p_i,t / Σ_i p_i,0", "Dutot (1738); CPI Manual 2020 §6.27");
            case "jevons" -> bilateral("Jevons", "杰文斯法", "P_0,t = Π_i (p_i,t / p_i,0)^(1/N)", "Jevons (1865); CPI Manual 2020 §6.27");
            case "laspeyres" -> bilateral("Laspeyres", "拉氏法", "P_0,t = Σ_i p_i,t q_i,0 / Σ_i p_i,0 q_i,0",
                    "Laspeyres (1871); CPI Manual 2020 §6.8");
            case "paasche" -> bilateral("Paasche", "帕氏法", "P_0,t = Σ_i p_i,t q_i,t / Σ_i p_i,0 q_i,t",
                    "Paasche (1874); CPI Manual 2020 §6.8");
            case "fisher" -> bilateral("Fisher", "费雪法", "P_0,t = √(P^L_0,t × P^P_0,t)", "Fisher (1922); CPI Manual 2020 §6.21");
            case "tornqvist" -> bilateral("Törnqvist", "托恩奎斯特法", "ln P_0,t = Σ_i ½ (s_i,0 + s_i,t) ln(p_i,t / p_i,0)",
                    "Törnqvist (1936); CPI Manual 2020 §6.21");
            case "walsh" -> bilateral("Walsh", "沃尔什法", "P_0,t = Σ_i p_i,t √(q_i,0 q_i,t) / Σ_i p_i,0 √(q_i,0 q_i,t)",
                    "Walsh (1901); CPI Manual 2020 §6.21");
            case "geometric-laspeyres" -> bilateral("Geometric Laspeyres", "几何拉氏法", "ln P_0,t = Σ_i s_i,0 ln(p_i,t / p_i,0)",
                    "CPI Manual 2020 §6.30");
            case "lowe" -> bilateral("Lowe", "洛氏法", "P_0,t = Σ_i p_i,t q_i,b / Σ_i p_i,0 q_i,b  (b: the weight month)",
                    "Lowe (1823); CPI Manual 2020 §6.11");
            case "young" -> bilateral("Young", "杨氏法", "P_0,t = Σ_i s_i,b (p_i,t / p_i,0)  (b: the weight month)",
                    "Young (1812); CPI Manual 2020 §6.13");
            case "lloyd-moulton" -> bilateral("Lloyd-Moulton", "劳埃德-莫尔顿法",
                    "P_0,t = [Σ_i s_i,0 (p_i,t / p_i,0)^(1−σ)]^(1/(1−σ))", "Lloyd (1975), Moulton (1996); CPI Manual 2020 §6.34");
            case "geks-fisher" -> windowed("GEKS-Fisher", "GEKS-费雪法", GEKS + ",  P_a,b the Fisher index",
                    "Gini (1931), Eltető & Köves (1964), Szulc (1964); Ivancic, Diewert & Fox (2011)");
            case "ccdi" -> windowed("GEKS-Törnqvist (CCDI)", "GEKS-托恩奎斯特（CCDI）法", GEKS + ",  P_a,b the Törnqvist index",
                    "Caves, Christensen & Diewert (1982); Inklaar & Diewert (2016)");
            case "geks-jevons" -> windowed("GEKS-Jevons", "GEKS-杰文斯法", GEKS + ",  P_a,b the Jevons index",
                    "Ivancic, Diewert & Fox (2011); CPI Manual 2020 §10.87");
            case "wtpd" -> windowed("Weighted time-product dummy (WTPD)", "加权时间-产品虚拟变量（WTPD）法",
                    TPD + ",  least squares weighted by s_i,t", "Rao (2005); de Haan & Krsinich (2014)");
            case "tpd" -> windowed("Time-product dummy (TPD)", "时间-产品虚拟变量（TPD）法", TPD + ",  unweighted least squares",
                    "Aizcorbe, Corrado & Doms (2003); CPI Manual 2020 §10.105");
            case "geary-khamis" -> windowed("Geary-Khamis", "吉尔里-哈米斯法",
                    "P_t = Σ_i p_i,t q_i,t / Σ_i v_i q_i,t,  v_i = Σ_t (q_i,t / Σ_τ q_i,τ) p_i,t / P_t",
                    "Geary (1958), Khamis (1972); Chessa (2016)");
            case IndexMethods.HEDONIC -> new String[]{"Time-dummy hedonic", "时间虚拟变量特征价格法",
                    "ln p_i,t = α + Σ_k β_k z_i,k + δ_t + ε_i,t;  P_0,t = exp(δ_t)  (z_i,k: characteristic k of product i"
                            + (p.containsKey("characteristics") ? ": " + p.get("characteristics") : "") + ")",
                    "Triplett (2006), OECD Handbook on Hedonic Indexes; CPI Manual 2020 §10.100", "hedonic"};
            default -> new String[]{m, m, "", "", "unknown"};
        };
    }

    private static String[] bilateral(String en, String zh, String formula, String reference) {
        return new String[]{en, zh, formula, reference, "bilateral"};
    }

    private static String[] windowed(String en, String zh, String formula, String reference) {
        return new String[]{en, zh, formula, reference, "windowed"};
    }

    /** English, Chinese, how. */
    private static String[] splice(String s) {
        return switch (s) {
            case "MOVEMENT" -> new String[]{"movement splice", "移动拼接", "the last month's movement of the new window"};
            case "WINDOW" -> new String[]{"window splice", "窗口拼接", "linked at the first month of the new window"};
            case "HALF" -> new String[]{"half splice", "半窗口拼接", "linked at the middle of the overlap"};
            case "MEAN" -> new String[]{"mean splice", "均值拼接", "geometric mean of the links over every overlap month"};
            case "FBEW" -> new String[]{"fixed-base expanding window (FBEW)", "固定基期扩展窗口（FBEW）",
                    "the window grows from a fixed base month"};
            case "FBMW" -> new String[]{"fixed-base moving window (FBMW)", "固定基期移动窗口（FBMW）",
                    "each month linked to a fixed base month within the moving window"};
            default -> new String[]{s.toLowerCase(java.util.Locale.ROOT) + " splice", s + "拼接", s};
        };
    }
}
