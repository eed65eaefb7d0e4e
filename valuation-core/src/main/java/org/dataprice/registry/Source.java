package org.dataprice.registry;

import java.util.LinkedHashMap;
import java.util.Map;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;
import org.dataprice.registry.json.JsonFields;

/**
 * One source of a registered asset (数据来源, plan §4: 来源合法): its kind, the record it cites (an
 * authorisation or agreement id for {@link SourceKind#AUTHORISED}, a registration id for
 * {@link SourceKind#DERIVED}, empty for {@link SourceKind#COLLECTED}) and a description. The cited records
 * are what {@code org.dataprice.registry.provenance} follows to trace a product back to its origins (溯源).
 *
 * @param kind        the kind; not null
 * @param reference   the cited id; an identifier, or empty exactly when {@code kind} is COLLECTED
 * @param description what the source is; not blank, at most {@value RegistryText#MAX_SHORT_TEXT} characters
 */
public record Source(SourceKind kind, String reference, String description) {
    /** Checks the components. */
    public Source {
        Require.notNull(kind, "kind");
        Require.notNull(reference, "reference");
        if (kind == SourceKind.COLLECTED) {
            Require.that(reference.isEmpty(), "reference", reference, Rule.INVALID_STATE,
                    "a COLLECTED source cites no record");
        } else {
            RegistryText.id(reference, "reference");
        }
        RegistryText.text(description, RegistryText.MAX_SHORT_TEXT, "description");
    }

    /** @return the canonical JSON object */
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("kind", kind.name());
        json.put("reference", reference);
        json.put("description", description);
        return json;
    }

    /**
     * @param json the object written by {@link #toJson()}
     * @return the source
     */
    public static Source fromJson(JsonFields json) {
        try {
            return new Source(json.constant("kind", SourceKind.class), json.string("reference"), json.string("description"));
        } catch (org.dataprice.error.InvalidInputException e) {
            throw e.within(json.path());
        }
    }
}
