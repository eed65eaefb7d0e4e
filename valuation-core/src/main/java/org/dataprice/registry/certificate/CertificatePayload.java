package org.dataprice.registry.certificate;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.dataprice.error.InvalidInputException;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;
import org.dataprice.registry.RegistrationSnapshot;
import org.dataprice.registry.RegistryText;
import org.dataprice.registry.json.CanonicalJson;
import org.dataprice.registry.json.JsonFields;
import org.dataprice.registry.json.JsonParser;

/**
 * What a certificate states, as its signed payload (canonical JSON, RFC 8785):
 * <pre>
 * {"format":"dataprice.registration-certificate","issuedAt":"2026-03-01T02:00:05Z","issuer":"wdex",
 *  "registration":{…RegistrationSnapshot…},"version":1}
 * </pre>
 * {@code version} is {@value #VERSION}; a reader refuses another version ({@link Rule#UNKNOWN}) rather than
 * guess. {@code issuedAt} is the signing time the key's validity is checked against; it is not before the
 * registration's last event.
 *
 * @param issuer       the issuing registry (exchange) id; an identifier
 * @param issuedAt     the signing time; not before {@code registration}'s last event
 * @param registration the statement; not null
 */
public record CertificatePayload(String issuer, Instant issuedAt, RegistrationSnapshot registration) {
    /** The {@code format} member, also the JWS {@code typ}. */
    public static final String FORMAT = "dataprice.registration-certificate";
    /** The payload version this code writes and reads. */
    public static final long VERSION = 1;

    /** Checks the components. */
    public CertificatePayload {
        RegistryText.id(issuer, "issuer");
        Require.notNull(registration, "registration");
        Require.notNull(issuedAt, "issuedAt");
        Require.that(!issuedAt.isBefore(registration.state().at()), "issuedAt", issuedAt, Rule.AT_LEAST,
                registration.state().at());
    }

    /** @return the canonical JSON bytes that are signed */
    public byte[] toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("format", FORMAT);
        json.put("version", VERSION);
        json.put("issuer", issuer);
        json.put("issuedAt", issuedAt.toString());
        json.put("registration", registration.toJson());
        return CanonicalJson.bytes(json);
    }

    /**
     * @param json the signed payload bytes
     * @return the payload
     * @throws InvalidInputException when the format, version or a member is not as written by {@link #toJson()}
     */
    public static CertificatePayload parse(byte[] json) {
        JsonFields fields = JsonParser.parseObject(json, "payload");
        fields.expect("format", FORMAT);
        fields.expect("version", VERSION);
        RegistrationSnapshot snapshot = RegistrationSnapshot.fromJson(fields.object("registration"));
        try {
            return new CertificatePayload(fields.string("issuer"), fields.instant("issuedAt"), snapshot);
        } catch (InvalidInputException e) {
            throw e.within("payload");
        }
    }
}
