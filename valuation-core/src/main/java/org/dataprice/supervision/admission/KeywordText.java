package org.dataprice.supervision.admission;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The one normalisation of text for negative-list matching, applied to the list's keywords and categories and to the
 * listing's text alike, so that a keyword cannot be dodged by width, case or spacing:
 *
 * <ol>
 *   <li>Unicode NFKC (Unicode Standard Annex #15): full-width forms become half-width ({@code "ＧＡＭＢＬＥ"} →
 *       {@code "GAMBLE"}, the ideographic space U+3000 → a space), compatibility ligatures are split;</li>
 *   <li>lower case in {@link Locale#ROOT};</li>
 *   <li>every whitespace or space-separator character and every format character (zero-width space U+200B, joiners
 *       U+200C/U+200D, BOM U+FEFF, soft hyphen U+00AD) is removed: {@code "赌 博"} and {@code "赌\u200B博"} both read
 *       {@code "赌博"}.</li>
 * </ol>
 *
 * <p>Edge cases: null reads as the empty string; a keyword that normalises to the empty string is refused by
 * {@link NegativeListEntry}. Because spaces are removed, a keyword matches across word boundaries ({@code "gun"} in
 * {@code "begun"}): the list's keywords should be specific terms, and a refusal names the matched keyword so that a
 * false match is easy to see and contest. Stateless and thread-safe.
 */
public final class KeywordText {
    private KeywordText() {
    }

    /**
     * @param text any text, may be null
     * @return the normalised text; never null
     */
    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(nfkc.length());
        for (int i = 0; i < nfkc.length(); ) {
            int c = nfkc.codePointAt(i);
            i += Character.charCount(c);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && Character.getType(c) != Character.FORMAT) {
                out.appendCodePoint(c);
            }
        }
        return out.toString();
    }
}
