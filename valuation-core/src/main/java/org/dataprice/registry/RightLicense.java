package org.dataprice.registry;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.dataprice.error.InvalidInputException;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;
import org.dataprice.registry.json.JsonFields;

/**
 * A licence of one right (许可): the licensor, a holder of the right, lets the licensee exercise it within a
 * scope for a term, without transferring it. A licence of {@link RightKind#PRODUCT_OPERATION} lets the
 * licensee operate (list and sell) the product while in force ({@link Term}).
 *
 * <p>A licence stays in force for its whole term: a later transfer of the licensor's share does not end it
 * (the transferee takes the right subject to it), and while the registration is suspended or after it is
 * cancelled nobody operates the product ({@link Registration#operatorsOn}). Ending a licence early is not an
 * event of this model.
 *
 * @param licenseId an identifier, unique within the registration
 * @param kind      the licensed right; not null
 * @param licensor  the granting holder's party id
 * @param licensee  the receiving party id; not the licensor
 * @param scope     what the licensee may do (purpose, territory, channel); not blank
 * @param term      when it is in force; not null
 */
public record RightLicense(String licenseId, RightKind kind, String licensor, String licensee, String scope,
        Term term) {
    /** Checks the components. */
    public RightLicense {
        RegistryText.id(licenseId, "licenseId");
        Require.notNull(kind, "kind");
        RegistryText.id(licensor, "licensor");
        RegistryText.id(licensee, "licensee");
        Require.that(!licensee.equals(licensor), "licensee", licensee, Rule.DUPLICATE, "licensor and licensee");
        RegistryText.text(scope, RegistryText.MAX_SHORT_TEXT, "scope");
        Require.notNull(term, "term");
    }

    /**
     * @param date a day
     * @return whether the licence is in force that day
     */
    public boolean inForceOn(LocalDate date) {
        return term.covers(date);
    }

    /** @return the canonical JSON object */
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("licenseId", licenseId);
        json.put("kind", kind.name());
        json.put("licensor", licensor);
        json.put("licensee", licensee);
        json.put("scope", scope);
        term.writeTo(json);
        return json;
    }

    /**
     * @param json the object written by {@link #toJson()}
     * @return the licence
     */
    public static RightLicense fromJson(JsonFields json) {
        try {
            return new RightLicense(json.string("licenseId"), json.constant("kind", RightKind.class),
                    json.string("licensor"), json.string("licensee"), json.string("scope"), Term.fromJson(json));
        } catch (InvalidInputException e) {
            throw e.within(json.path());
        }
    }
}
