package org.dataprice.registry.provenance;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.dataprice.error.InvalidInputException;
import org.dataprice.error.LimitExceededException;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;
import org.dataprice.registry.Registration;
import org.dataprice.registry.RegistrationState;
import org.dataprice.registry.Source;
import org.dataprice.registry.authorisation.AuthorisationLedger;
import org.dataprice.registry.authorisation.AuthorisationRecord;
import org.dataprice.registry.authorisation.AuthorisationStatus;

/**
 * 溯源 — traces a registered product back to its sources as they stood at an instant: each
 * {@link org.dataprice.registry.SourceKind#DERIVED} source is followed to the registration it cites (its
 * state at that instant), each {@link org.dataprice.registry.SourceKind#AUTHORISED} source is looked up in
 * the authorisation ledger ({@link AuthorisationLedger#statusAt}), and {@code COLLECTED} sources end the
 * path. Findings are reported, not thrown: a revoked authorisation or an unknown upstream registration is
 * an answer ({@link Finding}), and {@link ProvenanceNode#complete()} says whether the whole tree is sound.
 *
 * <p>Limits: at most {@value #MAX_NODES} registrations visited in one trace (a shared upstream is visited
 * once per path; {@link LimitExceededException} beyond), and a cycle in derived-from links is reported as
 * {@link Finding#CYCLE} where it closes. Source: plan §6 (授权、存证及溯源). Stateless and thread-safe.
 */
public final class Provenance {
    /** Most registrations visited in one trace. */
    public static final int MAX_NODES = 1_000;

    private Provenance() {
    }

    /**
     * @param registrationId the product's registration; must exist at {@code at}
     * @param registry       finds a registration by id (empty when unknown); not null
     * @param ledger         the authorisation ledger; not null
     * @param at             the instant traced
     * @param zone           the zone of the terms' dates
     * @return the provenance tree
     */
    public static ProvenanceNode trace(String registrationId, Function<String, Optional<Registration>> registry,
            AuthorisationLedger ledger, Instant at, ZoneId zone) {
        Require.notNull(registry, "registry");
        Require.notNull(ledger, "ledger");
        Require.notNull(at, "at");
        Require.notNull(zone, "zone");
        RegistrationState root = registry.apply(registrationId).flatMap(r -> r.stateAt(at)).orElseThrow(
                () -> new InvalidInputException("registrationId", registrationId, Rule.UNKNOWN, "the registrations at " + at));
        return node(root, registry, ledger, at, zone, new HashSet<>(), new int[] {0});
    }

    private static ProvenanceNode node(RegistrationState state, Function<String, Optional<Registration>> registry,
            AuthorisationLedger ledger, Instant at, ZoneId zone, Set<String> path, int[] visited) {
        Require.withinLimit(++visited[0], MAX_NODES, "registrationId", "trace a nearer product");
        path.add(state.registrationId());
        List<SourceTrace> traces = new ArrayList<>();
        for (Source source : state.asset().sources()) {
            traces.add(switch (source.kind()) {
                case COLLECTED -> new SourceTrace(source, Finding.COLLECTED, "", "collected", null);
                case AUTHORISED -> authorised(source, ledger, at, zone);
                case DERIVED -> derived(source, registry, ledger, at, zone, path, visited);
            });
        }
        path.remove(state.registrationId());
        return new ProvenanceNode(state.registrationId(), state.asset().name(), state.asset().classification(),
                state.status(), state.headHash(), traces);
    }

    private static SourceTrace authorised(Source source, AuthorisationLedger ledger, Instant at, ZoneId zone) {
        AuthorisationStatus status = ledger.statusAt(source.reference(), at, zone);
        String evidence = ledger.find(source.reference()).filter(r -> !r.at().isAfter(at)).map(AuthorisationRecord::hash)
                .orElse("");
        Finding finding = switch (status) {
            case IN_FORCE -> Finding.AUTHORISATION_IN_FORCE;
            case UNKNOWN -> Finding.AUTHORISATION_UNKNOWN;
            default -> Finding.AUTHORISATION_NOT_IN_FORCE;
        };
        return new SourceTrace(source, finding, evidence, status.name(), null);
    }

    private static SourceTrace derived(Source source, Function<String, Optional<Registration>> registry,
            AuthorisationLedger ledger, Instant at, ZoneId zone, Set<String> path, int[] visited) {
        if (path.contains(source.reference())) {
            return new SourceTrace(source, Finding.CYCLE, "", "already on the path", null);
        }
        Optional<RegistrationState> upstream = registry.apply(source.reference()).flatMap(r -> r.stateAt(at));
        if (upstream.isEmpty()) {
            return new SourceTrace(source, Finding.REGISTRATION_UNKNOWN, "", "not registered", null);
        }
        ProvenanceNode node = node(upstream.get(), registry, ledger, at, zone, path, visited);
        return new SourceTrace(source, Finding.DERIVED, upstream.get().headHash(), upstream.get().status().name(), node);
    }
}
