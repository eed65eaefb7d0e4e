package org.dataprice.supervision.admission;

import org.dataprice.error.Require;
import org.dataprice.error.Rule;

/**
 * One entry of the negative list: what it prohibits and the legal clause it rests on.
 *
 * <ul>
 *   <li>{@link EntryKind#CATEGORY}: {@code value} is a category or sector token (the listing's category, e.g.
 *       {@code PERSONAL}, or a declared sector such as {@code gambling}); matched exactly after
 *       {@link KeywordText#normalize};</li>
 *   <li>{@link EntryKind#KEYWORD}: {@code value} is a term matched as a substring of the normalised product id and
 *       description;</li>
 *   <li>{@link EntryKind#DATA_CLASS}: {@code value} is a {@link DataClass} name; the entry is lifted by its
 *       {@code exemption} (consent, approval) and only by it.</li>
 * </ul>
 *
 * @param id        stable id within the list, e.g. {@code "NL-PI-1"}; not blank, at most 40 characters
 * @param kind      what is matched; not null
 * @param value     the category, keyword or data class; not blank, at most 100 characters, not blank after
 *                  normalisation; a valid {@link DataClass} for {@code DATA_CLASS}
 * @param exemption what lifts the entry; {@link Exemption#NONE} for categories and keywords; not null
 * @param clause    the clause cited in a refusal, e.g. {@code "PIPL Art. 13"}; not blank, at most 200 characters
 */
public record NegativeListEntry(String id, EntryKind kind, String value, Exemption exemption, String clause) {
    /** The longest id. */
    public static final int MAX_ID = 40;
    /** The longest value. */
    public static final int MAX_VALUE = 100;
    /** The longest clause. */
    public static final int MAX_CLAUSE = 200;

    /** Validates. */
    public NegativeListEntry {
        Require.notBlank(id, "id");
        Require.that(id.length() <= MAX_ID, "id", id, Rule.LIMIT_EXCEEDED, MAX_ID + " characters");
        Require.notNull(kind, "kind");
        Require.notBlank(value, "value");
        Require.that(value.length() <= MAX_VALUE, "value", value, Rule.LIMIT_EXCEEDED, MAX_VALUE + " characters");
        Require.that(!KeywordText.normalize(value).isEmpty(), "value", value, Rule.EMPTY);
        Require.notNull(exemption, "exemption");
        Require.notBlank(clause, "clause");
        Require.that(clause.length() <= MAX_CLAUSE, "clause", clause, Rule.LIMIT_EXCEEDED, MAX_CLAUSE + " characters");
        if (kind == EntryKind.DATA_CLASS) {
            dataClass(value);
        } else {
            Require.that(exemption == Exemption.NONE, "exemption", exemption, Rule.INVALID_STATE,
                    "only a DATA_CLASS entry has an exemption");
        }
    }

    /**
     * @return the data class of a {@code DATA_CLASS} entry
     */
    public DataClass dataClass() {
        return dataClass(value);
    }

    /** @return the value as matched ({@link KeywordText#normalize}) */
    public String normalized() {
        return KeywordText.normalize(value);
    }

    private static DataClass dataClass(String value) {
        for (DataClass c : DataClass.values()) {
            if (c.name().equals(value)) {
                return c;
            }
        }
        throw new org.dataprice.error.InvalidInputException("value", value, Rule.UNKNOWN,
                java.util.Arrays.toString(DataClass.values()));
    }
}
