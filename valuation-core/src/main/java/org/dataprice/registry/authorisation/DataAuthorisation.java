package org.dataprice.registry.authorisation;

import java.util.LinkedHashMap;
import java.util.Map;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;
import org.dataprice.registry.DataClassification;
import org.dataprice.registry.RegistryText;
import org.dataprice.registry.Term;

/**
 * 数据授权 — an enterprise or a person authorises a data processor to collect, hold, host or use its data for a
 * purpose and period (plan §6: 允许个人将承载个人信息的数据，授权数据处理者按照个人授权范围依法依规采集、持有、
 * 托管和使用数据). Term: {@link Term}.
 *
 * <p>Rules: the classification is ENTERPRISE or PERSONAL ({@code classification}, {@link Rule#UNKNOWN}: public
 * data goes through an {@link OperationAgreement}); a personal-data authorisation is revocable
 * ({@code revocable}, {@link Rule#INVALID_STATE}; 个人信息保护法 Art. 15: 基于个人同意处理个人信息的，个人有权撤回其同意).
 *
 * @param authorisationId an identifier, unique in the ledger
 * @param classification  ENTERPRISE or PERSONAL
 * @param grantor         who authorises (the enterprise, or the person's pseudonymous party id)
 * @param grantee         the processor authorised; not the grantor
 * @param purpose         what for (the scope of use); not blank
 * @param term            when it is in force; not null
 * @param revocable       whether the grantor may revoke it; true for personal data
 */
public record DataAuthorisation(String authorisationId, DataClassification classification, String grantor,
        String grantee, String purpose, Term term, boolean revocable) {
    /** Checks the components. */
    public DataAuthorisation {
        RegistryText.id(authorisationId, "authorisationId");
        Require.notNull(classification, "classification");
        Require.that(classification != DataClassification.PUBLIC, "classification", classification, Rule.UNKNOWN,
                "[ENTERPRISE, PERSONAL] (public data is operated under an OperationAgreement)");
        RegistryText.id(grantor, "grantor");
        RegistryText.id(grantee, "grantee");
        Require.that(!grantee.equals(grantor), "grantee", grantee, Rule.DUPLICATE, "grantor and grantee");
        RegistryText.text(purpose, RegistryText.MAX_SHORT_TEXT, "purpose");
        Require.notNull(term, "term");
        Require.that(revocable || classification != DataClassification.PERSONAL, "revocable", revocable,
                Rule.INVALID_STATE, "a personal-data authorisation must be revocable (PIPL Art. 15)");
    }

    /** @return the canonical JSON object */
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("authorisationId", authorisationId);
        json.put("classification", classification.name());
        json.put("grantor", grantor);
        json.put("grantee", grantee);
        json.put("purpose", purpose);
        term.writeTo(json);
        json.put("revocable", revocable);
        return json;
    }
}
