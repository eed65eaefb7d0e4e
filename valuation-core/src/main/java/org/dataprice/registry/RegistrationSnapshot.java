package org.dataprice.registry;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dataprice.error.InvalidInputException;
import org.dataprice.error.Require;
import org.dataprice.registry.json.JsonFields;

/**
 * The public statement of a registration at one point of its history — what a certificate states and an
 * export bundle carries: id, status, asset, rights, licences, and the sequence number and hash of the last
 * event, which ties the statement to the hash chain. Party ids are the registry's opaque ids; no personal
 * data is in a snapshot beyond what the registrant put in the asset's name and description.
 *
 * <p>JSON (canonical, RFC 8785): {@code {"asset":{…},"at":"…Z","headHash":"…","licenses":[…],
 * "registrationId":"…","rights":{…},"sequence":n,"status":"ACTIVE"}}.
 *
 * @param state the state; not null
 */
public record RegistrationSnapshot(RegistrationState state) {
    /** Checks the components. */
    public RegistrationSnapshot {
        Require.notNull(state, "state");
    }

    /**
     * @param registration a registration
     * @return the snapshot of its current state
     */
    public static RegistrationSnapshot of(Registration registration) {
        return new RegistrationSnapshot(registration.state());
    }

    /** @return the canonical JSON object */
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("registrationId", state.registrationId());
        json.put("status", state.status().name());
        json.put("asset", state.asset().toJson());
        json.put("rights", state.rights().toJson());
        json.put("licenses", state.licenses().stream().map(RightLicense::toJson).toList());
        json.put("sequence", state.sequence());
        json.put("headHash", state.headHash());
        json.put("at", state.at().toString());
        return json;
    }

    /**
     * @param json the object written by {@link #toJson()}
     * @return the snapshot
     */
    public static RegistrationSnapshot fromJson(JsonFields json) {
        Asset asset = Asset.fromJson(json.object("asset"));
        Rights rights = Rights.fromJson(json.object("rights"));
        List<RightLicense> licenses = json.objects("licenses").stream().map(RightLicense::fromJson).toList();
        Instant at = json.instant("at");
        try {
            return new RegistrationSnapshot(new RegistrationState(json.string("registrationId"),
                    json.constant("status", RegistrationStatus.class), asset, rights, licenses, json.integer("sequence"),
                    json.string("headHash"), at));
        } catch (InvalidInputException e) {
            throw e.within(json.path());
        }
    }
}
