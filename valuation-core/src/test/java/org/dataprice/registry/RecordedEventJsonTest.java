package org.dataprice.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dataprice.registry.RegistryFixtures.T0;
import static org.dataprice.registry.RegistryFixtures.registered;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.dataprice.error.InvalidInputException;
import org.dataprice.registry.json.CanonicalJson;
import org.dataprice.registry.json.JsonParser;
import org.junit.jupiter.api.Test;

/**
 * A stored history reads back: every event type's body, written as canonical JSON and parsed again
 * ({@link RecordedEvent#fromJson}), is the same event with the same hash, and {@link Registration#replay} of the
 * read-back history is the same state; a body that does not match its stored hash is named by replay.
 */
class RecordedEventJsonTest {
    private static Registration everyEvent() {
        Registration r = registered("REG-1");
        r = r.apply("registrar", T0.plusSeconds(10), "corrected description", new RegistryEvent.Amend(
                RegistryFixtures.enterpriseAsset()));
        r = r.apply("registrar", T0.plusSeconds(20), "sale contract S-1", new RegistryEvent.Transfer(
                RightKind.PRODUCT_OPERATION, "acme", "beta", new BigDecimal("0.25")));
        r = r.apply("registrar", T0.plusSeconds(30), "licence L-1", new RegistryEvent.License(new RightLicense("L-1",
                RightKind.PRODUCT_OPERATION, "acme", "gamma", "resale in the west region",
                Term.of(LocalDate.parse("2026-04-01"), LocalDate.parse("2027-04-01")))));
        r = r.apply("registrar", T0.plusSeconds(40), "audit", new RegistryEvent.Suspend());
        r = r.apply("registrar", T0.plusSeconds(50), "audit passed", new RegistryEvent.Reinstate());
        return r.apply("registrar", T0.plusSeconds(60), "asset withdrawn", new RegistryEvent.Cancel());
    }

    private static RecordedEvent readBack(RecordedEvent e) {
        return RecordedEvent.fromJson(JsonParser.parseObject(CanonicalJson.bytes(e.body()), "events[0]"), e.hash());
    }

    @Test
    void test_fromJson_everyType_isTheSameEvent() {
        Registration r = everyEvent();
        List<RecordedEvent> back = r.events().stream().map(RecordedEventJsonTest::readBack).toList();
        assertThat(back).isEqualTo(r.events());
        assertThat(back.stream().map(RecordedEvent::computeHash).toList())
                .isEqualTo(r.events().stream().map(RecordedEvent::hash).toList());
        assertThat(Registration.replay(back).state()).isEqualTo(r.state());
    }

    @Test
    void test_fromJson_changedBody_isNamedByReplay() {
        Registration r = everyEvent();
        List<RecordedEvent> back = new java.util.ArrayList<>(r.events().stream().map(RecordedEventJsonTest::readBack).toList());
        RecordedEvent third = back.get(2);
        String body = CanonicalJson.write(third.body()).replace("0.25", "0.5");
        back.set(2, RecordedEvent.fromJson(JsonParser.parseObject(body.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "events[2]"), third.hash()));
        assertThatThrownBy(() -> Registration.replay(back)).isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("events[2].hash");
    }

    @Test
    void test_fromJson_unknownType_isNamed() {
        RecordedEvent first = registered("REG-2").head();
        String body = CanonicalJson.write(first.body()).replace("\"type\":\"register\"", "\"type\":\"merge\"");
        assertThatThrownBy(() -> RecordedEvent.fromJson(JsonParser.parseObject(
                body.getBytes(java.nio.charset.StandardCharsets.UTF_8), "body"), first.hash()))
                .isInstanceOf(InvalidInputException.class).extracting(e -> ((InvalidInputException) e).field())
                .isEqualTo("type");
    }

    @Test
    void test_fromJson_badFraction_namesItsPath() {
        Registration r = everyEvent();
        RecordedEvent transfer = r.events().get(2);
        String body = CanonicalJson.write(transfer.body()).replace("\"0.25\"", "\"1.5\"");
        assertThatThrownBy(() -> RecordedEvent.fromJson(JsonParser.parseObject(
                body.getBytes(java.nio.charset.StandardCharsets.UTF_8), "body"), transfer.hash()))
                .isInstanceOf(InvalidInputException.class).extracting(e -> ((InvalidInputException) e).field())
                .isEqualTo("body.event.fraction");
    }
}
