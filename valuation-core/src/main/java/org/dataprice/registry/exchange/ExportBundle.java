package org.dataprice.registry.exchange;

import java.time.Instant;
import java.util.ArrayList;
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
 * The export bundle from one exchange to another, format {@value #FORMAT} version {@value #VERSION}: registrations
 * and the market records of {@link ExchangeRecordKind} (listings, deals, index releases). Payload (canonical JSON,
 * RFC 8785):
 * <pre>
 * {"deals":[{"id":"…","record":{…}}, …],"exportedAt":"2026-03-02T00:00:00Z","exporter":"exchange-a",
 *  "format":"dataprice.registry-export","indexReleases":[…],"listings":[…],
 *  "registrations":[{…RegistrationSnapshot…}, …],"version":2}
 * </pre>
 * signed by the exporter as a compact JWS ({@code "alg":"EdDSA"}, its {@code kid}, {@code "typ":"dataprice.registry-export"}).
 *
 * <p>Versions: 1 (session 4) holds {@code registrations} only; 2 adds the three record sections, each required.
 * This code writes version 2 and reads 1 and 2 ({@link #READABLE_VERSIONS}); it refuses any other {@code format}
 * or {@code version} rather than guess, and a version-1 payload with a record section. At most
 * {@value #MAX_REGISTRATIONS} registrations, ids unique, and at most {@value #MAX_RECORDS} records of each kind,
 * ids unique within their kind; the payload as a whole is within the JSON reader's limit (8 MiB).
 *
 * @param exporter      the exporting exchange's id; an identifier
 * @param exportedAt    the signing time; not null
 * @param registrations the registrations; not null, at most {@value #MAX_REGISTRATIONS}, ids unique
 * @param records       the market records, in section order (listings, deals, index releases); not null, at most
 *                      {@value #MAX_RECORDS} of each kind, ids unique within a kind
 */
public record ExportBundle(String exporter, Instant exportedAt, List<RegistrationSnapshot> registrations,
        List<ExchangeRecord> records) {
    /** The {@code format} member and the JWS {@code typ}. */
    public static final String FORMAT = "dataprice.registry-export";
    /** The format version this code writes and reads. */
    public static final long VERSION = 2;
    /** The versions this code reads. */
    public static final List<Long> READABLE_VERSIONS = List.of(1L, 2L);
    /** Most registrations in one bundle. */
    public static final int MAX_REGISTRATIONS = 1_000;
    /** Most records of one kind in one bundle. */
    public static final int MAX_RECORDS = 1_000;

    /** Checks the components. */
    public ExportBundle {
        RegistryText.id(exporter, "exporter");
        Require.notNull(exportedAt, "exportedAt");
        registrations = Require.copyOf(registrations, "registrations");
        Require.withinLimit(registrations.size(), MAX_REGISTRATIONS, "registrations", "split the export");
        Require.that(registrations.stream().map(r -> r.state().registrationId()).distinct().count() == registrations.size(),
                "registrations", registrations.size(), Rule.DUPLICATE, "registrationId");
        records = Require.copyOf(records, "records");
        for (ExchangeRecordKind kind : ExchangeRecordKind.values()) {
            List<String> ids = records.stream().filter(r -> r.kind() == kind).map(ExchangeRecord::id).toList();
            Require.withinLimit(ids.size(), MAX_RECORDS, kind.section(), "narrow the export");
            Require.that(ids.stream().distinct().count() == ids.size(), kind.section(), ids.size(), Rule.DUPLICATE, "id");
        }
    }

    /**
     * A bundle of registrations only.
     *
     * @param exporter      the exporting exchange's id
     * @param exportedAt    the signing time
     * @param registrations the registrations
     */
    public ExportBundle(String exporter, Instant exportedAt, List<RegistrationSnapshot> registrations) {
        this(exporter, exportedAt, registrations, List.of());
    }

    /**
     * @param kind a record kind
     * @return the records of that kind, in bundle order
     */
    public List<ExchangeRecord> records(ExchangeRecordKind kind) {
        return records.stream().filter(r -> r.kind() == kind).toList();
    }

    /** @return the canonical JSON payload bytes */
    public byte[] toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("format", FORMAT);
        json.put("version", VERSION);
        json.put("exporter", exporter);
        json.put("exportedAt", exportedAt.toString());
        json.put("registrations", registrations.stream().map(RegistrationSnapshot::toJson).toList());
        for (ExchangeRecordKind kind : ExchangeRecordKind.values()) {
            json.put(kind.section(), records(kind).stream().map(ExchangeRecord::toJson).toList());
        }
        return CanonicalJson.bytes(json);
    }

    /**
     * @param key the exporter's signing key, in service at {@link #exportedAt()}
     * @return the signed bundle (compact JWS)
     * @throws org.dataprice.error.LimitExceededException on {@code bundle} when the payload is longer than an importer
     *         reads ({@link JsonParser#MAX_BYTES})
     */
    public String sign(SigningKey key) {
        return sign(key, CompactJws.MAX_LENGTH);
    }

    /**
     * Signs within the importer's limit on the compact text (e.g. the request size its transport accepts).
     *
     * @param key       the exporter's signing key, in service at {@link #exportedAt()}
     * @param maxLength the most characters of the compact JWS; at most {@link CompactJws#MAX_LENGTH}
     * @return the signed bundle (compact JWS)
     * @throws org.dataprice.error.LimitExceededException on {@code bundle} when the payload is longer than an importer
     *         reads ({@link JsonParser#MAX_BYTES}) or the signed text longer than {@code maxLength}
     */
    public String sign(SigningKey key, int maxLength) {
        byte[] payload = toJson();
        Require.withinLimit(payload.length, JsonParser.MAX_BYTES, "bundle", "bytes (what an importer reads); narrow the export");
        String signed = CompactJws.sign(key, FORMAT, payload, exportedAt);
        Require.withinLimit(signed.length(), Math.min(maxLength, CompactJws.MAX_LENGTH), "bundle",
                "characters (what an importer accepts); narrow the export");
        return signed;
    }

    /**
     * @param json payload bytes
     * @return the bundle
     * @throws InvalidInputException naming the member ({@code bundle.…}) that is not as {@link #toJson()} writes it
     */
    public static ExportBundle parse(byte[] json) {
        JsonFields fields = JsonParser.parseObject(json, "bundle");
        fields.expect("format", FORMAT);
        long version = fields.integer("version");
        Require.that(READABLE_VERSIONS.contains(version), "bundle.version", version, Rule.UNKNOWN, READABLE_VERSIONS);
        List<JsonFields> items = fields.objects("registrations");
        Require.withinLimit(items.size(), MAX_REGISTRATIONS, "bundle.registrations", "");
        List<RegistrationSnapshot> registrations = items.stream().map(RegistrationSnapshot::fromJson).toList();
        List<ExchangeRecord> records = new ArrayList<>();
        for (ExchangeRecordKind kind : ExchangeRecordKind.values()) {
            if (version == 1) {
                Require.that(!fields.members().containsKey(kind.section()), fields.pathOf(kind.section()), kind.section(),
                        Rule.INVALID_STATE, "version 1 bundles hold registrations only");
                continue;
            }
            List<JsonFields> section = fields.objects(kind.section());
            Require.withinLimit(section.size(), MAX_RECORDS, fields.pathOf(kind.section()), "narrow the export");
            section.forEach(entry -> records.add(ExchangeRecord.fromJson(kind, entry)));
        }
        try {
            return new ExportBundle(fields.string("exporter"), fields.instant("exportedAt"), registrations, records);
        } catch (InvalidInputException e) {
            throw e.within("bundle");
        }
    }
}
