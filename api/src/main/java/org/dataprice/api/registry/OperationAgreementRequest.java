package org.dataprice.api.registry;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;

/**
 * 公共数据授权运营协议 — a public body authorises an operator to run services on its public data (plan §5), recorded
 * by the REGISTRAR on the signed agreement. The id is assigned by the service ({@code OPA-<year>-<12 hex>}).
 *
 * @param provider the public body granting operation; an identifier
 * @param operator the authorised operator; an identifier, not the provider
 * @param scope    the data and uses covered, at most 500 characters
 * @param from     first day in force, inclusive
 * @param until    first day no longer in force; after {@code from}
 * @param feeBasis the public-data tariff the operator charges under (an id of {@code /v1/tariffs}), or {@code free}
 * @param reason   why (the signed agreement's reference), at most 500 characters
 */
@Serdeable
public record OperationAgreementRequest(@NotNull String provider, @NotNull String operator, @NotNull String scope,
                                        @NotNull LocalDate from, @NotNull LocalDate until, @NotNull String feeBasis,
                                        @NotNull String reason) {
}
