package org.dataprice.supervision.admission;

/** What a {@link NegativeListEntry} matches: a category token, a keyword in the listing's text, or a data class. */
public enum EntryKind {
    /** A category or sector token, matched exactly after {@link KeywordText#normalize}. */
    CATEGORY,
    /** A keyword, matched as a substring of the normalised product id and description. */
    KEYWORD,
    /** A {@link DataClass}, unless the entry's {@link Exemption} is met. */
    DATA_CLASS
}
