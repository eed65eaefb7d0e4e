package org.dataprice.supervision.admission;

/**
 * One reason a listing or deal is not admitted: the entry of the negative list that prohibits it, cited by id, the
 * list's version and the legal clause, the field of the declaration it concerns and what matched.
 *
 * @param entryId     the entry's id
 * @param listVersion the list's version
 * @param clause      the entry's clause
 * @param kind        the entry's kind
 * @param field       the declaration's field (the listing request's JSON path), e.g. {@code admission.description}
 * @param matched     what matched: the keyword, the category or the data class
 * @param reason      a sentence a seller can act on
 */
public record Refusal(String entryId, int listVersion, String clause, EntryKind kind, String field, String matched,
                      String reason) {
    /** @return the citation used in messages: {@code "negative list v3 entry NL-PI-1 (PIPL Art. 13)"} */
    public String citation() {
        return "negative list v" + listVersion + " entry " + entryId + " (" + clause + ")";
    }
}
