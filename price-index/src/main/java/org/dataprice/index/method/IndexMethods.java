package org.dataprice.index.method;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.dataprice.error.InvalidInputException;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;
import org.dataprice.money.DecimalParser;
import org.dataprice.index.IndexMethod;
import org.dataprice.index.IndexResult;
import org.dataprice.index.IndexSettings;
import org.dataprice.index.PricePanel;
import org.dataprice.index.bilateral.BilateralFormula;
import org.dataprice.index.bilateral.BilateralIndex;
import org.dataprice.index.bilateral.BilateralIndexMethod;
import org.dataprice.index.bilateral.Linking;
import org.dataprice.index.bilateral.LloydMoultonIndex;
import org.dataprice.index.bilateral.LoweIndex;
import org.dataprice.index.bilateral.YoungIndex;
import org.dataprice.index.hedonic.ProductCharacteristics;
import org.dataprice.index.hedonic.TimeDummyHedonicIndex;
import org.dataprice.index.multilateral.GearyKhamisIndex;
import org.dataprice.index.multilateral.GearyKhamisSolver;
import org.dataprice.index.multilateral.GeksIndex;
import org.dataprice.index.multilateral.MultilateralMethod;
import org.dataprice.index.multilateral.TimeProductDummyIndex;
import org.dataprice.index.splice.RollingWindowIndex;
import org.dataprice.index.splice.SpliceMethod;

/**
 * Builds an index method from string-keyed settings, strictly: an unknown method, an unknown or
 * misspelt parameter, a missing required parameter or an unparsable value is rejected with an
 * {@link InvalidInputException} naming {@code method} or {@code parameters.<name>}. The settings a
 * result carries parse back to the same method ({@code parse(result.settings())}).
 *
 * <table>
 *   <caption>Methods and parameters (defaults in brackets)</caption>
 *   <tr><th>method</th><th>parameters</th></tr>
 *   <tr><td>carli, dutot, jevons, laspeyres, paasche, fisher, tornqvist, walsh, geometric-laspeyres</td>
 *       <td>linking = DIRECT | CHAINED [DIRECT]</td></tr>
 *   <tr><td>lowe, young</td><td>linking; weightPeriod = yyyy-MM (required)</td></tr>
 *   <tr><td>lloyd-moulton</td><td>linking; sigma in [0, 100] (required)</td></tr>
 *   <tr><td>geks-fisher, ccdi, geks-jevons, wtpd, tpd</td>
 *       <td>window in [2, 120] (absent: one window over all periods); splice = MOVEMENT | WINDOW | HALF |
 *       MEAN | FBEW | FBMW [MEAN]; splicePublished = true | false [false]</td></tr>
 *   <tr><td>geary-khamis</td><td>solver = ITERATIVE | MATRIX [ITERATIVE]; tolerance [1e-12];
 *       maxIterations [100000]; window; splice; splicePublished</td></tr>
 *   <tr><td>time-dummy-hedonic</td><td>weighted = true | false [true]; characteristics = the names,
 *       comma-separated, in the order of the {@link ProductCharacteristics} (optional; when given it must
 *       equal them)</td></tr>
 * </table>
 *
 * <p>The hedonic method ({@link TimeDummyHedonicIndex}) needs product characteristics, which are data,
 * not settings: it is built by {@link #parse(IndexSettings, ProductCharacteristics)}; {@link #parse(IndexSettings)}
 * rejects it, and {@link #validate(IndexSettings, List)} checks its settings against the characteristic
 * names before any data exists. Stateless and thread-safe.
 */
public final class IndexMethods {
    private static final Set<String> PLAIN = Set.of("carli", "dutot", "jevons", "laspeyres", "paasche", "fisher",
            "tornqvist", "walsh", "geometric-laspeyres");
    private static final List<String> WINDOW_KEYS = List.of("window", "splice", "splicePublished");
    /** The method name of the time-dummy hedonic index. */
    public static final String HEDONIC = "time-dummy-hedonic";

    private IndexMethods() {
    }

    /** @return every method name accepted, sorted */
    public static Set<String> methods() {
        TreeSet<String> all = new TreeSet<>(PLAIN);
        all.addAll(List.of("lowe", "young", "lloyd-moulton", "geks-fisher", "ccdi", "geks-jevons", "wtpd", "tpd",
                "geary-khamis", HEDONIC));
        return all;
    }

    /**
     * @param panel    the panel; not null
     * @param settings the method and parameters; not null
     * @return the index, carrying the full canonical settings
     */
    public static IndexResult compute(PricePanel panel, IndexSettings settings) {
        return parse(settings).compute(panel);
    }

    /**
     * @param settings the method and parameters; not null
     * @return the method
     */
    public static IndexMethod parse(IndexSettings settings) {
        return parse(settings, null);
    }

    /**
     * @param settings        the method and parameters; not null
     * @param characteristics the product characteristics, required by (and only by) {@value #HEDONIC};
     *                        null for every other method
     * @return the method
     */
    public static IndexMethod parse(IndexSettings settings, ProductCharacteristics characteristics) {
        Require.notNull(settings, "settings");
        try {
            return build(settings, characteristics);
        } catch (InvalidInputException ex) {
            boolean named = ex.field().equals("method") || ex.field().startsWith("parameters.");
            throw named ? ex : ex.within("parameters");
        }
    }

    /**
     * Checks settings before any data exists: every method as {@link #parse(IndexSettings)} does, and
     * {@value #HEDONIC} against the names of the characteristics its data will carry.
     *
     * @param settings            the method and parameters; not null
     * @param characteristicNames the characteristic names the data will carry; empty when none
     * @throws InvalidInputException naming {@code method} or {@code parameters.<name>}; {@code characteristics}
     *                               when {@value #HEDONIC} has none, or another method has some
     */
    public static void validate(IndexSettings settings, List<String> characteristicNames) {
        Require.notNull(settings, "settings");
        Require.notNull(characteristicNames, "characteristicNames");
        if (!HEDONIC.equals(settings.method())) {
            parse(settings);
            Require.that(characteristicNames.isEmpty(), "characteristics", characteristicNames, Rule.INVALID_STATE,
                    "characteristics are used only by the " + HEDONIC + " method");
            return;
        }
        Require.that(!characteristicNames.isEmpty(), "characteristics", characteristicNames, Rule.TOO_FEW,
                "one characteristic for the " + HEDONIC + " method");
        hedonicWeighted(settings.parameters(), characteristicNames);
    }

    /** Checks the parameters of the hedonic method; returns {@code weighted}. */
    private static boolean hedonicWeighted(Map<String, String> p, List<String> names) {
        allow(p, List.of("weighted", "characteristics"));
        String weighted = p.getOrDefault("weighted", "true");
        Require.that(weighted.equals("true") || weighted.equals("false"), "parameters.weighted", weighted, Rule.UNKNOWN,
                "true, false");
        String listed = p.get("characteristics");
        Require.that(listed == null || listed.equals(String.join(",", names)), "parameters.characteristics", listed,
                Rule.INCONSISTENT, "the characteristics of the data are " + String.join(",", names));
        return Boolean.parseBoolean(weighted);
    }

    private static IndexMethod build(IndexSettings settings, ProductCharacteristics characteristics) {
        String m = settings.method();
        Map<String, String> p = settings.parameters();
        if (HEDONIC.equals(m)) {
            Require.that(characteristics != null, "method", m, Rule.INVALID_STATE,
                    "the " + HEDONIC + " method needs product characteristics");
            return new TimeDummyHedonicIndex(characteristics, hedonicWeighted(p, characteristics.names()));
        }
        if (PLAIN.contains(m)) {
            allow(p, List.of("linking"));
            BilateralFormula f = BilateralIndex.plainFormulas().stream().filter(x -> x.id().equals(m)).findFirst()
                    .orElseThrow();
            return new BilateralIndexMethod(f, linking(p));
        }
        switch (m) {
            case "lowe":
            case "young": {
                allow(p, List.of("linking", "weightPeriod"));
                YearMonth wp = month(required(p, "weightPeriod"), "weightPeriod");
                return new BilateralIndexMethod(m.equals("lowe") ? new LoweIndex(wp) : new YoungIndex(wp), linking(p));
            }
            case "lloyd-moulton":
                allow(p, List.of("linking", "sigma"));
                return new BilateralIndexMethod(new LloydMoultonIndex(number(required(p, "sigma"), "sigma")), linking(p));
            case "geks-fisher":
                return windowed(GeksIndex.FISHER, p, List.of());
            case "ccdi":
                return windowed(GeksIndex.CCDI, p, List.of());
            case "geks-jevons":
                return windowed(GeksIndex.JEVONS, p, List.of());
            case "wtpd":
                return windowed(TimeProductDummyIndex.WEIGHTED, p, List.of());
            case "tpd":
                return windowed(TimeProductDummyIndex.UNWEIGHTED, p, List.of());
            case "geary-khamis": {
                GearyKhamisIndex d = GearyKhamisIndex.DEFAULT;
                GearyKhamisIndex gk = new GearyKhamisIndex(
                        enumValue(GearyKhamisSolver.class, p.getOrDefault("solver", d.solver().name()), "solver"),
                        number(p.getOrDefault("tolerance", Double.toString(d.tolerance())), "tolerance"),
                        integer(p.getOrDefault("maxIterations", Integer.toString(d.maxIterations())), "maxIterations"));
                return windowed(gk, p, List.of("solver", "tolerance", "maxIterations"));
            }
            default:
                throw new InvalidInputException("method", m, Rule.UNKNOWN, String.join(", ", methods()));
        }
    }

    private static IndexMethod windowed(MultilateralMethod method, Map<String, String> p, List<String> own) {
        List<String> allowed = new java.util.ArrayList<>(own);
        allowed.addAll(WINDOW_KEYS);
        allow(p, allowed);
        if (!p.containsKey("window")) {
            Require.that(!p.containsKey("splice") && !p.containsKey("splicePublished"), "parameters.splice",
                    p.get("splice"), Rule.INVALID_STATE, "splice needs a window");
            return method;
        }
        int window = integer(p.get("window"), "window");
        SpliceMethod splice = enumValue(SpliceMethod.class, p.getOrDefault("splice", "MEAN"), "splice");
        String pub = p.getOrDefault("splicePublished", "false");
        Require.that(pub.equals("true") || pub.equals("false"), "parameters.splicePublished", pub, Rule.UNKNOWN,
                "true, false");
        return new RollingWindowIndex(method, window, splice, Boolean.parseBoolean(pub));
    }

    private static void allow(Map<String, String> p, List<String> allowed) {
        for (String key : p.keySet()) {
            if (!allowed.contains(key)) {
                throw new InvalidInputException("parameters." + key, key, Rule.UNKNOWN,
                        allowed.isEmpty() ? "no parameters" : String.join(", ", allowed));
            }
        }
    }

    private static String required(Map<String, String> p, String key) {
        String v = p.get(key);
        Require.that(v != null, "parameters." + key, null, Rule.NOT_NULL);
        return v;
    }

    private static Linking linking(Map<String, String> p) {
        return enumValue(Linking.class, p.getOrDefault("linking", "DIRECT"), "linking");
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String text, String key) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(text)) {
                return e;
            }
        }
        throw new InvalidInputException("parameters." + key, text, Rule.UNKNOWN,
                java.util.Arrays.toString(type.getEnumConstants()));
    }

    private static double number(String text, String key) {
        return DecimalParser.toDouble(text, "parameters." + key); // bounded digits and exponent, finite
    }

    private static int integer(String text, String key) {
        return (int) DecimalParser.toLong(text, "parameters." + key, Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    private static YearMonth month(String text, String key) {
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("parameters." + key, text, Rule.INVALID_FORMAT, "yyyy-MM");
        }
    }
}
