package org.dataprice.index.release;

import org.dataprice.error.CalculationException;
import org.dataprice.error.DatapriceException;
import org.dataprice.error.InvalidInputException;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;
import org.dataprice.index.IndexMethod;
import org.dataprice.index.IndexSettings;
import org.dataprice.index.PricePanel;
import org.dataprice.index.hedonic.HedonicFit;
import org.dataprice.index.hedonic.ProductCharacteristics;
import org.dataprice.index.hedonic.TimeDummyHedonicIndex;
import org.dataprice.index.method.IndexMethods;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The time-dummy hedonic method of a release: builds the {@link ProductCharacteristics} of the panel's
 * products from the characteristics stored with their trades — numeric columns as they are, a
 * categorical column with L levels among the panel's products as L − 1 dummies {@code column=level}
 * (the alphabetically first level is the reference; a single level is an error naming
 * {@code columns.categoricalCharacteristics[j]}) — and fits {@link TimeDummyHedonicIndex} once. Every way
 * the data cannot support the regression is an error naming the definition's field to fix, never a
 * NaN: a product without characteristics, or with two different ones ({@code columns.characteristics});
 * fewer observations than parameters ({@code period}, rule {@code too-few}); a rank-deficient design,
 * i.e. a characteristic constant or collinear with the period dummies ({@code columns.characteristics},
 * rule {@code no-solution}). Source: CPI Manual 2020, quality adjustment (the time-dummy hedonic method). Stateless.
 */
final class HedonicTraits {
    private HedonicTraits() {
    }

    /**
     * The method of the release and its fit.
     *
     * @param method  answers the fitted index for the fitted panel
     * @param summary the fit, as the release explains it
     */
    record Fitted(IndexMethod method, HedonicSummary summary) {
    }

    static Fitted fit(ReleaseDefinition def, YearMonth period, PricePanel panel, Map<String, Set<List<String>>> stored) {
        List<String> columns = new ArrayList<>(def.numericCharacteristics());
        columns.addAll(def.categoricalCharacteristics());
        Map<String, List<String>> raw = new TreeMap<>();
        for (String product : panel.products()) {
            Set<List<String>> traits = stored.getOrDefault(product, Set.of());
            if (traits.isEmpty() || traits.stream().anyMatch(List::isEmpty)) {
                throw new InvalidInputException("columns.characteristics", product, Rule.INVALID_STATE,
                        "product " + product + " has trades without the characteristics "
                        + String.join(", ", columns) + " (e.g. copied from market deals or loaded before); "
                        + "the hedonic method needs them for every trade");
            }
            if (traits.size() > 1) {
                throw new InvalidInputException("columns.characteristics", product, Rule.INCONSISTENT,
                        "product " + product + " has different characteristics in different trades: "
                        + traits.stream().map(t -> String.join(";", t)).toList());
            }
            raw.put(product, traits.iterator().next());
        }
        int numeric = def.numericCharacteristics().size();
        List<String> names = new ArrayList<>(def.numericCharacteristics());
        List<List<String>> levels = new ArrayList<>();
        for (int c = 0; c < def.categoricalCharacteristics().size(); c++) {
            int at = numeric + c;
            List<String> seen = List.copyOf(new TreeSet<>(raw.values().stream().map(v -> v.get(at)).toList()));
            Require.that(seen.size() >= 2, "columns.categoricalCharacteristics[" + c + "]",
                    def.categoricalCharacteristics().get(c), Rule.INVALID_STATE, "it has the one level '" + seen.get(0)
                    + "' among the products traded up to " + period + ": nothing to estimate");
            levels.add(seen);
            for (String level : seen.subList(1, seen.size())) {
                names.add(def.categoricalCharacteristics().get(c) + "=" + level); // the first level is the reference
            }
        }
        Map<String, List<Double>> values = new TreeMap<>();
        raw.forEach((product, v) -> {
            List<Double> row = new ArrayList<>();
            for (int c = 0; c < numeric; c++) {
                row.add(new BigDecimal(v.get(c)).doubleValue()); // written by the loader from a checked plain decimal
            }
            for (int c = 0; c < levels.size(); c++) {
                List<String> ls = levels.get(c);
                for (String level : ls.subList(1, ls.size())) {
                    row.add(level.equals(v.get(numeric + c)) ? 1.0 : 0.0);
                }
            }
            values.put(product, row);
        });
        // the settings' parameter "characteristics" names the columns (checked when defined); the
        // regressors are the numeric columns and the dummies
        Map<String, String> parameters = new TreeMap<>(def.settings().parameters());
        parameters.remove("characteristics");
        TimeDummyHedonicIndex method = (TimeDummyHedonicIndex) IndexMethods.parse(
                new IndexSettings(def.settings().method(), parameters), new ProductCharacteristics(names, values));
        HedonicFit fit;
        try {
            fit = method.fit(panel);
        } catch (CalculationException e) {
            throw new CalculationException("columns.characteristics", Rule.NO_SOLUTION, "the time-dummy hedonic design "
                    + "up to " + period + " is rank-deficient: a characteristic among " + String.join(", ", names)
                    + " is constant or collinear with the period dummies over the products traded", 0, 0);
        } catch (InvalidInputException e) {
            if (!e.field().equals("observations")) {
                throw unusable(period, e);
            }
            int k = panel.periodCount() + names.size();
            throw new InvalidInputException("period", period, Rule.TOO_FEW, k + " product-months with a unit value up to "
                    + period + " for the time-dummy hedonic regression (" + panel.periodCount() + " period coefficients and "
                    + names.size() + " characteristic coefficients), had " + e.value());
        } catch (DatapriceException e) {
            throw unusable(period, e);
        }
        HedonicSummary summary = new HedonicSummary(method.weighted(), method.characteristics().names(),
                panel.productCount(), panel.periodCount(), fit);
        return new Fitted(p -> p == panel ? fit.index() : method.compute(p), summary);
    }

    /** E.g. a level exp(δ) or a standard error that overflows on a near-singular design: an error, never a NaN. */
    private static CalculationException unusable(YearMonth period, DatapriceException e) {
        return new CalculationException("columns.characteristics", Rule.NO_SOLUTION, "the time-dummy hedonic fit up to "
                + period + " is numerically unusable (" + e.getMessage() + ")", 0, 0);
    }
}
