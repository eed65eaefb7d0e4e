package org.dataprice.supervision.admission;

import org.dataprice.error.Require;

import java.util.ArrayList;
import java.util.List;

/**
 * 准入审查 — checks a listing's {@link Declaration} against a {@link NegativeList}. For every entry, in list order:
 *
 * <ul>
 *   <li>{@code CATEGORY}: refused when the normalised category or any normalised sector equals the entry's value
 *       (field {@code category} or {@code admission.sectors[i]});</li>
 *   <li>{@code KEYWORD}: refused when the normalised product id or description contains the normalised keyword
 *       (field {@code productId} or {@code admission.description}); normalisation in {@link KeywordText};</li>
 *   <li>{@code DATA_CLASS}: refused when the class is declared (field {@code admission.dataClasses[i]}) and the
 *       entry's exemption is not met: {@code NONE} never is, {@code CONSENT} is met by declared consent,
 *       {@code APPROVAL} by an approval reference.</li>
 * </ul>
 *
 * <p>Declared {@code PERSONAL} or {@code SENSITIVE_PERSONAL} data under the listing category {@code PERSONAL} is what
 * PIPL Art. 13–14 govern; the check does not infer classes from the category (a seller declares them, and a false
 * declaration is a violation to be recorded as a credit event). Work: O(entries × text length). Stateless and
 * thread-safe. {@code AdmissionTest} checks each kind with a planted and a clean case, width/case/space variants and
 * the citation.
 */
public final class Admission {
    private Admission() {
    }

    /**
     * @param list        the negative list in force; not null
     * @param declaration the listing's declaration; not null
     * @return every refusal; admitted when empty
     */
    public static AdmissionDecision check(NegativeList list, Declaration declaration) {
        Require.notNull(list, "negativeList");
        Require.notNull(declaration, "declaration");
        String product = KeywordText.normalize(declaration.productId());
        String description = KeywordText.normalize(declaration.description());
        String category = KeywordText.normalize(declaration.category());
        List<String> sectors = declaration.sectors().stream().map(KeywordText::normalize).toList();
        List<Refusal> out = new ArrayList<>();
        for (NegativeListEntry e : list.entries()) {
            String v = e.normalized();
            switch (e.kind()) {
                case CATEGORY -> {
                    if (category.equals(v)) {
                        out.add(refusal(list, e, "category", declaration.category(), "the category is prohibited"));
                    }
                    for (int i = 0; i < sectors.size(); i++) {
                        if (sectors.get(i).equals(v)) {
                            out.add(refusal(list, e, "admission.sectors[" + i + "]", declaration.sectors().get(i),
                                    "the sector is prohibited"));
                        }
                    }
                }
                case KEYWORD -> {
                    if (product.contains(v)) {
                        out.add(refusal(list, e, "productId", e.value(), "the product id contains a prohibited term"));
                    }
                    if (description.contains(v)) {
                        out.add(refusal(list, e, "admission.description", e.value(),
                                "the description contains a prohibited term"));
                    }
                }
                case DATA_CLASS -> {
                    int i = declaration.dataClasses().indexOf(e.dataClass());
                    if (i >= 0 && !met(e.exemption(), declaration)) {
                        out.add(refusal(list, e, "admission.dataClasses[" + i + "]", e.value(), reason(e)));
                    }
                }
                default -> throw new IllegalStateException(e.kind().name());
            }
        }
        return new AdmissionDecision(list.version(), out);
    }

    private static boolean met(Exemption exemption, Declaration d) {
        return switch (exemption) {
            case NONE -> false;
            case CONSENT -> d.consent();
            case APPROVAL -> d.approvalReference() != null;
        };
    }

    private static String reason(NegativeListEntry e) {
        return switch (e.exemption()) {
            case NONE -> e.value() + " data may not circulate on the exchange";
            case CONSENT -> e.value() + " data needs the individuals' consent (admission.consent = true)";
            case APPROVAL -> e.value() + " data needs an approval (admission.approvalReference)";
        };
    }

    private static Refusal refusal(NegativeList list, NegativeListEntry e, String field, String matched, String reason) {
        return new Refusal(e.id(), list.version(), e.clause(), e.kind(), field, matched, reason);
    }
}
