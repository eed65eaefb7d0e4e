package org.dataprice.api.admission;

import org.dataprice.api.json.CoreFields;
import org.dataprice.supervision.admission.DataClass;
import org.dataprice.supervision.admission.Declaration;
import org.dataprice.supervision.admission.Exemption;
import org.dataprice.supervision.admission.NegativeListEntry;

import java.util.ArrayList;
import java.util.List;

/** Maps negative-list and admission JSON to the core's records and back. Stateless. */
final class AdmissionMapper {
    private AdmissionMapper() {
    }

    /**
     * @param entries the request's entries
     * @return the core entries; a core refusal names {@code entries[i].field}
     */
    static List<NegativeListEntry> toEntries(List<NegativeListEntryJson> entries) {
        List<NegativeListEntry> out = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            NegativeListEntryJson e = entries.get(i);
            out.add(CoreFields.within("entries[" + i + "]", () -> new NegativeListEntry(e.id(), e.kind(), e.value(),
                    e.exemption() == null ? Exemption.NONE : e.exemption(), e.clause())));
        }
        return out;
    }

    /**
     * @param entries core entries
     * @return their JSON
     */
    static List<NegativeListEntryJson> toJson(List<NegativeListEntry> entries) {
        return entries.stream().map(e -> new NegativeListEntryJson(e.id(), e.kind(), e.value(), e.exemption(),
                e.clause())).toList();
    }

    /**
     * @param productId the listing's product
     * @param category  the listing's category
     * @param admission the declaration, or null
     * @return the core declaration (fields named as the listing request's JSON paths)
     */
    static Declaration toDeclaration(String productId, String category, AdmissionJson admission) {
        if (admission == null) {
            return Declaration.minimal(productId, category);
        }
        return new Declaration(productId, admission.description(), category,
                admission.sectors() == null ? List.of() : admission.sectors(),
                admission.dataClasses() == null ? List.of() : admission.dataClasses(),
                Boolean.TRUE.equals(admission.consent()), admission.approvalReference());
    }

    /**
     * @param productId  the listing's product
     * @param category   the listing's category
     * @param row        the stored admission, or null for a listing created before V54
     * @param sectors    the row's sectors
     * @param classes    the row's data classes
     * @return the declaration as stored
     */
    static Declaration toDeclaration(String productId, String category, ListingAdmissionRow row, List<String> sectors,
                                     List<DataClass> classes) {
        if (row == null) {
            return Declaration.minimal(productId, category);
        }
        return new Declaration(productId, row.description(), category, sectors, classes, row.consent(),
                row.approvalReference());
    }
}
