package org.dataprice.api.exchange;

import org.dataprice.api.problem.Problem;
import org.dataprice.api.storage.StorageWriteGuard;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import org.dataprice.api.idempotency.Idempotent;
import org.dataprice.api.security.Roles;

import java.net.URI;
import java.security.Principal;

/**
 * 互联互通 — exchange-to-exchange, ADMIN only: the trust list of other exchanges' keys, signed exports of this
 * exchange's records, and imports of other exchanges' bundles (recognised or refused with the reason).
 * The public key set is at {@code /.well-known/exchange-keys.json} ({@link ExchangeKeysController}).
 */
@Controller("/v1/exchange")
@Secured(Roles.ADMIN)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Exchange", description = "Exchange-to-exchange: trust list, signed export, import and recognition (ADMIN)")
public class ExchangeController {
    private static final String KID = "[A-Za-z0-9_-]{43}";
    private static final String UUID = "[0-9a-f-]{36}";
    private final TrustListService trust;
    private final ExchangeExportService exports;
    private final ExchangeImportService imports;

    /**
     * @param trust   the trust list
     * @param exports the exports
     * @param imports the imports
     */
    public ExchangeController(TrustListService trust, ExchangeExportService exports, ExchangeImportService imports) {
        this.trust = trust;
        this.exports = exports;
        this.imports = imports;
    }

    /** @return the trusted keys and every change of the list */
    @Get("/trusted-keys")
    @Operation(summary = "The trust list", description = "Other exchanges' keys trusted now, and every add and retirement "
            + "with who, when and why.")
    public ExchangeJson.TrustListResponse trustList() {
        return trust.show();
    }

    /**
     * @param request   the exchange, its key as it publishes it, why
     * @param principal the administrator
     * @return 201 with the trust list
     */
    @Post("/trusted-keys")
    @Idempotent
    @Operation(summary = "Trust a key of another exchange", description = "Append-only and hash-chained. The key is one "
            + "element of the other exchange's /.well-known/exchange-keys.json; its kid must be the RFC 7638 thumbprint of "
            + "x, and a key id is trusted for one exchange only (422 duplicate on key.kid).")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "trust exchange A", value = ExchangeExamples.TRUST)))
    public HttpResponse<ExchangeJson.TrustListResponse> addTrustedKey(@Body @Valid ExchangeJson.TrustKeyRequest request,
                                                                     Principal principal) {
        return HttpResponse.created(trust.add(request, principal.getName()), URI.create("/v1/exchange/trusted-keys"));
    }

    /**
     * @param kid       the trusted key
     * @param request   from when, why
     * @param principal the administrator
     * @return 201 with the trust list
     */
    @Post("/trusted-keys/{kid}/retirements")
    @Idempotent
    @Operation(summary = "Retire a trusted key", description = "Bundles the key signed before retiredAt (default now) stay "
            + "recognised; a bundle dated from then on is refused. Once per key (422 invalid-state on retiredAt); an "
            + "unknown key is 422 unknown on kid.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "retire at rotation", value = ExchangeExamples.RETIRE)))
    public HttpResponse<ExchangeJson.TrustListResponse> retireTrustedKey(@PathVariable @Pattern(regexp = KID) String kid,
                                                                        @Body @Valid ExchangeJson.RetireKeyRequest request,
                                                                        Principal principal) {
        return HttpResponse.created(trust.retire(kid, request, principal.getName()), URI.create("/v1/exchange/trusted-keys"));
    }

    /**
     * @param request the period
     * @return the signed bundle
     */
    @Post("/exports")
    @Operation(summary = "Export a signed bundle", description = "Registrations, listings, deals and index releases of the "
            + "UTC days [from, until), signed by this exchange (format dataprice.registry-export, version 2; docs/registry.md). "
            + "At most 366 days and 1000 records per section (else 422 limit-exceeded on until: narrow the period). "
            + "Nothing is stored.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "March 2026", value = ExchangeExamples.EXPORT)))
    @ApiResponse(responseCode = "200", description = "The bundle", content = @Content(
            schema = @Schema(implementation = ExchangeJson.ExportResponse.class)))
    @ApiResponse(responseCode = "507", description = StorageWriteGuard.OPENAPI_507, content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ExchangeJson.ExportResponse export(@Body @Valid ExchangeJson.ExportRequest request) {
        return exports.export(request);
    }

    /**
     * @param request   the bundle
     * @param principal the administrator
     * @return 201 when recognised now, 200 when the same bundle was recognised before
     */
    @Post("/imports")
    @Operation(summary = "Import another exchange's bundle", description = "Verified against the trust list: recognised "
            + "(201, stored with the exporter, key id and bundle hash; the same bundle again answers 200 with the first "
            + "import) or refused (422 not-recognised on bundle, the reason in detail: untrusted key, altered bytes, "
            + "unknown format version, key not in service at exportedAt). Exactly-once by the bundle's SHA-256.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "a bundle of exchange A", value = ExchangeExamples.IMPORT)))
    @ApiResponse(responseCode = "201", description = "Recognised", content = @Content(
            schema = @Schema(implementation = ExchangeJson.ImportResponse.class)))
    @ApiResponse(responseCode = "507", description = StorageWriteGuard.OPENAPI_507, content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<ExchangeJson.ImportResponse> importBundle(@Body @Valid ExchangeJson.ImportRequest request,
                                                                 Principal principal) {
        ExchangeImportService.Imported imported = imports.importBundle(request.bundle(), principal.getName());
        URI location = URI.create("/v1/exchange/imports/" + imported.body().id());
        return imported.created() ? HttpResponse.created(imported.body(), location)
                : HttpResponse.ok(imported.body()).header("Location", location.toString());
    }

    /**
     * @param id an import id
     * @return the import
     */
    @Get("/imports/{id}")
    @Operation(summary = "A recognised import", description = "Exporter, key id, bundle hash and the recognised ids.")
    public ExchangeJson.ImportResponse importOf(@PathVariable @Pattern(regexp = UUID) String id) {
        return imports.find(id);
    }
}
