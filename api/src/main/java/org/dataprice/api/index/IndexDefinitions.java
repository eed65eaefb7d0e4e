package org.dataprice.api.index;

import org.dataprice.error.InvalidInputException;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;
import org.dataprice.index.IndexSettings;
import org.dataprice.index.aggregate.CompositeMethod;
import org.dataprice.index.method.IndexMethods;
import org.dataprice.index.series.DataSufficiencyRule;
import org.dataprice.index.series.IndexBase;
import org.dataprice.index.transaction.UnitValueRule;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Maps an {@link IndexDefinitionRequest} to a validated {@link IndexDefinition}. Every rejection is an
 * {@link InvalidInputException} naming the JSON field (422 problem with {@code field}): the method and
 * its parameters are checked by {@link IndexMethods#parse} (an unknown or misspelt parameter is
 * {@code parameters.<name>}, never ignored), months are {@code yyyy-MM}, the calendar is increasing in
 * period and in release date. Stateless.
 */
public final class IndexDefinitions {
    private IndexDefinitions() {
    }

    /**
     * @param r the request (bean-validated)
     * @return the definition
     */
    public static IndexDefinition toModel(IndexDefinitionRequest r) {
        IndexSettings settings = new IndexSettings(r.method(), r.parameters() == null ? Map.of() : r.parameters());
        boolean hasCategories = r.categories() != null && !r.categories().isEmpty();
        ColumnMapping columns = columns(r.columns(), hasCategories);
        try {
            IndexMethods.validate(settings, columns.traitColumns());
        } catch (InvalidInputException e) {
            throw e.field().equals("characteristics") ? e.within("columns") : e;
        }
        YearMonth from = month(r.base().from(), "base.from");
        YearMonth to = r.base().to() == null ? from : month(r.base().to(), "base.to");
        IndexBase base;
        try {
            base = new IndexBase(from, to, r.base().referenceValue());
        } catch (InvalidInputException e) {
            throw e.within("base");
        }
        List<IndexDefinitionRequest.Category> categories = r.categories() == null ? List.of() : List.copyOf(r.categories());
        Set<String> codes = new HashSet<>();
        for (int k = 0; k < categories.size(); k++) {
            String code = categories.get(k).code();
            Require.that(codes.add(code), "categories[" + k + "].code", code, Rule.DUPLICATE, code);
            Require.that(!IndexDefinition.COMPOSITE.equals(code), "categories[" + k + "].code", code, Rule.INVALID_STATE,
                    "COMPOSITE is the composite series");
        }
        Require.that(categories.isEmpty() || !IndexMethods.HEDONIC.equals(r.method()), "categories", categories.size(),
                Rule.INVALID_STATE, "the " + IndexMethods.HEDONIC + " method is one regression over all products: define it "
                + "without categories (list a category column in columns.ignored)");
        CompositeMethod composite = CompositeMethod.POOLED;
        if (r.composite() != null) {
            try {
                composite = CompositeMethod.valueOf(r.composite());
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("composite", r.composite(), Rule.UNKNOWN, "POOLED, AGGREGATED");
            }
            Require.that(composite == CompositeMethod.POOLED || !categories.isEmpty(), "composite", r.composite(),
                    Rule.INVALID_STATE, "an aggregated composite needs categories");
        }
        YearMonth weightPeriod = r.weightPeriod() == null ? null : month(r.weightPeriod(), "weightPeriod");
        UnitValueRule cleaning = UnitValueRule.NONE;
        if (r.cleaning() != null) {
            try {
                cleaning = new UnitValueRule(r.cleaning().lowerRelative(), r.cleaning().upperRelative(),
                        r.cleaning().minTransactions());
            } catch (InvalidInputException e) {
                throw e.within("cleaning");
            }
        }
        DataSufficiencyRule sufficiency = null;
        if (r.sufficiency() != null) {
            DataSufficiencyRule.Action action;
            try {
                action = DataSufficiencyRule.Action.valueOf(r.sufficiency().action());
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("sufficiency.action", r.sufficiency().action(), Rule.UNKNOWN,
                        "ESTIMATE, SUPPRESS");
            }
            try {
                sufficiency = new DataSufficiencyRule(r.sufficiency().minTransactions(), r.sufficiency().minProducts(), action);
            } catch (InvalidInputException e) {
                throw e.within("sufficiency");
            }
        }
        int provisional = r.provisionalMonths() == null ? 0 : r.provisionalMonths();
        Require.that(provisional >= 0 && provisional <= 24, "provisionalMonths", provisional, Rule.OUT_OF_RANGE, "[0, 24]");
        int decimals = r.decimals() == null ? 2 : r.decimals();
        Require.that(decimals >= 0 && decimals <= 6, "decimals", decimals, Rule.OUT_OF_RANGE, "[0, 6]");
        ZoneId zone;
        try {
            zone = ZoneId.of(r.embargo().timeZone());
        } catch (DateTimeException e) {
            throw new InvalidInputException("embargo.timeZone", r.embargo().timeZone(), Rule.INVALID_FORMAT,
                    "a region id such as Asia/Shanghai");
        }
        TreeMap<YearMonth, Instant> calendar = calendar(r.calendar(), zone, null, null);
        return new IndexDefinition(r.id(), r.nameEn(), r.nameZh(), settings, base, categories, composite, weightPeriod,
                cleaning, sufficiency, provisional, decimals, Collections.unmodifiableSortedMap(calendar), zone,
                r.embargo().publisherPreview(), r.methodology().version(), r.methodology().text(), r, columns);
    }

    /**
     * Checks a column mapping: every named column non-blank, no column named twice (two fields, a field
     * and a characteristic, or an ignored column and a read one: compared case-insensitively, as the
     * header is), no category column for an index without categories. Whether the characteristics suit
     * the method is {@link IndexMethods#validate}'s rule.
     *
     * @param c             the mapping as sent; null: {@link ColumnMapping#DEFAULT}
     * @param hasCategories whether the index has categories (a category column is read)
     * @return the mapping, defaults filled in
     * @throws InvalidInputException naming {@code columns.<field>}, {@code columns.characteristics[k]} or
     *                               {@code columns.ignored[k]}
     */
    static ColumnMapping columns(IndexDefinitionRequest.Columns c, boolean hasCategories) {
        if (c == null) {
            return ColumnMapping.DEFAULT;
        }
        Require.that(hasCategories || c.category() == null, "columns.category", c.category(), Rule.INVALID_STATE,
                "the index has no categories; list a category column the CSV has in columns.ignored");
        ColumnMapping d = ColumnMapping.DEFAULT;
        ColumnMapping m = new ColumnMapping(or(c.period(), d.period()), or(c.productId(), d.productId()),
                or(c.price(), d.price()), or(c.quantity(), d.quantity()), or(c.category(), d.category()),
                c.characteristics() == null ? List.of() : c.characteristics(), c.ignored() == null ? List.of() : c.ignored(),
                c.categoricalCharacteristics() == null ? List.of() : c.categoricalCharacteristics());
        Map<String, String> used = new java.util.LinkedHashMap<>();
        List<String> fields = m.fields();
        for (int k = 0; k < fields.size(); k++) {
            if (k == 4 && !hasCategories) {
                continue; // no category column is read
            }
            claim(used, fields.get(k), "columns." + ColumnMapping.FIELDS.get(k));
        }
        for (int k = 0; k < m.characteristics().size(); k++) {
            claim(used, m.characteristics().get(k), "columns.characteristics[" + k + "]");
        }
        for (int k = 0; k < m.categorical().size(); k++) {
            claim(used, m.categorical().get(k), "columns.categoricalCharacteristics[" + k + "]");
        }
        for (int k = 0; k < m.ignored().size(); k++) {
            claim(used, m.ignored().get(k), "columns.ignored[" + k + "]");
        }
        return m;
    }

    private static String or(String value, String fallback) {
        return value == null ? fallback : value;
    }

    /** Records that {@code field} reads {@code column}; a column read twice is a duplicate. */
    private static void claim(Map<String, String> used, String column, String field) {
        Require.that(column != null && !column.isBlank(), field, column, Rule.INVALID_FORMAT, "a CSV column name");
        Require.that(column.indexOf(',') < 0 && column.indexOf('"') < 0, field, column, Rule.INVALID_FORMAT,
                "a CSV column name without commas or double quotes");
        String before = used.putIfAbsent(ColumnMapping.key(column), field);
        Require.that(before == null, field, column, Rule.DUPLICATE, "column '" + column + "' is already " + before);
    }

    /**
     * Validates release dates: months {@code yyyy-MM}, no duplicate, each release after the end of its
     * month, release dates strictly increasing in period order (one release a day at most, because a
     * vintage's {@code realtime_start} is its release date), and all after an existing calendar.
     *
     * @param dates       the dates as sent (field {@code calendar[k]})
     * @param zone        the index time zone
     * @param afterPeriod the last period already scheduled, or null
     * @param afterTime   its release time, or null
     * @return the calendar, by period
     */
    static TreeMap<YearMonth, Instant> calendar(List<IndexDefinitionRequest.ReleaseDate> dates, ZoneId zone,
            YearMonth afterPeriod, Instant afterTime) {
        TreeMap<YearMonth, Instant> calendar = new TreeMap<>();
        List<YearMonth> order = new ArrayList<>();
        for (int k = 0; k < dates.size(); k++) {
            IndexDefinitionRequest.ReleaseDate d = dates.get(k);
            YearMonth p = month(d.period(), "calendar[" + k + "].period");
            Require.that(calendar.put(p, d.releaseAt().toInstant()) == null, "calendar[" + k + "].period", p,
                    Rule.DUPLICATE, p);
            if (afterPeriod != null) {
                Require.that(p.isAfter(afterPeriod), "calendar[" + k + "].period", p, Rule.GREATER_THAN,
                        afterPeriod + ", the last scheduled period");
            }
            order.add(p);
        }
        YearMonth previousPeriod = afterPeriod;
        Instant previousRelease = afterTime;
        for (Map.Entry<YearMonth, Instant> e : calendar.entrySet()) {
            int k = order.indexOf(e.getKey());
            if (previousRelease != null) {
                Require.that(e.getValue().atZone(zone).toLocalDate().isAfter(previousRelease.atZone(zone).toLocalDate()),
                        "calendar[" + k + "].releaseAt", e.getValue(), Rule.GREATER_THAN,
                        "the release date of " + previousPeriod + " (one release a day at most, in period order)");
            }
            Require.that(e.getValue().isAfter(e.getKey().atEndOfMonth().atStartOfDay(zone).toInstant()),
                    "calendar[" + k + "].releaseAt", e.getValue(), Rule.GREATER_THAN, "the end of " + e.getKey());
            previousPeriod = e.getKey();
            previousRelease = e.getValue();
        }
        return calendar;
    }

    /**
     * @param text  a month
     * @param field its JSON field
     * @return the month
     */
    static YearMonth month(String text, String field) {
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException | NullPointerException e) {
            throw new InvalidInputException(field, text, Rule.INVALID_FORMAT, "yyyy-MM");
        }
    }
}
