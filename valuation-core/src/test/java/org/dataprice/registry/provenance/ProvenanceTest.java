package org.dataprice.registry.provenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dataprice.error.InvalidInputException;
import org.dataprice.registry.Asset;
import org.dataprice.registry.DataClassification;
import org.dataprice.registry.DataGrade;
import org.dataprice.registry.Registration;
import org.dataprice.registry.Rights;
import org.dataprice.registry.Source;
import org.dataprice.registry.SourceKind;
import org.dataprice.registry.authorisation.AuthorisationEntry;
import org.dataprice.registry.authorisation.AuthorisationLedger;
import org.dataprice.registry.authorisation.DataAuthorisation;
import org.dataprice.registry.Term;
import org.junit.jupiter.api.Test;

/** 溯源: a product derived from a personal-data product and an own collection, traced before and after a revocation. */
class ProvenanceTest {
    static final ZoneId CST = ZoneId.of("Asia/Shanghai");
    static final Instant T0 = Instant.parse("2026-03-01T02:00:00Z");
    final Map<String, Registration> registry = new HashMap<>();

    Registration register(String id, Instant at, DataClassification c, Source... sources) {
        Registration r = Registration.register(id, "registrar-1", at, "application", new Asset("asset " + id, "d", c,
                DataGrade.GENERAL, List.of(sources)), Rights.heldBy("operator-x"));
        registry.put(id, r);
        return r;
    }

    Optional<Registration> find(String id) {
        return Optional.ofNullable(registry.get(id));
    }

    @Test
    void test_trace_followsDerivedLinksToAuthorisations() {
        AuthorisationLedger ledger = AuthorisationLedger.empty().append("person-42", T0, "consent",
                new AuthorisationEntry.Authorise(new DataAuthorisation("AUTH-P1", DataClassification.PERSONAL, "person-42",
                        "operator-x", "credit scoring", Term.of(LocalDate.of(2026, 3, 1), LocalDate.of(2027, 3, 1)), true)));
        register("R-RAW", T0.plusSeconds(10), DataClassification.PERSONAL,
                new Source(SourceKind.AUTHORISED, "AUTH-P1", "consented records"));
        register("R-OWN", T0.plusSeconds(20), DataClassification.ENTERPRISE, new Source(SourceKind.COLLECTED, "", "own app"));
        register("R-PRODUCT", T0.plusSeconds(30), DataClassification.ENTERPRISE,
                new Source(SourceKind.DERIVED, "R-RAW", "scores built from"),
                new Source(SourceKind.DERIVED, "R-OWN", "joined with"));
        Instant april = Instant.parse("2026-04-01T00:00:00Z");
        ProvenanceNode tree = Provenance.trace("R-PRODUCT", this::find, ledger, april, CST);
        assertThat(tree.complete()).isTrue();
        assertThat(tree.origins()).extracting(SourceTrace::finding)
                .containsExactly(Finding.AUTHORISATION_IN_FORCE, Finding.COLLECTED);
        assertThat(tree.origins().get(0).evidence()).isEqualTo(ledger.records().get(0).hash());
        assertThat(tree.sources().get(0).derived().registrationId()).isEqualTo("R-RAW");

        AuthorisationLedger revoked = ledger.append("person-42", Instant.parse("2026-05-01T00:00:00Z"), "withdrawn",
                new AuthorisationEntry.Revoke("AUTH-P1"));
        ProvenanceNode after = Provenance.trace("R-PRODUCT", this::find, revoked, Instant.parse("2026-05-02T00:00:00Z"), CST);
        assertThat(after.complete()).isFalse();
        assertThat(after.origins().get(0).finding()).isEqualTo(Finding.AUTHORISATION_NOT_IN_FORCE);
        assertThat(after.origins().get(0).status()).isEqualTo("REVOKED");
        assertThat(Provenance.trace("R-PRODUCT", this::find, revoked, april, CST).complete())
                .as("the past answer does not change").isTrue();
    }

    @Test
    void test_trace_unknownUpstreamAndCycles() {
        register("R-A", T0, DataClassification.ENTERPRISE, new Source(SourceKind.DERIVED, "R-B", "from B"),
                new Source(SourceKind.DERIVED, "R-GHOST", "from nowhere"));
        register("R-B", T0, DataClassification.ENTERPRISE, new Source(SourceKind.DERIVED, "R-A", "from A"));
        ProvenanceNode tree = Provenance.trace("R-A", this::find, AuthorisationLedger.empty(), T0.plusSeconds(1), CST);
        assertThat(tree.complete()).isFalse();
        assertThat(tree.origins()).extracting(SourceTrace::finding).containsExactly(Finding.CYCLE, Finding.REGISTRATION_UNKNOWN);
        assertThatThrownBy(() -> Provenance.trace("R-A", this::find, AuthorisationLedger.empty(), T0.minusSeconds(1), CST))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("registrationId");
    }
}
