package org.dataprice.registry.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dataprice.registry.RegistryFixtures.T0;
import static org.dataprice.registry.RegistryFixtures.registered;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.dataprice.error.InvalidInputException;
import org.dataprice.error.Rule;
import org.dataprice.registry.RegistrationSnapshot;
import org.dataprice.registry.RegistryFixtures;
import org.dataprice.registry.json.CanonicalJson;
import org.dataprice.registry.json.JsonParser;
import org.dataprice.registry.signature.CompactJws;
import org.dataprice.registry.signature.Ed25519;
import org.dataprice.registry.signature.KeySet;
import org.dataprice.registry.signature.SigningKey;
import org.junit.jupiter.api.Test;

/**
 * Two exchanges, A (Chongqing) and B (Chengdu), each with its own key pair: B trusts A's published key set and
 * recognises A's export; anything untrusted, altered or mislabelled is refused with the reason (plan §10, 川渝互认).
 */
class MutualRecognitionTest {
    static final Instant KEYS_FROM = T0.minusSeconds(86_400);
    final SigningKey keyA = SigningKey.of(Ed25519.generate(new SecureRandom()), KEYS_FROM);
    final SigningKey keyB = SigningKey.of(Ed25519.generate(new SecureRandom()), KEYS_FROM);
    /** What exchange A publishes, as bytes: B configures its trust list from these. */
    final byte[] publishedByA = KeySet.of(keyA.published()).toJson();
    /** Exchange B's trust list: A's key set (B also knows its own keys, which do not belong in its trust list). */
    final TrustList trustOfB = TrustList.of(new TrustedExchange("exchange-a", KeySet.parse(publishedByA)));
    final Instant exportedAt = T0.plusSeconds(3_600);

    ExportBundle bundleOfA() {
        return new ExportBundle("exchange-a", exportedAt, List.of(RegistrationSnapshot.of(registered("R-1")),
                RegistrationSnapshot.of(registered("R-2"))));
    }

    @Test
    void test_verify_trustedAndIntactIsRecognised() {
        String signed = bundleOfA().sign(keyA);
        ImportResult result = BundleImport.verify(signed, trustOfB);
        assertThat(result.outcome()).as(result.reason()).isEqualTo(ImportOutcome.RECOGNISED);
        assertThat(result.exporter()).isEqualTo("exchange-a");
        assertThat(result.registrations()).extracting(RecognisedRegistration::recognisedId)
                .containsExactly("exchange-a:R-1", "exchange-a:R-2");
        assertThat(result.registrations().get(0).registration()).isEqualTo(RegistrationSnapshot.of(registered("R-1")));
    }

    @Test
    void test_verify_untrustedKeyRefused() {
        String signedByB = new ExportBundle("exchange-b", exportedAt, List.of(RegistrationSnapshot.of(registered("R-9"))))
                .sign(keyB);
        ImportResult result = BundleImport.verify(signedByB, trustOfB);
        assertThat(result.outcome()).isEqualTo(ImportOutcome.REFUSED);
        assertThat(result.reason()).contains("untrusted").contains(keyB.kid());
        assertThat(result.registrations()).isEmpty();
    }

    /** One-byte changes of the signed bundle (every header and signature byte, 300 seeded payload bytes) are refused. */
    @Test
    void test_verify_everyAlteredByteRefused() {
        String signed = bundleOfA().sign(keyA);
        SplittableRandom random = new SplittableRandom(8785);
        for (int i : RegistryFixtures.tamperPositions(signed, 8785, 300)) {
            ImportResult result = BundleImport.verify(RegistryFixtures.tamper(signed, i, random), trustOfB);
            assertThat(result.outcome()).as("byte %d: %s", i, result.reason()).isEqualTo(ImportOutcome.REFUSED);
        }
    }

    @Test
    void test_verify_alteredPayloadNamesTheSignature() {
        String signed = bundleOfA().sign(keyA);
        String[] parts = signed.split("\\.");
        String payload = new String(java.util.Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"R-2\"", "\"R-3\"");
        String altered = parts[0] + "." + java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        ImportResult result = BundleImport.verify(altered, trustOfB);
        assertThat(result.outcome()).isEqualTo(ImportOutcome.REFUSED);
        assertThat(result.reason()).contains("signature of exchange-a not valid");
    }

    @Test
    void test_verify_exporterMustBeTheSigner() {
        String impersonating = new ExportBundle("exchange-c", exportedAt, List.of()).sign(keyA);
        TrustList both = TrustList.of(new TrustedExchange("exchange-a", KeySet.parse(publishedByA)),
                new TrustedExchange("exchange-c", KeySet.of(keyB.published())));
        ImportResult result = BundleImport.verify(impersonating, both);
        assertThat(result.outcome()).isEqualTo(ImportOutcome.REFUSED);
        assertThat(result.reason()).contains("names exporter exchange-c");
    }

    @Test
    void test_verify_unsupportedVersionRefused() {
        Map<String, Object> v2 = new LinkedHashMap<>();
        v2.put("format", ExportBundle.FORMAT);
        v2.put("version", 3L);
        v2.put("exporter", "exchange-a");
        v2.put("exportedAt", exportedAt.toString());
        v2.put("registrations", List.of());
        String signed = CompactJws.sign(keyA, ExportBundle.FORMAT, CanonicalJson.bytes(v2), exportedAt);
        ImportResult result = BundleImport.verify(signed, trustOfB);
        assertThat(result.outcome()).isEqualTo(ImportOutcome.REFUSED);
        assertThat(result.reason()).contains("bundle.version");
    }

    @Test
    void test_verify_rotationKeepsOldBundlesAndRefusesRetiredKeyAfterwards() {
        String old = bundleOfA().sign(keyA);
        Instant rotation = exportedAt.plusSeconds(60);
        SigningKey nextA = SigningKey.of(Ed25519.generate(new SecureRandom()), rotation);
        KeySet rotated = KeySet.parse(publishedByA).retire(keyA.kid(), rotation).add(nextA.published());
        TrustList updated = TrustList.of(new TrustedExchange("exchange-a", rotated));
        assertThat(BundleImport.verify(old, updated).outcome()).isEqualTo(ImportOutcome.RECOGNISED);
        String fresh = new ExportBundle("exchange-a", rotation.plusSeconds(1), List.of()).sign(nextA);
        assertThat(BundleImport.verify(fresh, updated).outcome()).isEqualTo(ImportOutcome.RECOGNISED);
        // a bundle dated after the retirement but signed with the retired key (e.g. a leaked key)
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("alg", "EdDSA");
        header.put("kid", keyA.kid());
        header.put("typ", ExportBundle.FORMAT);
        String late = CompactJws.sign(header, new ExportBundle("exchange-a", rotation.plusSeconds(5), List.of()).toJson(),
                keyA.privateKey());
        ImportResult refused = BundleImport.verify(late, updated);
        assertThat(refused.outcome()).isEqualTo(ImportOutcome.REFUSED);
        assertThat(refused.reason()).contains("not in service");
    }

    @Test
    void test_trustList_keyBelongsToOneExchange() {
        assertThatThrownBy(() -> TrustList.of(new TrustedExchange("exchange-a", KeySet.of(keyA.published())),
                new TrustedExchange("exchange-x", KeySet.of(keyA.published()))))
                .isInstanceOf(InvalidInputException.class).extracting("rule").isEqualTo(Rule.DUPLICATE);
    }

    @Test
    void test_bundle_jsonRoundTripAndLimits() {
        ExportBundle bundle = bundleOfA();
        assertThat(ExportBundle.parse(bundle.toJson())).isEqualTo(bundle);
        assertThat(JsonParser.parseObject(bundle.toJson(), "bundle").integer("version")).isEqualTo(2);
        assertThatThrownBy(() -> new ExportBundle("exchange-a", exportedAt, List.of(RegistrationSnapshot.of(registered("R-1")),
                RegistrationSnapshot.of(registered("R-1"))))).extracting("rule").isEqualTo(Rule.DUPLICATE);
    }

    static ExchangeRecord record(ExchangeRecordKind kind, String id) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id);
        body.put("price", new java.math.BigDecimal("1200.50"));
        body.put("quantity", 3L);
        body.put("tiers", List.of(Map.of("from", 1L, "unitPrice", new java.math.BigDecimal("0.10"))));
        return new ExchangeRecord(kind, id, body);
    }

    ExportBundle marketBundleOfA() {
        return new ExportBundle("exchange-a", exportedAt, List.of(RegistrationSnapshot.of(registered("R-1"))),
                List.of(record(ExchangeRecordKind.LISTING, "L-1"), record(ExchangeRecordKind.DEAL, "D-1"),
                        record(ExchangeRecordKind.DEAL, "D-2"), record(ExchangeRecordKind.INDEX_RELEASE, "cq-data:3")));
    }

    @Test
    void test_verify_version2RecognisesListingsDealsAndIndexReleases() {
        ImportResult result = BundleImport.verify(marketBundleOfA().sign(keyA), trustOfB);
        assertThat(result.outcome()).as(result.reason()).isEqualTo(ImportOutcome.RECOGNISED);
        assertThat(result.kid()).isEqualTo(keyA.kid());
        assertThat(result.records()).extracting(r -> r.kind() + " " + r.recognisedId(result.exporter())).containsExactly(
                "LISTING exchange-a:L-1", "DEAL exchange-a:D-1", "DEAL exchange-a:D-2", "INDEX_RELEASE exchange-a:cq-data:3");
        // decimals travel as strings, exactly
        assertThat(result.records().get(1).body()).containsEntry("price", "1200.50").containsEntry("quantity", 3L);
        assertThat(result.requireRecognised("bundle")).isSameAs(result);
    }

    @Test
    void test_bundle_version2RoundTripAndSections() {
        ExportBundle bundle = marketBundleOfA();
        assertThat(ExportBundle.parse(bundle.toJson())).isEqualTo(bundle);
        Map<String, Object> members = JsonParser.parseObject(bundle.toJson(), "bundle").members();
        assertThat(members).containsKeys("listings", "deals", "indexReleases");
        assertThatThrownBy(() -> new ExportBundle("exchange-a", exportedAt, List.of(), List.of(
                record(ExchangeRecordKind.DEAL, "D-1"), record(ExchangeRecordKind.DEAL, "D-1"))))
                .extracting("field", "rule").containsExactly("deals", Rule.DUPLICATE);
        // the same id in two kinds is two records
        assertThat(new ExportBundle("exchange-a", exportedAt, List.of(), List.of(record(ExchangeRecordKind.DEAL, "X"),
                record(ExchangeRecordKind.LISTING, "X"))).records()).hasSize(2);
    }

    @Test
    void test_parse_version2RequiresEachSectionAndVersion1RefusesThem() {
        Map<String, Object> v2 = new LinkedHashMap<>(JsonParser.parseObject(marketBundleOfA().toJson(), "bundle").members());
        v2.remove("indexReleases");
        assertThatThrownBy(() -> ExportBundle.parse(CanonicalJson.bytes(v2))).extracting("field", "rule")
                .containsExactly("bundle.indexReleases", Rule.MISSING);
        v2.put("version", 1L);
        assertThatThrownBy(() -> ExportBundle.parse(CanonicalJson.bytes(v2))).extracting("field", "rule")
                .containsExactly("bundle.listings", Rule.INVALID_STATE);
    }

    @Test
    void test_verify_version1BundleStillRecognised() {
        Map<String, Object> v1 = new LinkedHashMap<>();
        v1.put("format", ExportBundle.FORMAT);
        v1.put("version", 1L);
        v1.put("exporter", "exchange-a");
        v1.put("exportedAt", exportedAt.toString());
        v1.put("registrations", List.of(RegistrationSnapshot.of(registered("R-1")).toJson()));
        ImportResult result = BundleImport.verify(CompactJws.sign(keyA, ExportBundle.FORMAT, CanonicalJson.bytes(v1),
                exportedAt), trustOfB);
        assertThat(result.outcome()).as(result.reason()).isEqualTo(ImportOutcome.RECOGNISED);
        assertThat(result.registrations()).hasSize(1);
        assertThat(result.records()).isEmpty();
    }

    @Test
    void test_record_bodyOutsideTheCanonicalModelRefused() {
        assertThatThrownBy(() -> new ExchangeRecord(ExchangeRecordKind.DEAL, "D-1", Map.of("price", 1.5)))
                .isInstanceOf(InvalidInputException.class).extracting("rule").isEqualTo(Rule.INVALID_FORMAT);
        assertThatThrownBy(() -> new ExchangeRecord(ExchangeRecordKind.DEAL, "D/1", Map.of()))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("id");
    }

    @Test
    void test_requireRecognised_refusedNamesTheFieldAndReason() {
        ImportResult refused = BundleImport.verify(new ExportBundle("exchange-b", exportedAt, List.of()).sign(keyB), trustOfB);
        assertThatThrownBy(() -> refused.requireRecognised("bundle")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("untrusted").extracting("field", "rule").containsExactly("bundle", Rule.NOT_RECOGNISED);
    }

    @Test
    void test_trustList_addAndRetireAsAnAdministratorDoes() {
        Instant rotation = exportedAt.plusSeconds(60);
        SigningKey nextA = SigningKey.of(Ed25519.generate(new SecureRandom()), rotation);
        TrustList list = new TrustList(List.of()).add("exchange-a", keyA.published()).add("exchange-a", nextA.published())
                .retire(keyA.kid(), rotation);
        assertThat(list.exchanges()).hasSize(1);
        assertThat(list.byKid(nextA.kid())).map(TrustedExchange::exchangeId).contains("exchange-a");
        assertThat(BundleImport.verify(bundleOfA().sign(keyA), list).outcome()).isEqualTo(ImportOutcome.RECOGNISED);
        assertThatThrownBy(() -> list.add("exchange-x", keyA.published())).extracting("rule").isEqualTo(Rule.DUPLICATE);
        assertThatThrownBy(() -> list.retire(keyB.kid(), rotation)).extracting("field", "rule")
                .containsExactly("kid", Rule.UNKNOWN);
        assertThatThrownBy(() -> list.retire(keyA.kid(), rotation.plusSeconds(1))).extracting("rule")
                .isEqualTo(Rule.INVALID_STATE);
    }

    @Test
    void test_window_boundsThePeriodAndEachSection() {
        java.time.LocalDate day = java.time.LocalDate.of(2026, 3, 1);
        ExportWindow window = new ExportWindow(day, day.plusDays(ExportWindow.MAX_DAYS));
        window.requireWithin("deals", ExportBundle.MAX_RECORDS, ExportBundle.MAX_RECORDS);
        assertThatThrownBy(() -> window.requireWithin("deals", ExportBundle.MAX_RECORDS + 1, ExportBundle.MAX_RECORDS))
                .hasMessageContaining("narrow the period").extracting("field", "rule").containsExactly("until", Rule.LIMIT_EXCEEDED);
        assertThatThrownBy(() -> new ExportWindow(day, day)).extracting("field", "rule")
                .containsExactly("until", Rule.GREATER_THAN);
        assertThatThrownBy(() -> new ExportWindow(day, day.plusDays(ExportWindow.MAX_DAYS + 1))).extracting("field", "rule")
                .containsExactly("until", Rule.LIMIT_EXCEEDED);
    }

    @Test
    void test_sign_payloadAboveTheReaderLimitRefused() {
        String text = "x".repeat(4_000);
        List<ExchangeRecord> records = new java.util.ArrayList<>();
        for (int i = 0; i < ExportBundle.MAX_RECORDS; i++) {
            records.add(new ExchangeRecord(ExchangeRecordKind.DEAL, "D-" + i, Map.of("a", text, "b", text, "c", text)));
        }
        ExportBundle huge = new ExportBundle("exchange-a", exportedAt, List.of(), records);
        assertThatThrownBy(() -> huge.sign(keyA)).extracting("field", "rule").containsExactly("bundle", Rule.LIMIT_EXCEEDED);
        String small = bundleOfA().sign(keyA);
        assertThat(bundleOfA().sign(keyA, small.length())).isEqualTo(small);
        assertThatThrownBy(() -> bundleOfA().sign(keyA, small.length() - 1)).extracting("field", "rule")
                .containsExactly("bundle", Rule.LIMIT_EXCEEDED);
    }
}
