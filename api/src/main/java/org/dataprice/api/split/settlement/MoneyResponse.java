package org.dataprice.api.split.settlement;

import io.micronaut.serde.annotation.Serdeable;

/**
 * An amount of money in JSON: a decimal string at the currency's minor units (never a binary
 * floating-point number) and its ISO 4217 currency, e.g. {@code {"amount": "3333.34", "currency": "CNY"}}.
 *
 * @param amount   the amount, e.g. {@code "3333.34"} or {@code "-12.50"}
 * @param currency the currency code
 */
@Serdeable
public record MoneyResponse(String amount, String currency) {
}
