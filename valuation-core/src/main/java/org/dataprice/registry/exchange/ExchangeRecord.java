package org.dataprice.registry.exchange;

import java.util.LinkedHashMap;
import java.util.Map;
import org.dataprice.error.InvalidInputException;
import org.dataprice.error.Require;
import org.dataprice.registry.RegistryText;
import org.dataprice.registry.json.CanonicalJson;
import org.dataprice.registry.json.JsonFields;
import org.dataprice.registry.json.JsonParser;

/**
 * One market record in an export bundle: its kind, its id at the exporting exchange and its body, the
 * exporter's public JSON view of the record. In the payload: {@code {"id":"…","record":{…}}} inside the
 * section of its kind ({@link ExchangeRecordKind#section()}). Like a registration, an imported record is not
 * this exchange's: it is known as {@code exporter:id}.
 *
 * <p>The body must be in the canonical JSON value model ({@link CanonicalJson}: objects, arrays, strings,
 * integers within ±(2^53 − 1), booleans, null; exact decimals as {@code BigDecimal}, which travel as strings); it
 * is written and parsed once, so the record holds the body exactly as an importer reads it (a decimal becomes its
 * plain string) and a parsed record equals the exported one.
 *
 * @param kind the record's kind; not null
 * @param id   its id at the exporter; an identifier ({@link RegistryText#id}: 1–64 of {@code A–Z a–z 0–9 . _ : -})
 * @param body the record as the exporter publishes it; a JSON object of the canonical model, not null
 */
public record ExchangeRecord(ExchangeRecordKind kind, String id, Map<String, Object> body) {
    /** Checks the components. */
    public ExchangeRecord {
        Require.notNull(kind, "kind");
        RegistryText.id(id, "id");
        Require.notNull(body, "body");
        // written and read back once: refuses a value outside the canonical model and holds the body as a reader sees it
        body = JsonFields.of(JsonParser.parse(CanonicalJson.bytes(body), "body"), "body").members();
    }

    /** @return the payload entry {@code {"id","record"}} */
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", id);
        json.put("record", body);
        return json;
    }

    /**
     * @param kind the section's kind
     * @param json a payload entry
     * @return the record
     * @throws InvalidInputException naming the member that is not as {@link #toJson()} writes it
     */
    public static ExchangeRecord fromJson(ExchangeRecordKind kind, JsonFields json) {
        JsonFields body = json.object("record");
        try {
            return new ExchangeRecord(kind, json.string("id"), body.members());
        } catch (InvalidInputException e) {
            throw e.within(json.path());
        }
    }

    /** @return {@code exporter:id}, the id under which an importer knows the record */
    public String recognisedId(String exporter) {
        return exporter + ":" + id;
    }
}
