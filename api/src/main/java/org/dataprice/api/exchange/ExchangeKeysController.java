package org.dataprice.api.exchange;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * This exchange's public signing keys for exchange-to-exchange bundles, anonymous: an RFC 7517 JWK Set of OKP Ed25519
 * keys (RFC 8037), each with its id (RFC 7638 thumbprint) and validity ({@code dataprice_valid_from},
 * {@code dataprice_retired_at}). Another exchange's administrator copies a key from here into its trust list. Kept
 * apart from the registry's certificate key set ({@code /.well-known/jwks.json}): a different key for a different
 * purpose, so that either can rotate alone.
 */
@Controller("/.well-known")
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "Exchange", description = "Exchange-to-exchange: trust list, signed export, import and recognition (ADMIN)")
public class ExchangeKeysController {
    /** The media type of a JWK Set (RFC 7517 §8.5.1). */
    public static final String JWK_SET = "application/jwk-set+json";
    private final ExchangeIdentity identity;

    /** @param identity this exchange's signing identity */
    public ExchangeKeysController(ExchangeIdentity identity) {
        this.identity = identity;
    }

    /** @return the key set, canonical JSON */
    @Get(value = "/exchange-keys.json", produces = JWK_SET)
    @Operation(summary = "The exchange's public signing keys", description = "RFC 7517 JWK Set; no key needed.")
    @ApiResponse(responseCode = "200", description = "The key set", content = @Content(mediaType = JWK_SET,
            schema = @Schema(implementation = ExchangeJson.KeySetSchema.class)))
    public HttpResponse<byte[]> keys() {
        return HttpResponse.ok(identity.keySetJson()).contentType(JWK_SET).header("Cache-Control", "public, max-age=300");
    }
}
