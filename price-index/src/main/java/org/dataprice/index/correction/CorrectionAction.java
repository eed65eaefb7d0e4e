package org.dataprice.index.correction;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.dataprice.error.InvalidInputException;
import org.dataprice.error.Rule;

/**
 * What a correction does to a trade.
 *
 * <ul>
 *   <li>{@link #VOID} (作废): the trade is left out of every later release, as if never loaded;</li>
 *   <li>{@link #AMEND} (更正): the trade counts with new values (price, quantity, product, period; each
 *       optional, at least one given) in every later release.</li>
 * </ul>
 */
public enum CorrectionAction {
    /** Leave the trade out of every later release. */
    VOID,
    /** Replace some of the trade's values in every later release. */
    AMEND;

    /** The accepted spellings, as listed in error messages. */
    public static final List<String> NAMES = Arrays.stream(values()).map(Enum::name).toList();

    /**
     * @param text  the action as written (case-insensitive)
     * @param field the field named in the error
     * @return the action
     * @throws InvalidInputException {@link Rule#NOT_NULL} when null, {@link Rule#UNKNOWN} listing
     *                               {@link #NAMES} when it names no action
     */
    public static CorrectionAction parse(String text, String field) {
        if (text == null) {
            throw new InvalidInputException(field, null, Rule.NOT_NULL);
        }
        for (CorrectionAction a : values()) {
            if (a.name().equals(text.strip().toUpperCase(Locale.ROOT))) {
                return a;
            }
        }
        throw new InvalidInputException(field, text, Rule.UNKNOWN, NAMES);
    }
}
