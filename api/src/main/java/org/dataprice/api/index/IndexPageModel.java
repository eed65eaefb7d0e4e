package org.dataprice.api.index;

import java.util.List;

/**
 * What the public index pages show, every figure already formatted, for the templates of {@link IndexPageTemplates}
 * (built by {@link IndexPageModels} from the released state only, so an embargoed value cannot reach a template).
 * Plain immutable records: a template reads names, never computes.
 */
public final class IndexPageModel {
    private IndexPageModel() {
    }

    /**
     * The index page ({@code /indices/{id}}).
     *
     * @param about     what the index is
     * @param headline  the latest composite level and changes; null when nothing is released
     * @param level     the level chart; null when nothing is released
     * @param yoy       the year-on-year chart; null when nothing is released
     * @param table     the data table; null when nothing is released
     * @param flags     the status flags other than A that the page shows, with their meaning
     * @param vintage   the latest released vintage and its date; null when nothing is released
     * @param warnings  why the latest vintage may be unreliable
     * @param calendar  the next scheduled releases (at most {@link IndexPageModels#CALENDAR_ROWS})
     * @param revisions the revision policy
     * @param contact   whom to ask; empty: no contact section
     */
    public record Page(About about, Headline headline, Chart level, Chart yoy, Table table, List<Flag> flags, Vintage vintage,
                       List<String> warnings, List<Scheduled> calendar, Text revisions, String contact) {
        /** @return whether anything was released */
        public boolean hasData() {
            return headline != null || table != null;
        }
    }

    /**
     * @param id                 the index id
     * @param nameZh             Chinese name
     * @param nameEn             English name
     * @param method             the method, readable (English)
     * @param methodZh           the method, readable (Chinese)
     * @param base               the base, e.g. {@code 2024-01 = 100}
     * @param referenceValue     the base's reference value, e.g. {@code 100}
     * @param methodologyVersion the methodology version
     * @param categories         how many categories (sub-indices)
     */
    public record About(String id, String nameZh, String nameEn, String method, String methodZh, String base,
                        String referenceValue, String methodologyVersion, int categories) {
    }

    /**
     * @param period      the latest month
     * @param value       the composite level
     * @param flag        its status when not A; empty for A
     * @param monthChange month-on-month change, signed, with {@code %}, or {@code —}
     * @param yearChange  year-on-year change, signed, with {@code %}, or {@code —}
     */
    public record Headline(String period, String value, String flag, String monthChange, String yearChange) {
    }

    /**
     * An inline SVG chart, geometry in the units of its {@code viewBox} ({@link #width} × {@link #height}).
     *
     * @param id        the element id
     * @param title     the accessible title
     * @param width     viewBox width
     * @param height    viewBox height
     * @param plotLeft  left edge of the plot area
     * @param plotRight right edge of the plot area
     * @param yTicks    value-axis ticks (round numbers)
     * @param xTicks    month labels
     * @param baseline  the reference line (the base value of a level chart, 0 of a rate chart); null when outside
     * @param series    the lines, composite first
     * @param empty     what to say instead of lines when there is nothing to draw; empty when there is
     */
    public record Chart(String id, String title, int width, int height, int plotLeft, int plotRight, List<Tick> yTicks,
                        List<Tick> xTicks, Tick baseline, List<Line> series, String empty) {
    }

    /**
     * @param position the y (value ticks) or x (month labels) coordinate
     * @param label    the label
     */
    public record Tick(String position, String label) {
    }

    /**
     * @param code        series id
     * @param nameZh      Chinese label
     * @param nameEn      English label
     * @param color       stroke colour
     * @param strokeWidth stroke width
     * @param points      the polyline points
     * @param dots        one marker per observation
     */
    public record Line(String code, String nameZh, String nameEn, String color, String strokeWidth, String points, List<Dot> dots) {
    }

    /**
     * @param x      centre x
     * @param y      centre y
     * @param period month
     * @param value  published value
     * @param title  tooltip text
     */
    public record Dot(String x, String y, String period, String value, String title) {
    }

    /**
     * @param columns the series, composite first
     * @param rows    one row per month, latest first
     * @param coverage whether the rows carry coverage (trades and products)
     */
    public record Table(List<Column> columns, List<Row> rows, boolean coverage) {
    }

    /**
     * @param code   series id
     * @param nameZh Chinese label
     * @param nameEn English label
     */
    public record Column(String code, String nameZh, String nameEn) {
    }

    /**
     * @param period   the month
     * @param cells    one per column
     * @param trades   trades loaded for the month, or empty
     * @param products distinct products traded, or empty
     */
    public record Row(String period, List<Cell> cells, String trades, String products) {
    }

    /**
     * @param value the published value, or {@code —}
     * @param flag  its status when not A; empty for A
     */
    public record Cell(String value, String flag) {
    }

    /**
     * @param code    SDMX OBS_STATUS code
     * @param nameZh  Chinese meaning
     * @param nameEn  English meaning
     */
    public record Flag(String code, String nameZh, String nameEn) {
    }

    /**
     * @param number   vintage number
     * @param released release date in the index zone
     */
    public record Vintage(int number, String released) {
    }

    /**
     * @param period    the month released
     * @param releaseAt ISO instant
     * @param local     local date and time with the zone
     */
    public record Scheduled(String period, String releaseAt, String local) {
    }

    /**
     * @param zh Chinese
     * @param en English
     */
    public record Text(String zh, String en) {
    }

    /**
     * The methodology page ({@code /indices/{id}/methodology}), generated from the definition.
     *
     * @param about       what the index is
     * @param family      the formula's name
     * @param formula     the formula
     * @param reference   the literature
     * @param window      the window; empty when none
     * @param splice      the splice; empty when none
     * @param parameters  the method's parameters as set, {@code name = value}
     * @param composite   how the composite is formed
     * @param cleaning    the unit-value filters
     * @param sufficiency the data-sufficiency rule; null when none
     * @param provisional the provisional-months rule
     * @param decimals    published decimals
     * @param sources     where the trades come from
     * @param columns     the CSV columns read
     * @param categories  the categories
     * @param text        the publisher's methodology text, by paragraph
     * @param revisions   the revision policy
     * @param zone        the zone of release times
     */
    public record Methodology(About about, String family, String formula, String reference, String window, String splice,
                              List<String> parameters, Text composite, List<Text> cleaning, Text sufficiency, Text provisional,
                              int decimals, List<Text> sources, List<String> columns, List<Column> categories, List<String> text,
                              Text revisions, String zone) {
    }

    /**
     * The public landing page ({@code /indices}).
     *
     * @param indices the published indices, by id
     * @param limit   the most listed
     */
    public record Landing(List<Listed> indices, int limit) {
    }

    /**
     * @param about    what the index is
     * @param period   the latest released month
     * @param value    the composite level
     * @param yearChange year-on-year change, signed, with {@code %}, or {@code —}
     * @param released the latest release date
     * @param next     the next release, or empty
     */
    public record Listed(About about, String period, String value, String yearChange, String released, String next) {
    }
}
