package org.dataprice.api.registry;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import org.dataprice.registry.DataClassification;

import java.time.LocalDate;

/**
 * 数据授权 — an enterprise or a person authorises a data processor to use its data for a purpose and period (plan §6).
 * Recorded by the grantor itself ({@code grantor} omitted or the caller's own principal name) or by the REGISTRAR on
 * the grantor's signed document ({@code grantor} required). The id is assigned by the service
 * ({@code DAU-<year>-<12 hex>}).
 *
 * @param classification ENTERPRISE or PERSONAL (public data is operated under an operation agreement)
 * @param grantor        who authorises; omitted: the caller
 * @param grantee        the processor authorised; not the grantor
 * @param purpose        what for, at most 500 characters
 * @param from           first day in force, inclusive
 * @param until          first day no longer in force; after {@code from}
 * @param revocable      whether the grantor may revoke it; omitted: true. Personal data is always revocable
 *                       (PIPL Art. 15): false is refused
 * @param reason         why (the consent or contract reference), at most 500 characters
 */
@Serdeable
public record DataAuthorisationRequest(@NotNull DataClassification classification, @Nullable String grantor,
                                       @NotNull String grantee, @NotNull String purpose, @NotNull LocalDate from,
                                       @NotNull LocalDate until, @Nullable Boolean revocable, @NotNull String reason) {
}
