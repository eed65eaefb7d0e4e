package org.dataprice.api.credit;

/** OpenAPI examples of the credit endpoints. */
public final class CreditExamples {
    /** A confirmed alert of a party (SUPERVISOR). */
    public static final String EVENT = """
            {"partyId":"apikey:7d1e5c40","kind":"CONFIRMED_ALERT","points":-20,"expiresAt":"2099-12-31T00:00:00Z",
             "reason":"Wash trade confirmed: ring of three deals within 30 days","reference":"alert-4711"}""";
    /** An objection by the event's party. */
    public static final String OBJECTION = """
            {"grounds":"Two of the three deals were between unrelated parties; see the attached contracts"}""";
    /** A supervisor's answer rejecting the objection. */
    public static final String ANSWER = """
            {"upheld":false,"reason":"The beneficial-owner declaration links the parties; the alert stands"}""";
    /** A repair request with every condition declared met. */
    public static final String REPAIR = """
            {"conditionsMet":["CORRECTED","OBLIGATIONS_FULFILLED","COMMITMENT"],
             "statement":"The deals were unwound, the fine paid, and a credit commitment signed"}""";
    /** A supervisor's decision granting the repair. */
    public static final String DECISION = """
            {"granted":true,"reason":"Correction and payment verified"}""";

    /** The answer to {@link #EVENT} (201). */
    public static final String EVENT_ANSWER = """
            {"id":"0b6a1c9e-5f2d-4a57-9a10-3c2f1d9e8b71","partyId":"apikey:7d1e5c40","kind":"EVENT",
             "recordedAt":"2026-12-05T08:00:00Z","recordedBy":"apikey:3f0c2a9e",
             "standing":{"partyId":"apikey:7d1e5c40","at":"2026-12-05T08:00:00Z","policyVersion":1,"basePoints":100,
              "score":80,"level":"C","depositDiscount":0,
              "restrictions":[{"action":"BIDDING","until":"2099-12-31T00:00:00Z"}],
              "events":[{"eventId":"0b6a1c9e-5f2d-4a57-9a10-3c2f1d9e8b71","kind":"CONFIRMED_ALERT","points":-20,
                "recordedAt":"2026-12-05T08:00:00Z","expiresAt":"2099-12-31T00:00:00Z","status":"COUNTED",
                "counted":-20,"reason":"Wash trade confirmed: ring of three deals within 30 days",
                "reference":"alert-4711"}]}}""";

    private CreditExamples() {
    }
}
