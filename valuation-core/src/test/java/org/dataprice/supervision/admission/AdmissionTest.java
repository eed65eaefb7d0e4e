package org.dataprice.supervision.admission;

import org.dataprice.error.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link Admission} against {@link NegativeList#EXAMPLE}: each entry kind with a planted and a clean case, keyword
 * variants of width, case and spacing, exemptions (consent, approval), the citation, and the list's versioning.
 */
class AdmissionTest {
    private static final NegativeList LIST = NegativeList.EXAMPLE;

    private static Declaration decl(String product, String description, String category, List<String> sectors,
                                    List<DataClass> classes, boolean consent, String approval) {
        return new Declaration(product, description, category, sectors, classes, consent, approval);
    }

    private static Declaration clean() {
        return decl("logistics-feed", "Hourly freight volumes by route", "ENTERPRISE", List.of("logistics"),
                List.of(DataClass.GENERAL), false, null);
    }

    @Test
    void test_check_cleanListing_admitted() {
        AdmissionDecision d = Admission.check(LIST, clean());
        assertThat(d.admitted()).isTrue();
        assertThat(d.listVersion()).isEqualTo(1);
        d.requireAdmitted();
    }

    @ParameterizedTest
    @ValueSource(strings = {"online gambling odds", "ONLINE GAMBLING", "Ｇａｍｂｌｉｎｇ tips", "gam bling", "gam\u200Bbling",
            "g\u3000ambling", "GaMbLiNg"})
    void test_check_keywordVariants_refusedCitingTheEntry(String description) {
        AdmissionDecision d = Admission.check(LIST, decl("p1", description, "ENTERPRISE", List.of(), List.of(), false, null));
        assertThat(d.refusals()).singleElement().satisfies(r -> {
            assertThat(r.entryId()).isEqualTo("NL-KW-2");
            assertThat(r.field()).isEqualTo("admission.description");
            assertThat(r.listVersion()).isEqualTo(1);
            assertThat(r.citation()).isEqualTo("negative list v1 entry NL-KW-2 (exchange rules: prohibited sectors)");
        });
    }

    @Test
    void test_check_chineseKeywordInProductIdWithSpaces_refused() {
        AdmissionDecision d = Admission.check(LIST, decl("全国 身份 证号 库", null, "PERSONAL", List.of(), List.of(), false, null));
        assertThat(d.refusals()).extracting(Refusal::entryId, Refusal::field).containsExactly(
                org.assertj.core.groups.Tuple.tuple("NL-KW-1", "productId"));
    }

    @Test
    void test_check_prohibitedSector_refusedNamingTheIndex() {
        AdmissionDecision d = Admission.check(LIST, decl("odds", null, "ENTERPRISE", List.of("sports", "Gambling "),
                List.of(), false, null));
        assertThat(d.refusals()).singleElement().satisfies(r -> {
            assertThat(r.entryId()).isEqualTo("NL-SEC-1");
            assertThat(r.field()).isEqualTo("admission.sectors[1]");
        });
    }

    @Test
    void test_check_personalInformation_needsConsent() {
        Declaration without = decl("crm", null, "PERSONAL", List.of(), List.of(DataClass.GENERAL, DataClass.PERSONAL),
                false, null);
        AdmissionDecision refused = Admission.check(LIST, without);
        assertThat(refused.refusals()).singleElement().satisfies(r -> {
            assertThat(r.entryId()).isEqualTo("NL-PI");
            assertThat(r.field()).isEqualTo("admission.dataClasses[1]");
            assertThat(r.clause()).contains("PIPL Art. 13");
        });
        assertThatThrownBy(refused::requireAdmitted).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> {
                    InvalidInputException x = (InvalidInputException) e;
                    assertThat(x.field()).isEqualTo("admission.dataClasses[1]");
                    assertThat(x.rule().id()).isEqualTo("prohibited");
                    assertThat(x.getMessage()).contains("NL-PI", "v1", "PIPL Art. 13");
                });
        assertThat(Admission.check(LIST, decl("crm", null, "PERSONAL", List.of(), List.of(DataClass.PERSONAL), true,
                null)).admitted()).isTrue();
    }

    @Test
    void test_check_importantData_needsApproval_coreDataNever() {
        assertThat(Admission.check(LIST, decl("grid", null, "PUBLIC", List.of(), List.of(DataClass.IMPORTANT), true, null))
                .refusals()).extracting(Refusal::entryId).containsExactly("NL-IMP");
        assertThat(Admission.check(LIST, decl("grid", null, "PUBLIC", List.of(), List.of(DataClass.IMPORTANT), false,
                "CAC-2026-001")).admitted()).isTrue();
        assertThat(Admission.check(LIST, decl("grid", null, "PUBLIC", List.of(), List.of(DataClass.CORE), true,
                "CAC-2026-001")).refusals()).extracting(Refusal::entryId).containsExactly("NL-CORE");
    }

    @Test
    void test_requireDealAdmitted_namesTheStoredField() {
        AdmissionDecision d = Admission.check(LIST, decl("p", "gambling", "ENTERPRISE", List.of(), List.of(), false, null));
        assertThatThrownBy(() -> d.requireDealAdmitted("listing.admission")).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("listing.admission"));
    }

    @Test
    void test_successor_versionsAndEffectiveOrder() {
        NegativeList v2 = NegativeList.successor(LIST, Instant.parse("2026-06-01T00:00:00Z"), List.of(
                new NegativeListEntry("NL-KW-9", EntryKind.KEYWORD, "casino", Exemption.NONE, "exchange rules")));
        assertThat(v2.version()).isEqualTo(2);
        assertThat(NegativeList.successor(null, Instant.EPOCH, List.of()).version()).isEqualTo(1);
        assertThatThrownBy(() -> NegativeList.successor(v2, Instant.parse("2026-05-01T00:00:00Z"), List.of()))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("effectiveFrom"));
        assertThat(NegativeList.inForce(List.of(LIST, v2), Instant.parse("2026-05-31T23:59:59Z"))).isSameAs(LIST);
        assertThat(NegativeList.inForce(List.of(LIST, v2), Instant.parse("2026-06-01T00:00:00Z"))).isSameAs(v2);
        assertThat(NegativeList.inForce(List.of(LIST, v2), Instant.parse("2025-01-01T00:00:00Z"))).isNull();
        // a listing admitted under v1 may be refused under v2
        Declaration casino = decl("Casino-feed", null, "ENTERPRISE", List.of(), List.of(), false, null);
        assertThat(Admission.check(LIST, casino).admitted()).isTrue();
        assertThat(Admission.check(v2, casino).refusals()).extracting(Refusal::listVersion).containsExactly(2);
    }

    @Test
    void test_entry_invalid_namesTheField() {
        assertField(() -> new NegativeListEntry("a", EntryKind.DATA_CLASS, "SECRET", Exemption.NONE, "x"), "value");
        assertField(() -> new NegativeListEntry("a", EntryKind.KEYWORD, "\u3000 \u200B", Exemption.NONE, "x"), "value");
        assertField(() -> new NegativeListEntry("a", EntryKind.KEYWORD, "k", Exemption.CONSENT, "x"), "exemption");
        assertField(() -> new NegativeListEntry("a", EntryKind.KEYWORD, "k", Exemption.NONE, " "), "clause");
        assertField(() -> new NegativeList(1, Instant.EPOCH, List.of(
                new NegativeListEntry("a", EntryKind.KEYWORD, "k", Exemption.NONE, "x"),
                new NegativeListEntry("a", EntryKind.KEYWORD, "j", Exemption.NONE, "x"))), "entries[1].id");
        assertField(() -> new NegativeList(1, Instant.EPOCH, List.of(
                new NegativeListEntry("a", EntryKind.KEYWORD, "Ｋ", Exemption.NONE, "x"),
                new NegativeListEntry("b", EntryKind.KEYWORD, "k", Exemption.NONE, "x"))), "entries[1].value");
        assertField(() -> decl("p", null, "E", List.of(), List.of(DataClass.CORE, DataClass.CORE), false, null),
                "admission.dataClasses");
        assertField(() -> decl("p", null, "E", List.of(), List.of(), false, " "), "admission.approvalReference");
    }

    /** Property: the check is invariant under the normalisation (seeded random width, case and spacing). */
    @ParameterizedTest
    @ValueSource(longs = {1L, 7L, 20261205L})
    void test_check_invariantUnderWidthCaseAndSpacing(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        String[] words = {"gambling", "freight", "身份证号", "weather", "casino", "route"};
        for (int n = 0; n < 200; n++) {
            StringBuilder plain = new StringBuilder();
            for (int w = 0; w < 3; w++) {
                plain.append(words[random.nextInt(words.length)]).append(' ');
            }
            String disguised = disguise(plain.toString(), random);
            List<String> a = Admission.check(LIST, decl("p", plain.toString(), "E", List.of(), List.of(), false, null))
                    .refusals().stream().map(Refusal::entryId).toList();
            List<String> b = Admission.check(LIST, decl("p", disguised, "E", List.of(), List.of(), false, null))
                    .refusals().stream().map(Refusal::entryId).toList();
            assertThat(b).as("seed %d: %s vs %s", seed, plain, disguised).isEqualTo(a);
            assertThat(a.contains("NL-KW-2")).isEqualTo(plain.toString().contains("gambling"));
        }
    }

    private static String disguise(String text, SplittableRandom random) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            char d = c;
            if (c >= 'a' && c <= 'z') {
                d = switch (random.nextInt(3)) {
                    case 0 -> Character.toUpperCase(c);
                    case 1 -> (char) (c - 'a' + 'ａ'); // full-width (U+FF41..)
                    default -> c;
                };
            }
            out.append(d);
            int noise = random.nextInt(6);
            if (noise == 0) {
                out.append('\u3000');
            } else if (noise == 1) {
                out.append('\u200B');
            } else if (noise == 2) {
                out.append(' ');
            }
        }
        return out.toString();
    }

    private static void assertField(Runnable r, String field) {
        assertThatThrownBy(r::run).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo(field));
    }
}
