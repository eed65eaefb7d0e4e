package org.dataprice.api.admission;

/** OpenAPI examples of the negative list and of a listing's admission declaration. */
public final class AdmissionExamples {
    /** A negative list (the core's {@code NegativeList.EXAMPLE}). */
    public static final String NEGATIVE_LIST = """
            {"entries":[
              {"id":"NL-CORE","kind":"DATA_CLASS","value":"CORE","exemption":"NONE","clause":"DSL Art. 21 (core data); GB/T 43697-2024 §3.3"},
              {"id":"NL-IMP","kind":"DATA_CLASS","value":"IMPORTANT","exemption":"APPROVAL","clause":"DSL Art. 21, 30 (important data); GB/T 43697-2024 §3.2"},
              {"id":"NL-PI","kind":"DATA_CLASS","value":"PERSONAL","exemption":"CONSENT","clause":"PIPL Art. 13, 14, 23 (consent to provision)"},
              {"id":"NL-SPI","kind":"DATA_CLASS","value":"SENSITIVE_PERSONAL","exemption":"CONSENT","clause":"PIPL Art. 28, 29 (separate consent)"},
              {"id":"NL-SEC-1","kind":"CATEGORY","value":"gambling","clause":"exchange rules: prohibited sectors"},
              {"id":"NL-KW-1","kind":"KEYWORD","value":"身份证号","clause":"PIPL Art. 28 (national id numbers)"}]}""";

    /** The answer to {@link #NEGATIVE_LIST} (201). */
    public static final String NEGATIVE_LIST_ANSWER = """
            {"version":1,"effectiveFrom":"2026-12-05T08:00:00Z","entries":[
              {"id":"NL-CORE","kind":"DATA_CLASS","value":"CORE","exemption":"NONE","clause":"DSL Art. 21 (core data); GB/T 43697-2024 §3.3"}],
             "createdAt":"2026-12-05T08:00:00Z","createdBy":"apikey:3f0c2a9e"}""";

    private AdmissionExamples() {
    }
}
