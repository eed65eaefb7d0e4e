package org.dataprice.registry.authorisation;

import java.util.LinkedHashMap;
import java.util.Map;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;
import org.dataprice.registry.RegistryText;
import org.dataprice.registry.Term;

/**
 * 公共数据授权运营协议 — an authorised-operation agreement: a public body ({@code provider}) authorises an
 * operator to run services on its public data within a scope and term, priced on a stated fee basis
 * (plan §5: 推动授权具备条件、信誉良好的企事业单位开展数据运营服务; 有条件无偿 / 有条件有偿使用). The fee basis
 * names the public-data tariff it charges under ({@code org.dataprice.pricing.tariff}), or {@code "free"}
 * for conditionally free use in public governance. Term: {@link Term}.
 *
 * @param agreementId an identifier, unique in the ledger
 * @param provider    the public body; an identifier
 * @param operator    the authorised operator; an identifier, not the provider
 * @param scope       the data and uses covered; not blank
 * @param term        when it is in force; not null
 * @param feeBasis    the tariff id, or {@code "free"}; an identifier
 */
public record OperationAgreement(String agreementId, String provider, String operator, String scope, Term term,
        String feeBasis) {
    /** Checks the components. */
    public OperationAgreement {
        RegistryText.id(agreementId, "agreementId");
        RegistryText.id(provider, "provider");
        RegistryText.id(operator, "operator");
        Require.that(!operator.equals(provider), "operator", operator, Rule.DUPLICATE, "provider and operator");
        RegistryText.text(scope, RegistryText.MAX_SHORT_TEXT, "scope");
        Require.notNull(term, "term");
        RegistryText.id(feeBasis, "feeBasis");
    }

    /** @return the canonical JSON object */
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("agreementId", agreementId);
        json.put("provider", provider);
        json.put("operator", operator);
        json.put("scope", scope);
        term.writeTo(json);
        json.put("feeBasis", feeBasis);
        return json;
    }
}
