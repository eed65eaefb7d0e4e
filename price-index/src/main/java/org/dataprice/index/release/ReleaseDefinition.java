package org.dataprice.index.release;

import org.dataprice.error.Require;
import org.dataprice.error.Rule;
import org.dataprice.index.IndexSettings;
import org.dataprice.index.aggregate.CompositeMethod;
import org.dataprice.index.series.DataSufficiencyRule;
import org.dataprice.index.series.IndexBase;
import org.dataprice.index.transaction.UnitValueRule;

import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;

/**
 * What the release calculator needs of an index definition (发布定义): the method settings, the base,
 * the categories and how the composite is built, the cleaning and sufficiency rules, how many recent
 * months are provisional, and the characteristic columns of the time-dummy hedonic method. Immutable.
 *
 * <p>Series ids: {@value #COMPOSITE} for the composite, the category code for each sub-index.
 *
 * @param settings                   method and parameters, as {@code IndexMethods.parse} accepts them; not null
 * @param base                       base period and reference value of every series; not null
 * @param categories                 the category codes in the publisher's order; empty: composite only; copied,
 *                                   distinct, none {@value #COMPOSITE}
 * @param composite                  pooled or aggregated composite (used only with categories); not null
 * @param weightPeriod               weight month of an aggregated composite; null: the first month with trades
 * @param cleaning                   the unit-value rule; not null
 * @param sufficiency                the data-sufficiency rule of the composite; null: none
 * @param provisionalMonths          latest months flagged provisional ({@code P}), &ge; 0
 * @param numericCharacteristics     the numeric characteristic columns of the hedonic method, in regression
 *                                   order; copied
 * @param categoricalCharacteristics the categorical characteristic columns (L levels → L − 1 dummies); copied
 */
public record ReleaseDefinition(IndexSettings settings, IndexBase base, List<String> categories,
        CompositeMethod composite, YearMonth weightPeriod, UnitValueRule cleaning, DataSufficiencyRule sufficiency,
        int provisionalMonths, List<String> numericCharacteristics, List<String> categoricalCharacteristics) {

    /** The series id of the composite index. */
    public static final String COMPOSITE = "COMPOSITE";

    /** Validates and copies. */
    public ReleaseDefinition {
        Require.notNull(settings, "settings");
        Require.notNull(base, "base");
        categories = Require.copyOf(categories, "categories");
        Require.that(new HashSet<>(categories).size() == categories.size(), "categories", categories, Rule.DUPLICATE,
                "distinct codes");
        Require.that(!categories.contains(COMPOSITE), "categories", COMPOSITE, Rule.INVALID_STATE,
                COMPOSITE + " is the composite series");
        Require.notNull(composite, "composite");
        Require.notNull(cleaning, "cleaning");
        Require.atLeast(provisionalMonths, 0, "provisionalMonths");
        numericCharacteristics = Require.copyOf(numericCharacteristics, "numericCharacteristics");
        categoricalCharacteristics = Require.copyOf(categoricalCharacteristics, "categoricalCharacteristics");
    }

    /** @return whether the release fits the time-dummy hedonic method on stored characteristics */
    public boolean hedonic() {
        return !numericCharacteristics.isEmpty() || !categoricalCharacteristics.isEmpty();
    }
}
