package org.dataprice.api.accounting;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.dataprice.api.explain.ExplanationResponse;

import java.math.BigDecimal;
import java.util.List;

/**
 * The outcome of a CAS 8 impairment test.
 *
 * @param currency              ISO 4217 code
 * @param valueInUse            the value in use used (given or computed from the cash flows); absent when none
 * @param recoverableAmount     max(fair value − costs of disposal, value in use)
 * @param impairmentLoss        min(carrying, max(0, carrying − recoverable)); never a reversal
 * @param carryingAmountAfter   carrying amount after the loss
 * @param accumulatedImpairment accumulated impairment after the test
 * @param revisedSchedule       the new straight-line schedule after a loss (absent without a loss or remaining life)
 * @param explanation           how it was computed; the last step is the loss
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImpairmentResponse(String currency, @Nullable BigDecimal valueInUse, BigDecimal recoverableAmount,
                                 BigDecimal impairmentLoss, BigDecimal carryingAmountAfter,
                                 BigDecimal accumulatedImpairment,
                                 @Nullable List<AmortisationResponse.Line> revisedSchedule,
                                 ExplanationResponse explanation) {
}
