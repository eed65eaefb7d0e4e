package org.dataprice.registry.exchange;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dataprice.error.InvalidInputException;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;
import org.dataprice.registry.RegistrationSnapshot;
import org.dataprice.registry.RegistryText;
import org.dataprice.registry.json.CanonicalJson;
import org.dataprice.registry.json.JsonFields;
import org.dataprice.registry.json.JsonParser;
import org.dataprice.registry.signature.CompactJws;
import org.dataprice.registry.signature.SigningKey;

/**
 * The export bundle of registrations from one exchange to another, format {@value #FORMAT} version
 * {@value #VERSION}. Payload (canonical JSON, RFC 8785):
 * <pre>
 * {"exportedAt":"2026-03-02T00:00:00Z","exporter":"exchange-a","format":"dataprice.registry-export",
 *  "registrations":[{…RegistrationSnapshot…}, …],"version":1}
 * </pre>
 * signed by the exporter as a compact JWS ({@code "alg":"EdDSA"}, its {@code kid}, {@code "typ":"dataprice.registry-export"}).
 * A reader refuses any other {@code format} or {@code version} rather than guess; a later version adds a new
 * number. At most {@value #MAX_REGISTRATIONS} registrations, ids unique.
 *
 * @param exporter      the exporting exchange's id; an identifier
 * @param exportedAt    the signing time; not null
 * @param registrations the registrations; not null, at most {@value #MAX_REGISTRATIONS}, ids unique
 */
public record ExportBundle(String exporter, Instant exportedAt, List<RegistrationSnapshot> registrations) {
    /** The {@code format} member and the JWS {@code typ}. */
    public static final String FORMAT = "dataprice.registry-export";
    /** The format version this code writes and reads. */
    public static final long VERSION = 1;
    /** Most registrations in one bundle. */
    public static final int MAX_REGISTRATIONS = 1_000;

    /** Checks the components. */
    public ExportBundle {
        RegistryText.id(exporter, "exporter");
        Require.notNull(exportedAt, "exportedAt");
        registrations = Require.copyOf(registrations, "registrations");
        Require.withinLimit(registrations.size(), MAX_REGISTRATIONS, "registrations", "split the export");
        Require.that(registrations.stream().map(r -> r.state().registrationId()).distinct().count() == registrations.size(),
                "registrations", registrations.size(), Rule.DUPLICATE, "registrationId");
    }

    /** @return the canonical JSON payload bytes */
    public byte[] toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("format", FORMAT);
        json.put("version", VERSION);
        json.put("exporter", exporter);
        json.put("exportedAt", exportedAt.toString());
        json.put("registrations", registrations.stream().map(RegistrationSnapshot::toJson).toList());
        return CanonicalJson.bytes(json);
    }

    /**
     * @param key the exporter's signing key, in service at {@link #exportedAt()}
     * @return the signed bundle (compact JWS)
     */
    public String sign(SigningKey key) {
        return CompactJws.sign(key, FORMAT, toJson(), exportedAt);
    }

    /**
     * @param json payload bytes
     * @return the bundle
     * @throws InvalidInputException naming the member ({@code bundle.…}) that is not as {@link #toJson()} writes it
     */
    public static ExportBundle parse(byte[] json) {
        JsonFields fields = JsonParser.parseObject(json, "bundle");
        fields.expect("format", FORMAT);
        fields.expect("version", VERSION);
        List<JsonFields> items = fields.objects("registrations");
        Require.withinLimit(items.size(), MAX_REGISTRATIONS, "bundle.registrations", "");
        List<RegistrationSnapshot> registrations = items.stream().map(RegistrationSnapshot::fromJson).toList();
        try {
            return new ExportBundle(fields.string("exporter"), fields.instant("exportedAt"), registrations);
        } catch (InvalidInputException e) {
            throw e.within("bundle");
        }
    }
}
