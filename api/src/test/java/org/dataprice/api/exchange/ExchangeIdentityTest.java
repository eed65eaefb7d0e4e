package org.dataprice.api.exchange;

import io.micronaut.context.exceptions.ConfigurationException;
import org.dataprice.registry.json.JsonParser;
import org.dataprice.registry.signature.Base64Url;
import org.dataprice.registry.signature.Ed25519;
import org.dataprice.registry.signature.PublishedKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Where the exchange's signing key comes from: configuration, a development key file generated once, or nowhere. */
class ExchangeIdentityTest {
    static final String H2 = "jdbc:h2:mem:x";
    static final String PG = "jdbc:postgresql://127.0.0.1:5432/db";
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T00:00:00Z"), ZoneOffset.UTC);
    /** RFC 8037 Appendix A.1: the seed d and its public key x. */
    static final String D = "nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A";
    static final String X = "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo";

    @TempDir
    Path dir;

    @Test
    void test_configuredSeed_isTheKey() {
        ExchangeIdentity id = new ExchangeIdentity("wdex", D, "2026-01-01T00:00:00Z", dir.resolve("k.json").toString(), PG, CLOCK);

        assertThat(id.exchangeId()).isEqualTo("wdex");
        assertThat(id.signingKey().published().x()).isEqualTo(X);
        assertThat(id.signingKey().kid()).isEqualTo(PublishedKey.thumbprint(X));
        assertThat(id.keySet().keys().get(0).validFrom()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
        assertThat(id.signingKey().toString()).doesNotContain(D);
        assertThat(Files.exists(dir.resolve("k.json"))).as("no file with a configured key").isFalse();
    }

    @Test
    void test_development_generatedOnceOwnerOnlyAndReused() throws Exception {
        Path file = dir.resolve("data/exchange-signing-key.json");
        ExchangeIdentity first = new ExchangeIdentity("dev", "", "", file.toString(), H2, CLOCK);
        ExchangeIdentity again = new ExchangeIdentity("dev", null, null, file.toString(), H2, Clock.systemUTC());

        assertThat(again.signingKey().kid()).isEqualTo(first.signingKey().kid());
        assertThat(again.keySet()).isEqualTo(first.keySet());
        assertThat(first.keySet().keys().get(0).validFrom()).isEqualTo(CLOCK.instant());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        String seed = JsonParser.parseObject(Files.readAllBytes(file), "file").string("d");
        assertThat(PublishedKey.of(Ed25519.keyPair(Base64Url.decode(seed, "d")).getPublic(), CLOCK.instant()))
                .as("the file holds the seed of the published key").isEqualTo(first.signingKey().published());
        ExchangeIdentity other = new ExchangeIdentity("dev", "", "", dir.resolve("other.json").toString(), H2, CLOCK);
        assertThat(other.signingKey().kid()).as("each data directory its own key").isNotEqualTo(first.signingKey().kid());
    }

    @Test
    void test_productionStoreWithoutKey_stopsStartUp() {
        assertThatThrownBy(() -> new ExchangeIdentity("wdex", "", "", dir.resolve("k.json").toString(), PG, CLOCK))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("DATAPRICE_EXCHANGE_SIGNING_KEY");
        assertThat(Files.exists(dir.resolve("k.json"))).isFalse();
    }

    @Test
    void test_badConfiguration_stopsStartUpNamingTheSetting() {
        assertThatThrownBy(() -> new ExchangeIdentity("wdex", D, "", "k", PG, CLOCK))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("valid-from");
        assertThatThrownBy(() -> new ExchangeIdentity("wdex", "short", "2026-01-01T00:00:00Z", "k", PG, CLOCK))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("dataprice.exchange.signing.key");
        assertThatThrownBy(() -> new ExchangeIdentity("not an id", D, "2026-01-01T00:00:00Z", "k", PG, CLOCK))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("dataprice.exchange.id");
    }
}
