package org.dataprice.api.pricing.listing;

import org.dataprice.api.pricing.MoneyJson;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.Optional;

import org.dataprice.error.InvalidInputException;
import org.dataprice.error.Rule;
import org.dataprice.pricing.band.Appraisal;
import org.dataprice.pricing.band.CitedValuation;

/**
 * An appraisal (估价) attached to a listing; the appraiser is the caller. Either a supplied figure
 * ({@code value} and {@code method}) or a stored valuation report cited by {@code valuationId}
 * (POST /v1/valuations): then A is the report's concluded value, and the report's id, value, valuation date
 * and firm are kept with the appraisal ({@code CitedValuation} states the band rule and its sources).
 *
 * @param value       the appraised value A, &gt; 0, in the quote's currency; required without {@code valuationId},
 *                    not allowed with it (the report's value is the figure)
 * @param method      how it was appraised, e.g. {@code income}; required without {@code valuationId}; default
 *                    {@code valuation report} with it
 * @param beta        the band half-width β in [0, 1], at most 6 decimals; default 0.20 (the ±20 % example, not a regulatory number)
 * @param valuationId a stored valuation to cite (422 on {@code valuationId} when unknown or in another currency
 *                    than the listing's quote)
 */
@Serdeable
public record AppraisalRequest(@Nullable @Valid MoneyJson value,
                               @Nullable @Size(min = 1, max = 200) String method,
                               @Nullable @DecimalMin("0") @DecimalMax("1") @Digits(integer = 1, fraction = 6) BigDecimal beta,
                               @Nullable @Size(min = 1, max = 64) String valuationId) {

    /** The method of an appraisal citing a valuation when the request names none. */
    public static final String VALUATION_REPORT = "valuation report";
    /** The integer digits of {@code pricing_appraisal.amount} (NUMERIC(24, 4)). */
    static final int MAX_INTEGER_DIGITS = 20;

    /**
     * @param appraiser the caller
     * @return the supplied figure as the core appraisal; 422 {@code missing} on {@code value} without one
     */
    Appraisal supplied(String appraiser) {
        if (value == null) {
            throw new InvalidInputException("value", null, Rule.MISSING);
        }
        return new Appraisal(value.toMoney("value"), appraiser, method == null ? "" : method.strip());
    }

    /**
     * @param valuation the stored valuation named by {@code valuationId}, if there is one
     * @return the appraisal citing it; 422 on {@code valuationId} when it is unknown or too large for the appraisal
     *         table, on {@code value} when a value is given too
     */
    Appraisal citing(Optional<CitedValuation> valuation) {
        if (value != null) {
            throw new InvalidInputException("value", value, Rule.INVALID_STATE,
                    "a valuation's concluded value is the appraised value: give value or valuationId, not both");
        }
        CitedValuation v = valuation.orElseThrow(() -> new InvalidInputException("valuationId", valuationId, Rule.UNKNOWN,
                "a stored valuation (POST /v1/valuations)"));
        BigDecimal amount = v.value().amount();
        if (amount.precision() - amount.scale() > MAX_INTEGER_DIGITS) {
            throw new InvalidInputException("valuationId", valuationId, Rule.LIMIT_EXCEEDED,
                    "a concluded value below 1e" + MAX_INTEGER_DIGITS);
        }
        return Appraisal.citing(v, method == null ? VALUATION_REPORT : method.strip());
    }
}
