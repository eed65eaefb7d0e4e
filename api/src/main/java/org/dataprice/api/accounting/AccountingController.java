package org.dataprice.api.accounting;

import org.dataprice.api.budget.Interruptible;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
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
import org.dataprice.accounting.AmortisationSchedule;
import org.dataprice.api.security.Roles;
import org.dataprice.api.storage.AllowedBelowFloor;

/**
 * Accounting for data resources (财会〔2023〕11号, CAS 1, CAS 6, CAS 8): stateless computations
 * ({@code APPRAISER} or {@code READER}; no Idempotency-Key needed). Every answer carries the explanation.
 */
@Interruptible
@AllowedBelowFloor("computes from the request and stores nothing")
@Controller("/v1/accounting")
@Secured({Roles.APPRAISER, Roles.READER})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Accounting", description = "Classification and capitalisation, amortisation schedules, CAS 8 impairment "
        + "and inventory at the lower of cost and NRV for data resources")
public class AccountingController {
    /** The CSV media type of the schedule. */
    public static final String TEXT_CSV = "text/csv";
    /** Header carrying the explanation's method id on a CSV answer. */
    public static final String METHOD_HEADER = "Dataprice-Method";
    /** Header carrying the explanation's input hash on a CSV answer. */
    public static final String INPUT_HASH_HEADER = "Dataprice-Input-Hash";

    private final AccountingService accounting;

    /** @param accounting the accounting computations */
    public AccountingController(AccountingService accounting) {
        this.accounting = accounting;
    }

    /**
     * Monthly amortisation schedule (straight-line or consumption-based), as JSON, or as CSV with
     * {@code Accept: text/csv} (the explanation's method and input hash then come in the
     * {@code Dataprice-Method} and {@code Dataprice-Input-Hash} headers; ask for JSON for the full tree).
     *
     * @param request the asset
     * @param accept  the Accept header
     * @return the schedule
     */
    @Post("/amortisation")
    @Produces({MediaType.APPLICATION_JSON, TEXT_CSV})
    @Operation(summary = "Amortisation schedule (JSON or CSV)")
    @ApiResponse(responseCode = "200", description = "The schedule", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AmortisationResponse.class)),
            @Content(mediaType = TEXT_CSV, schema = @Schema(type = "string",
                    description = "number,period,opening,amortisation,accumulated,closing; CRLF lines"))})
    @RequestBody(content = @Content(examples = @ExampleObject(name = "amortisation",
            value = AccountingExamples.AMORTISATION)))
    public HttpResponse<?> amortisation(@Body @Valid AmortisationRequest request,
                                        @Header(HttpHeaders.ACCEPT) @Nullable String accept) {
        AmortisationSchedule schedule = accounting.schedule(request);
        if (accept != null && accept.contains(TEXT_CSV)) {
            return HttpResponse.ok(AccountingMapper.toCsv(schedule))
                    .contentType(MediaType.of(TEXT_CSV + ";charset=utf-8"))
                    .header(METHOD_HEADER, schedule.explanation().methodId())
                    .header(INPUT_HASH_HEADER, schedule.explanation().inputHash());
        }
        return HttpResponse.ok(AccountingMapper.toResponse(schedule)).contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    /**
     * CAS 8 impairment test: recoverable amount, loss (never reversed) and the revised schedule.
     *
     * @param request the asset and its fair value and/or value in use
     * @return the test result
     */
    @Post("/impairment")
    @Operation(summary = "CAS 8 impairment test")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "impairment",
            value = AccountingExamples.IMPAIRMENT)))
    public ImpairmentResponse impairment(@Body @Valid ImpairmentRequest request) {
        return accounting.impairment(request);
    }

    /**
     * Classification (无形资产, 存货 or expense) and capitalisation of a data resource under
     * 财会〔2023〕11号: each cost line capitalised or expensed, with the rule and the reason.
     *
     * @param request the resource and its cost lines
     * @return the class, the totals and the treatment of each line
     */
    @Post("/classification")
    @Operation(summary = "Classify a data resource and capitalise its costs (财会〔2023〕11号)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "self-developed dataset",
            value = AccountingExamples.CLASSIFICATION)))
    public ClassificationResponse classification(@Body @Valid ClassificationRequest request) {
        return accounting.classification(request);
    }

    /**
     * Data inventory at the lower of cost and net realisable value, period by period (CAS 1 §15–§19):
     * the write-down or reversal of each period, a reversal limited to the earlier write-downs.
     *
     * @param request the cost and the NRV estimates
     * @return the carrying amount and allowance movements of each period
     */
    @Post("/inventory")
    @Operation(summary = "Inventory at the lower of cost and NRV, write-downs and reversals (CAS 1)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "inventory",
            value = AccountingExamples.INVENTORY)))
    public InventoryResponse inventory(@Body @Valid InventoryRequest request) {
        return accounting.inventory(request);
    }
}
