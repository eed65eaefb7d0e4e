package org.dataprice.registry;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dataprice.error.InvalidInputException;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;
import org.dataprice.registry.json.JsonFields;

/**
 * What is registered: a data asset or product (数据资源 / 数据产品) with its classification, grade, sources
 * and description.
 *
 * <p>Rules: at least one and at most {@value #MAX_SOURCES} sources; public data must cite an authorised
 * operation agreement (plan §5: 规范公共数据授权运营) and personal data an individual's authorisation (plan §6:
 * 按照个人授权范围; 个人信息保护法 Art. 13) — i.e. at least one {@link SourceKind#AUTHORISED} source
 * ({@code sources}, {@link Rule#TOO_FEW}). Whether the cited record exists and is in force is checked where
 * the records are, not here.
 *
 * @param name           a short name; not blank, at most {@value RegistryText#MAX_SHORT_TEXT} characters
 * @param description    what the data is; not blank, at most {@value RegistryText#MAX_LONG_TEXT} characters
 * @param classification public, enterprise or personal; not null
 * @param grade          general, important or core (GB/T 43697-2024); not null
 * @param sources        where the data comes from; see above
 */
public record Asset(String name, String description, DataClassification classification, DataGrade grade,
        List<Source> sources) {
    /** Most sources of one asset. */
    public static final int MAX_SOURCES = 50;

    /** Checks the components (see the class Javadoc). */
    public Asset {
        RegistryText.text(name, RegistryText.MAX_SHORT_TEXT, "name");
        RegistryText.text(description, RegistryText.MAX_LONG_TEXT, "description");
        Require.notNull(classification, "classification");
        Require.notNull(grade, "grade");
        sources = Require.nonEmptyCopy(sources, "sources");
        Require.withinLimit(sources.size(), MAX_SOURCES, "sources", "");
        if (classification != DataClassification.ENTERPRISE) {
            Require.that(sources.stream().anyMatch(s -> s.kind() == SourceKind.AUTHORISED), "sources", sources.size()
                    + " sources", Rule.TOO_FEW, "1 AUTHORISED source for " + classification + " data (plan §5, §6)");
        }
    }

    /** @return the canonical JSON object */
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", name);
        json.put("description", description);
        json.put("classification", classification.name());
        json.put("grade", grade.name());
        json.put("sources", sources.stream().map(Source::toJson).toList());
        return json;
    }

    /**
     * @param json the object written by {@link #toJson()}
     * @return the asset
     */
    public static Asset fromJson(JsonFields json) {
        List<Source> sources = json.objects("sources").stream().map(Source::fromJson).toList();
        try {
            return new Asset(json.string("name"), json.string("description"),
                    json.constant("classification", DataClassification.class), json.constant("grade", DataGrade.class),
                    sources);
        } catch (InvalidInputException e) {
            throw e.within(json.path());
        }
    }
}
