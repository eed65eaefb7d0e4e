package org.dataprice.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dataprice.registry.RegistryFixtures.T0;
import static org.dataprice.registry.RegistryFixtures.registered;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.dataprice.error.InvalidInputException;
import org.dataprice.error.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The registration aggregate: the state machine table, the three rights, the queries and the hash chain. */
class RegistrationTest {
    static final ZoneId CST = ZoneId.of("Asia/Shanghai");

    static RegistryEvent event(String name) {
        return switch (name) {
            case "amend" -> new RegistryEvent.Amend(RegistryFixtures.enterpriseAsset());
            case "transfer" -> new RegistryEvent.Transfer(RightKind.PRODUCT_OPERATION, "acme", "beta", new BigDecimal("0.5"));
            case "license" -> new RegistryEvent.License(new RightLicense("L1", RightKind.PRODUCT_OPERATION, "acme", "gamma",
                    "resale in Chongqing", Term.of(LocalDate.of(2026, 3, 1), LocalDate.of(2027, 3, 1))));
            case "suspend" -> new RegistryEvent.Suspend();
            case "reinstate" -> new RegistryEvent.Reinstate();
            case "cancel" -> new RegistryEvent.Cancel();
            case "register" -> new RegistryEvent.Register(RegistryFixtures.enterpriseAsset(), Rights.heldBy("acme"));
            default -> throw new IllegalArgumentException(name);
        };
    }

    static Registration inStatus(RegistrationStatus status) {
        Registration r = registered("R-1");
        if (status == RegistrationStatus.SUSPENDED) {
            r = r.apply("registrar-1", T0.plusSeconds(10), "dispute D-7", new RegistryEvent.Suspend());
        } else if (status == RegistrationStatus.CANCELLED) {
            r = r.apply("registrar-1", T0.plusSeconds(10), "withdrawn", new RegistryEvent.Cancel());
        }
        return r;
    }

    /** The table of the Registration Javadoc: every event × every status, allowed or refused with INVALID_STATE. */
    static Stream<Arguments> table() {
        String[] events = {"register", "amend", "transfer", "license", "suspend", "reinstate", "cancel"};
        Map<RegistrationStatus, List<String>> allowed = new EnumMap<>(RegistrationStatus.class);
        allowed.put(RegistrationStatus.ACTIVE, List.of("amend", "transfer", "license", "suspend", "cancel"));
        allowed.put(RegistrationStatus.SUSPENDED, List.of("amend", "reinstate", "cancel"));
        allowed.put(RegistrationStatus.CANCELLED, List.of());
        List<Arguments> cases = new ArrayList<>();
        for (RegistrationStatus status : RegistrationStatus.values()) {
            for (String e : events) {
                cases.add(Arguments.of(status, e, allowed.get(status).contains(e)));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{1} while {0}: allowed={2}")
    @MethodSource("table")
    void test_apply_stateMachineTable(RegistrationStatus status, String eventName, boolean allowed) {
        Registration r = inStatus(status);
        if (allowed) {
            Registration next = r.apply("registrar-1", T0.plusSeconds(20), "case", event(eventName));
            assertThat(next.events()).hasSize(r.events().size() + 1);
            assertThat(next.head().sequence()).isEqualTo(r.head().sequence() + 1);
            assertThat(next.head().previousHash()).isEqualTo(r.head().hash());
        } else {
            assertThatThrownBy(() -> r.apply("registrar-1", T0.plusSeconds(20), "case", event(eventName)))
                    .isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> {
                        assertThat(((InvalidInputException) e).field()).isEqualTo("status");
                        assertThat(((InvalidInputException) e).rule()).isEqualTo(Rule.INVALID_STATE);
                    });
        }
    }

    @Test
    void test_apply_refusalMessagesStateTheRule() {
        assertThatThrownBy(() -> inStatus(RegistrationStatus.SUSPENDED).apply("x", T0.plusSeconds(20), "r", event("transfer")))
                .hasMessageContaining("transfer while SUSPENDED");
        assertThatThrownBy(() -> inStatus(RegistrationStatus.CANCELLED).apply("x", T0.plusSeconds(20), "r", event("amend")))
                .hasMessageContaining("nothing follows a cancellation");
    }

    @Test
    void test_apply_timeRunsForward() {
        assertThatThrownBy(() -> registered("R-1").apply("x", T0.minusSeconds(1), "r", event("suspend")))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("at");
    }

    @Test
    void test_transfer_movesExactSharesAndDropsEmptyHolders() {
        Registration r = registered("R-1")
                .apply("acme", T0.plusSeconds(1), "sale of half", event("transfer"))
                .apply("acme", T0.plusSeconds(2), "sale of rest",
                        new RegistryEvent.Transfer(RightKind.PRODUCT_OPERATION, "acme", "beta", new BigDecimal("0.50")));
        assertThat(r.state().rights().of(RightKind.PRODUCT_OPERATION)).containsExactly(Share.of("beta", "1"));
        assertThat(r.state().rights().of(RightKind.RESOURCE_HOLDING)).containsExactly(Share.of("acme", "1"));
        assertThatThrownBy(() -> r.apply("acme", T0.plusSeconds(3), "again",
                new RegistryEvent.Transfer(RightKind.PRODUCT_OPERATION, "acme", "beta", new BigDecimal("0.1"))))
                .isInstanceOf(InvalidInputException.class).extracting("rule").isEqualTo(Rule.NOT_A_PARTY);
        assertThatThrownBy(() -> r.apply("beta", T0.plusSeconds(3), "too much",
                new RegistryEvent.Transfer(RightKind.RESOURCE_HOLDING, "acme", "beta", new BigDecimal("1.5"))))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("fraction");
    }

    /** Property: any seeded sequence of valid transfers keeps every right's shares summing to exactly 1. */
    @ParameterizedTest
    @MethodSource("seeds")
    void test_transfer_sharesAlwaysSumToExactlyOne(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        String[] parties = {"p0", "p1", "p2", "p3", "p4"};
        Registration r = Registration.register("R-" + seed, "registrar-1", T0, "a", RegistryFixtures.enterpriseAsset(),
                Rights.heldBy("p0"));
        for (int step = 0; step < 30; step++) {
            RightKind kind = RightKind.values()[random.nextInt(3)];
            List<Share> holders = r.state().rights().of(kind);
            Share giver = holders.get(random.nextInt(holders.size()));
            String to = parties[random.nextInt(parties.length)];
            if (to.equals(giver.party())) {
                continue;
            }
            // a random fraction of the giver's share, to 1..6 decimals (never more than it holds)
            int scale = 1 + random.nextInt(6);
            BigDecimal f = giver.fraction().multiply(BigDecimal.valueOf(1 + random.nextInt(100), 2))
                    .setScale(scale, java.math.RoundingMode.DOWN);
            if (f.signum() == 0) {
                continue;
            }
            r = r.apply(giver.party(), T0.plusSeconds(step + 1), "trade", new RegistryEvent.Transfer(kind, giver.party(), to, f));
            for (RightKind k : RightKind.values()) {
                BigDecimal sum = r.state().rights().of(k).stream().map(Share::fraction).reduce(BigDecimal.ZERO, BigDecimal::add);
                assertThat(sum).as("seed %d step %d %s", seed, step, k).isEqualByComparingTo(BigDecimal.ONE);
            }
        }
        assertThat(Registration.replay(r.events()).state()).isEqualTo(r.state());
    }

    static Stream<Long> seeds() {
        return IntStream.range(0, 40).mapToObj(i -> 1_000L + i);
    }

    @Test
    void test_rights_sharesMustSumToExactlyOne() {
        Map<RightKind, List<Share>> holders = new EnumMap<>(RightKind.class);
        holders.put(RightKind.RESOURCE_HOLDING, List.of(Share.of("a", "0.3333"), Share.of("b", "0.6666")));
        holders.put(RightKind.PROCESSING_USE, List.of(Share.of("a", "1")));
        holders.put(RightKind.PRODUCT_OPERATION, List.of(Share.of("a", "1")));
        assertThatThrownBy(() -> new Rights(holders)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> {
                    assertThat(((InvalidInputException) e).field()).isEqualTo("holders.RESOURCE_HOLDING");
                    assertThat(((InvalidInputException) e).rule()).isEqualTo(Rule.SUM_MISMATCH);
                });
        holders.put(RightKind.RESOURCE_HOLDING, List.of(Share.of("a", "0.5"), Share.of("a", "0.5")));
        assertThatThrownBy(() -> new Rights(holders)).extracting("rule").isEqualTo(Rule.DUPLICATE);
        holders.remove(RightKind.PRODUCT_OPERATION);
        holders.put(RightKind.RESOURCE_HOLDING, List.of(Share.of("a", "1")));
        assertThatThrownBy(() -> new Rights(holders)).extracting("field").isEqualTo("holders.PRODUCT_OPERATION");
        assertThat(Share.of("a", "0.500").fraction()).isEqualTo(new BigDecimal("0.5"));
        assertThatThrownBy(() -> Share.of("a", "0.0000000000001")).extracting("rule").isEqualTo(Rule.PRECISION_LOSS);
    }

    @Test
    void test_asset_publicAndPersonalDataNeedAnAuthorisedSource() {
        List<Source> collected = List.of(new Source(SourceKind.COLLECTED, "", "own app"));
        for (DataClassification c : List.of(DataClassification.PUBLIC, DataClassification.PERSONAL)) {
            assertThatThrownBy(() -> new Asset("n", "d", c, DataGrade.GENERAL, collected))
                    .isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e).rule()).isEqualTo(Rule.TOO_FEW));
            assertThat(new Asset("n", "d", c, DataGrade.IMPORTANT,
                    List.of(new Source(SourceKind.AUTHORISED, "AUTH-1", "authorisation")))).isNotNull();
        }
        assertThatThrownBy(() -> new Source(SourceKind.DERIVED, "", "x")).extracting("field").isEqualTo("reference");
        assertThatThrownBy(() -> new Source(SourceKind.COLLECTED, "X", "x")).extracting("field").isEqualTo("reference");
    }

    @Test
    void test_operatorsOn_holdersAndLicenseesOnTheDay() {
        Registration r = registered("R-1")
                .apply("acme", T0.plusSeconds(60), "licence", event("license"))
                .apply("acme", Instant.parse("2026-06-01T04:00:00Z"), "sale", event("transfer"));
        assertThat(r.operatorsOn(LocalDate.of(2026, 2, 28), CST)).isEmpty();
        assertThat(r.operatorsOn(LocalDate.of(2026, 3, 1), CST)).containsExactly("acme", "gamma");
        assertThat(r.operatorsOn(LocalDate.of(2026, 6, 1), CST)).containsExactly("acme", "beta", "gamma");
        assertThat(r.operatorsOn(LocalDate.of(2027, 3, 1), CST)).containsExactly("acme", "beta");
        assertThat(r.holdersAt(RightKind.PRODUCT_OPERATION, Instant.parse("2026-05-31T00:00:00Z")))
                .containsExactly(Share.of("acme", "1"));
        assertThat(r.requireOperator("gamma", LocalDate.of(2026, 4, 1), CST)).isEqualTo("gamma");
        assertThatThrownBy(() -> r.requireOperator("delta", LocalDate.of(2026, 4, 1), CST))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> {
                    assertThat(((InvalidInputException) e).field()).isEqualTo("sellerId");
                    assertThat(((InvalidInputException) e).rule()).isEqualTo(Rule.NOT_A_PARTY);
                });
        Registration suspended = r.apply("registrar-1", Instant.parse("2026-07-01T00:00:00Z"), "review", event("suspend"));
        assertThatThrownBy(() -> suspended.requireOperator("acme", LocalDate.of(2026, 7, 2), CST))
                .extracting("rule").isEqualTo(Rule.INVALID_STATE);
        assertThat(suspended.requireOperator("acme", LocalDate.of(2026, 6, 2), CST)).isEqualTo("acme");
    }

    @Test
    void test_requireActiveOn_refusesBeforeRegistrationWhileSuspendedAndAfterCancel() {
        Registration r = registered("R-1");
        LocalDate registeredDay = LocalDate.ofInstant(T0, CST);
        assertThat(r.requireActiveOn(registeredDay, CST).status()).isEqualTo(RegistrationStatus.ACTIVE);
        assertThatThrownBy(() -> r.requireActiveOn(registeredDay.minusDays(1), CST))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("not yet registered")
                .extracting("field").isEqualTo("status");
        Registration suspended = r.apply("registrar-1", Instant.parse("2026-07-01T00:00:00Z"), "review", event("suspend"));
        assertThatThrownBy(() -> suspended.requireActiveOn(LocalDate.of(2026, 7, 2), CST))
                .extracting("rule").isEqualTo(Rule.INVALID_STATE);
        assertThat(suspended.requireActiveOn(LocalDate.of(2026, 6, 30), CST).status()).isEqualTo(RegistrationStatus.ACTIVE);
        Registration cancelled = suspended.apply("registrar-1", Instant.parse("2026-08-01T00:00:00Z"), "end", event("cancel"));
        assertThatThrownBy(() -> cancelled.requireActiveOn(LocalDate.of(2026, 8, 2), CST))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("CANCELLED");
    }

    @Test
    void test_license_licensorMustHoldTheRightAndIdsAreUnique() {
        Registration r = registered("R-1").apply("acme", T0.plusSeconds(1), "l", event("license"));
        assertThatThrownBy(() -> r.apply("acme", T0.plusSeconds(2), "l", event("license")))
                .extracting("field").isEqualTo("license.licenseId");
        assertThatThrownBy(() -> r.apply("beta", T0.plusSeconds(2), "l", new RegistryEvent.License(new RightLicense("L2",
                RightKind.PROCESSING_USE, "beta", "gamma", "s", Term.of(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 1))))))
                .extracting("field").isEqualTo("license.licensor");
    }

    @Test
    void test_replay_detectsEveryKindOfTampering() {
        Registration r = registered("R-1").apply("acme", T0.plusSeconds(1), "half", event("transfer"))
                .apply("registrar-1", T0.plusSeconds(2), "review", event("suspend"));
        assertThat(Registration.replay(r.events()).state()).isEqualTo(r.state());
        List<RecordedEvent> e = r.events();
        RecordedEvent second = e.get(1);
        // changed content, hash kept
        RecordedEvent edited = new RecordedEvent(second.registrationId(), 2, second.actor(), second.at(), "a different reason",
                second.event(), second.previousHash(), second.hash());
        assertThatThrownBy(() -> Registration.replay(List.of(e.get(0), edited, e.get(2))))
                .extracting("field").isEqualTo("events[1].hash");
        // changed content, hash recomputed: the next link breaks
        RecordedEvent rehashed = RecordedEvent.of(second.registrationId(), 2, second.actor(), second.at(), "a different reason",
                second.event(), second.previousHash());
        assertThatThrownBy(() -> Registration.replay(List.of(e.get(0), rehashed, e.get(2))))
                .extracting("field").isEqualTo("events[2].previousHash");
        // removed event
        assertThatThrownBy(() -> Registration.replay(List.of(e.get(0), e.get(2))))
                .extracting("field").isEqualTo("events[1].sequence");
        // an illegal transition with a valid chain
        RecordedEvent transferWhileSuspended = RecordedEvent.of("R-1", 4, "acme", T0.plusSeconds(3), "x", event("transfer"),
                e.get(2).hash());
        List<RecordedEvent> illegal = new ArrayList<>(e);
        illegal.add(transferWhileSuspended);
        assertThatThrownBy(() -> Registration.replay(illegal)).extracting("field").isEqualTo("events[3].status");
    }

    @Test
    void test_stateAt_beforeRegistrationIsEmpty() {
        Registration r = registered("R-1");
        assertThat(r.stateAt(T0.minusSeconds(1))).isEmpty();
        assertThat(r.stateAt(T0)).contains(r.state());
        assertThat(r.holdersAt(RightKind.PRODUCT_OPERATION, T0.minusSeconds(1))).isEmpty();
    }

    @Test
    void test_snapshot_jsonRoundTrip() {
        Registration r = registered("R-1").apply("acme", T0.plusSeconds(1), "l", event("license"));
        RegistrationSnapshot snapshot = RegistrationSnapshot.of(r);
        byte[] json = org.dataprice.registry.json.CanonicalJson.bytes(snapshot.toJson());
        RegistrationSnapshot back = RegistrationSnapshot.fromJson(
                org.dataprice.registry.json.JsonParser.parseObject(json, "snapshot"));
        assertThat(back).isEqualTo(snapshot);
    }
}
