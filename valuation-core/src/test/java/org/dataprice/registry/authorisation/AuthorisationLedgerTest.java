package org.dataprice.registry.authorisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.dataprice.error.InvalidInputException;
import org.dataprice.error.Rule;
import org.dataprice.registry.DataClassification;
import org.dataprice.registry.Term;
import org.junit.jupiter.api.Test;

/** Authorisation records: rules, revocation, status over time, hash chain (存证). */
class AuthorisationLedgerTest {
    static final ZoneId CST = ZoneId.of("Asia/Shanghai");
    static final Instant T0 = Instant.parse("2026-03-01T02:00:00Z");

    static OperationAgreement agreement() {
        return new OperationAgreement("AG-1", "cq-bigdata-bureau", "operator-x", "traffic sensors, aggregated hourly",
                Term.of(LocalDate.of(2026, 3, 1), LocalDate.of(2029, 3, 1)), "tariff-7");
    }

    static DataAuthorisation personal() {
        return new DataAuthorisation("AUTH-P1", DataClassification.PERSONAL, "person-42", "operator-x",
                "credit scoring with consent", Term.of(LocalDate.of(2026, 3, 1), LocalDate.of(2027, 3, 1)), true);
    }

    static AuthorisationLedger ledger() {
        return AuthorisationLedger.empty()
                .append("registrar-1", T0, "agreement signed 2026-02-20", new AuthorisationEntry.Agree(agreement()))
                .append("person-42", T0.plusSeconds(60), "consent via app", new AuthorisationEntry.Authorise(personal()));
    }

    @Test
    void test_statusAt_termAndRevocation() {
        AuthorisationLedger l = ledger().append("person-42", Instant.parse("2026-06-01T00:00:00Z"), "withdrawn",
                new AuthorisationEntry.Revoke("AUTH-P1"));
        assertThat(l.statusAt("AUTH-P1", T0, CST)).as("before it was recorded").isEqualTo(AuthorisationStatus.UNKNOWN);
        assertThat(l.statusAt("AUTH-P1", Instant.parse("2026-04-01T00:00:00Z"), CST)).isEqualTo(AuthorisationStatus.IN_FORCE);
        assertThat(l.statusAt("AUTH-P1", Instant.parse("2026-06-01T00:00:00Z"), CST)).isEqualTo(AuthorisationStatus.REVOKED);
        assertThat(l.statusAt("AG-1", Instant.parse("2029-03-01T00:00:00Z"), CST)).isEqualTo(AuthorisationStatus.EXPIRED);
        assertThat(l.statusAt("AG-1", Instant.parse("2029-02-28T15:59:59Z"), CST)).isEqualTo(AuthorisationStatus.IN_FORCE);
        assertThat(l.statusAt("AG-1", Instant.parse("2029-02-28T16:00:00Z"), CST)).as("midnight in Chongqing")
                .isEqualTo(AuthorisationStatus.EXPIRED);
        assertThat(l.statusAt("nothing", T0, CST)).isEqualTo(AuthorisationStatus.UNKNOWN);
    }

    @Test
    void test_revoke_onlyByGrantorOnceAndOnlyIfRevocable() {
        AuthorisationLedger l = ledger();
        Instant t = T0.plusSeconds(120);
        assertThatThrownBy(() -> l.append("operator-x", t, "x", new AuthorisationEntry.Revoke("AUTH-P1")))
                .isInstanceOf(InvalidInputException.class).extracting("rule").isEqualTo(Rule.NOT_A_PARTY);
        assertThatThrownBy(() -> l.append("registrar-1", t, "x", new AuthorisationEntry.Revoke("AG-1")))
                .extracting("field").isEqualTo("entry.authorisationId");
        AuthorisationLedger revoked = l.append("person-42", t, "x", new AuthorisationEntry.Revoke("AUTH-P1"));
        assertThatThrownBy(() -> revoked.append("person-42", t, "x", new AuthorisationEntry.Revoke("AUTH-P1")))
                .extracting("rule").isEqualTo(Rule.INVALID_STATE);
        AuthorisationLedger firm = l.append("acme", t, "contract", new AuthorisationEntry.Authorise(new DataAuthorisation(
                "AUTH-E1", DataClassification.ENTERPRISE, "acme", "operator-x", "analytics", Term.of(LocalDate.of(2026, 3, 1), LocalDate.of(2027, 3, 1)), false)));
        assertThatThrownBy(() -> firm.append("acme", t, "x", new AuthorisationEntry.Revoke("AUTH-E1")))
                .extracting("rule").isEqualTo(Rule.INVALID_STATE);
    }

    @Test
    void test_records_rules() {
        assertThatThrownBy(() -> new DataAuthorisation("A", DataClassification.PERSONAL, "p", "q", "x",
                Term.of(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1)), false)).extracting("field").isEqualTo("revocable");
        assertThatThrownBy(() -> new DataAuthorisation("A", DataClassification.PUBLIC, "p", "q", "x",
                Term.of(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1)), true)).extracting("field").isEqualTo("classification");
        assertThatThrownBy(() -> new OperationAgreement("A", "p", "q", "s", Term.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 1)), "free"))
                .extracting("field").isEqualTo("until");
        assertThatThrownBy(() -> ledger().append("x", T0.plusSeconds(61), "again", new AuthorisationEntry.Agree(agreement())))
                .extracting("rule").isEqualTo(Rule.DUPLICATE);
        assertThatThrownBy(() -> ledger().append("x", T0, "late", new AuthorisationEntry.Revoke("AUTH-P1")))
                .extracting("field").isEqualTo("at");
    }

    @Test
    void test_replay_detectsTampering() {
        AuthorisationLedger l = ledger();
        assertThat(AuthorisationLedger.replay(l.records()).records()).isEqualTo(l.records());
        AuthorisationRecord first = l.records().get(0);
        OperationAgreement widened = new OperationAgreement("AG-1", "cq-bigdata-bureau", "operator-x", "all sensor data",
                Term.of(LocalDate.of(2026, 3, 1), LocalDate.of(2029, 3, 1)), "tariff-7");
        List<AuthorisationRecord> edited = new ArrayList<>(l.records());
        edited.set(0, new AuthorisationRecord(1, first.actor(), first.at(), first.reason(),
                new AuthorisationEntry.Agree(widened), first.previousHash(), first.hash()));
        assertThatThrownBy(() -> AuthorisationLedger.replay(edited)).extracting("field").isEqualTo("records[0].hash");
        List<AuthorisationRecord> forged = new ArrayList<>(l.records());
        forged.add(AuthorisationRecord.of(3, "operator-x", T0.plusSeconds(90), "forged", new AuthorisationEntry.Revoke("AUTH-P1"),
                l.records().get(1).hash()));
        assertThatThrownBy(() -> AuthorisationLedger.replay(forged)).extracting("field").isEqualTo("records[2].actor");
    }

    @Test
    void test_fromJson_readsEveryStoredRecordBackAndReplays() {
        AuthorisationLedger l = ledger().append("person-42", Instant.parse("2026-06-01T00:00:00Z"), "withdrawn",
                new AuthorisationEntry.Revoke("AUTH-P1"));
        List<AuthorisationRecord> read = new ArrayList<>();
        for (int i = 0; i < l.records().size(); i++) {
            AuthorisationRecord r = l.records().get(i);
            byte[] stored = org.dataprice.registry.json.CanonicalJson.bytes(r.body());
            read.add(AuthorisationRecord.fromJson(org.dataprice.registry.json.JsonParser.parseObject(stored,
                    "records[" + i + "]"), r.hash()));
        }
        assertThat(read).isEqualTo(l.records());
        assertThat(AuthorisationLedger.replay(read).statusAt("AUTH-P1", Instant.parse("2026-06-02T00:00:00Z"), CST))
                .isEqualTo(AuthorisationStatus.REVOKED);
        String tampered = new String(org.dataprice.registry.json.CanonicalJson.bytes(l.records().get(1).body()),
                java.nio.charset.StandardCharsets.UTF_8).replace("credit scoring", "credit scorinG");
        AuthorisationRecord changed = AuthorisationRecord.fromJson(org.dataprice.registry.json.JsonParser.parseObject(
                tampered.getBytes(java.nio.charset.StandardCharsets.UTF_8), "records[1]"), l.records().get(1).hash());
        assertThatThrownBy(() -> AuthorisationLedger.replay(List.of(read.get(0), changed, read.get(2))))
                .isInstanceOf(InvalidInputException.class).extracting("field").asString().startsWith("records[1]");
        assertThatThrownBy(() -> AuthorisationRecord.fromJson(org.dataprice.registry.json.JsonParser.parseObject(
                tampered.replace("\"authorise\"", "\"grant\"").getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "records[1]"), "x")).extracting("field").isEqualTo("records[1].type");
    }

    @Test
    void test_extendedBy_equalsTheFullReplay_andChecksOnlyTheNewerLinks() {
        AuthorisationLedger full = ledger().append("person-42", Instant.parse("2026-06-01T00:00:00Z"), "withdrawn",
                new AuthorisationEntry.Revoke("AUTH-P1"));
        AuthorisationLedger cached = AuthorisationLedger.replay(full.records().subList(0, 1));
        AuthorisationLedger extended = cached.extendedBy(full.records().subList(1, 3));
        assertThat(extended.records()).isEqualTo(full.records());
        assertThat(extended.head()).isEqualTo(full.head()).isNotEqualTo(cached.head());
        assertThat(extended.statusAt("AUTH-P1", Instant.parse("2026-06-02T00:00:00Z"), CST))
                .isEqualTo(AuthorisationStatus.REVOKED);
        assertThat(cached.extendedBy(List.of())).isSameAs(cached);
        assertThat(AuthorisationLedger.empty().head()).isEqualTo(org.dataprice.registry.HashChain.GENESIS);
        // a record that does not continue the cached head (another history) is refused, named by its position
        assertThatThrownBy(() -> cached.extendedBy(full.records().subList(2, 3)))
                .extracting("field").isEqualTo("records[1].sequence");
        AuthorisationRecord second = full.records().get(1);
        AuthorisationRecord relinked = AuthorisationRecord.of(2, second.actor(), second.at(), second.reason(), second.entry(),
                org.dataprice.registry.HashChain.GENESIS);
        assertThatThrownBy(() -> cached.extendedBy(List.of(relinked))).extracting("field")
                .isEqualTo("records[1].previousHash");
        // rules are checked against the cached records too: a second grant of AG-1 is a duplicate
        AuthorisationRecord again = AuthorisationRecord.of(2, "x", T0.plusSeconds(70), "again",
                new AuthorisationEntry.Agree(agreement()), cached.head());
        assertThatThrownBy(() -> cached.extendedBy(List.of(again))).extracting("field").isEqualTo("records[1].entry.id");
    }

    @Test
    void test_requirePayable_inForceAuthorisationOfThePayee() {
        AuthorisationLedger l = ledger();
        Instant april = Instant.parse("2026-04-01T00:00:00Z");
        assertThat(l.requirePayable("AUTH-P1", java.util.Set.of("person-42"), april, CST).grantor()).isEqualTo("person-42");
        assertThatThrownBy(() -> l.requirePayable("AUTH-P1", java.util.Set.of("operator-x"), april, CST))
                .isInstanceOf(InvalidInputException.class).extracting("rule").isEqualTo(Rule.NOT_A_PARTY);
        assertThatThrownBy(() -> l.requirePayable("nothing", java.util.Set.of("person-42"), april, CST))
                .extracting("rule").isEqualTo(Rule.UNKNOWN);
        assertThatThrownBy(() -> l.requirePayable("AUTH-P1", java.util.Set.of("person-42"), T0, CST))
                .as("not yet recorded at that instant").extracting("rule").isEqualTo(Rule.UNKNOWN);
        assertThatThrownBy(() -> l.requirePayable("AG-1", java.util.Set.of("cq-bigdata-bureau"), april, CST))
                .extracting("rule").isEqualTo(Rule.INVALID_STATE);
        assertThatThrownBy(() -> l.requirePayable("AUTH-P1", java.util.Set.of("person-42"),
                Instant.parse("2027-03-02T00:00:00Z"), CST)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("EXPIRED").extracting("field").isEqualTo("authorisationId");
        AuthorisationLedger revoked = l.append("person-42", Instant.parse("2026-06-01T00:00:00Z"), "withdrawn",
                new AuthorisationEntry.Revoke("AUTH-P1"));
        assertThatThrownBy(() -> revoked.requirePayable("AUTH-P1", java.util.Set.of("person-42"),
                Instant.parse("2026-06-02T00:00:00Z"), CST)).hasMessageContaining("REVOKED");
        assertThat(revoked.requirePayable("AUTH-P1", java.util.Set.of("person-42"), april, CST)).isNotNull();
    }
}
