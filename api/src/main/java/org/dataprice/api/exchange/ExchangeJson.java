package org.dataprice.api.exchange;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.dataprice.api.json.JsonReadLimits;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The JSON bodies of the exchange-to-exchange endpoints ({@link ExchangeController}). */
public final class ExchangeJson {
    /**
     * The longest bundle an import accepts, in characters: the service's limit on one JSON string
     * ({@link JsonReadLimits#MAX_STRING_LENGTH}; a longer one is 422 {@code limit-exceeded} on {@code bundle} while the
     * body is read, a body above the 10 MiB buffer 413 before it is read). An export signs nothing longer (422 on
     * {@code until}: narrow the period).
     */
    public static final int MAX_BUNDLE = JsonReadLimits.MAX_STRING_LENGTH;

    private ExchangeJson() {
    }

    /**
     * A published Ed25519 key as another exchange publishes it in its {@code /.well-known/exchange-keys.json} (RFC 7517
     * JWK, RFC 8037 OKP): copy one element of its {@code keys} array.
     *
     * @param kty              {@code OKP}
     * @param crv              {@code Ed25519}
     * @param x                the raw public key, base64url (32 bytes)
     * @param kid              the key id: the RFC 7638 thumbprint of the key
     * @param use              {@code sig}, optional
     * @param alg              {@code EdDSA}, optional
     * @param dataPriceValidFrom the first instant the key signs
     * @param dataPriceRetiredAt when its owner retired it, if it did
     */
    @Serdeable
    @Introspected
    public record Jwk(@NotBlank @Size(max = 16) String kty, @NotBlank @Size(max = 16) String crv,
                      @NotBlank @Size(max = 64) String x, @NotBlank @Size(max = 64) String kid,
                      @Nullable @Size(max = 16) String use, @Nullable @Size(max = 16) String alg,
                      @com.fasterxml.jackson.annotation.JsonProperty("dataprice_valid_from") @NotNull Instant dataPriceValidFrom,
                      @com.fasterxml.jackson.annotation.JsonProperty("dataprice_retired_at") @Nullable Instant dataPriceRetiredAt) {
    }

    /**
     * Trust one key of another exchange.
     *
     * @param exchangeId the other exchange's id, as its bundles name it in {@code exporter}
     * @param key        the key, as it publishes it
     * @param reason     why (the agreement, the channel the key was confirmed over)
     */
    @Serdeable
    @Introspected
    public record TrustKeyRequest(@NotBlank @Size(max = 64) String exchangeId, @NotNull @Valid Jwk key,
                                  @NotBlank @Size(max = 500) String reason) {
    }

    /**
     * Retire a trusted key.
     *
     * @param retiredAt from when bundles it signs are refused; default now
     * @param reason    why (rotation announced by its owner, compromise)
     */
    @Serdeable
    @Introspected
    public record RetireKeyRequest(@Nullable Instant retiredAt, @NotBlank @Size(max = 500) String reason) {
    }

    /**
     * One change of the trust list.
     *
     * @param seq        its place in the list's history
     * @param action     {@code ADD} or {@code RETIRE}
     * @param exchangeId the exchange
     * @param kid        the key
     * @param reason     why
     * @param actor      who
     * @param recordedAt when
     */
    @Serdeable
    public record TrustChange(long seq, String action, String exchangeId, String kid, String reason, String actor,
                              Instant recordedAt) {
    }

    /**
     * A trusted key as the trust list holds it now.
     *
     * @param exchangeId the exchange
     * @param kid        the key id
     * @param x          the public key
     * @param validFrom  first signing instant
     * @param retiredAt  when it stopped signing, or null
     */
    @Serdeable
    public record TrustedKey(String exchangeId, String kid, String x, Instant validFrom, @Nullable Instant retiredAt) {
    }

    /**
     * The trust list: its keys now and every change that made it.
     *
     * @param keys    the trusted keys, by exchange then in order of trust
     * @param history every change, oldest first
     */
    @Serdeable
    public record TrustListResponse(List<TrustedKey> keys, List<TrustChange> history) {
    }

    /**
     * Export the records of a period.
     *
     * @param from  the first UTC day, inclusive
     * @param until the day after the last, exclusive (at most 366 days after {@code from})
     */
    @Serdeable
    @Introspected
    public record ExportRequest(@NotNull LocalDate from, @NotNull LocalDate until) {
    }

    /**
     * A signed export bundle.
     *
     * @param exporter   this exchange's id
     * @param kid        the key that signed it
     * @param exportedAt the signing time
     * @param from       the period's first day
     * @param until      the day after its last
     * @param counts     records per section ({@code registrations}, {@code listings}, {@code deals}, {@code indexReleases})
     * @param bundleHash lower-case hex SHA-256 of {@code bundle}
     * @param bundle     the bundle: a compact JWS (RFC 7515 §7.1), {@code typ} {@code dataprice.registry-export}
     */
    @Serdeable
    public record ExportResponse(String exporter, String kid, Instant exportedAt, LocalDate from, LocalDate until,
                                 Map<String, Integer> counts, String bundleHash, String bundle) {
    }

    /**
     * Import a bundle of another exchange.
     *
     * @param bundle the compact JWS exactly as exported
     */
    @Serdeable
    @Introspected
    public record ImportRequest(@NotBlank @Size(max = MAX_BUNDLE) String bundle) {
    }

    /**
     * A recognised bundle.
     *
     * @param id            the import's id
     * @param outcome       {@code RECOGNISED}
     * @param exporter      the exchange that signed it
     * @param kid           its key that signed it
     * @param bundleHash    lower-case hex SHA-256 of the bundle text
     * @param importedAt    when it was first recognised here
     * @param importedBy    who imported it first
     * @param registrations the recognised registrations, as {@code exporter:registrationId}
     * @param listings      the recognised listings, as {@code exporter:id}
     * @param deals         the recognised deals, as {@code exporter:id}
     * @param indexReleases the recognised index releases, as {@code exporter:indexId:vintage}
     */
    @Serdeable
    public record ImportResponse(String id, String outcome, String exporter, String kid, String bundleHash,
                                 Instant importedAt, String importedBy, List<String> registrations, List<String> listings,
                                 List<String> deals, List<String> indexReleases) {
    }

    /** Schema of the public key set (RFC 7517 JWK Set). */
    @Schema(name = "ExchangeKeySet", description = "RFC 7517 JWK Set of the exchange's Ed25519 signing keys")
    public record KeySetSchema(List<Map<String, Object>> keys) {
    }
}
