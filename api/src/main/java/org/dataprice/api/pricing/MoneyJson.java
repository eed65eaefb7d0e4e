package org.dataprice.api.pricing;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.dataprice.error.DatapriceException;
import org.dataprice.money.Money;

import java.math.BigDecimal;
import java.util.Currency;

/**
 * Money in JSON: an exact decimal amount (a JSON number or string, read as {@link BigDecimal}, never a
 * double) and an ISO 4217 currency code, e.g. {@code {"amount": "1200.00", "currency": "CNY"}}.
 *
 * @param amount   the amount; at most the currency's minor units of decimals (else 422 precision-loss)
 * @param currency the ISO 4217 code, three capital letters
 */
@Serdeable
public record MoneyJson(@NotNull BigDecimal amount, @NotNull @Pattern(regexp = "[A-Z]{3}") String currency) {

    /**
     * @param money a core amount
     * @return its JSON form
     */
    public static MoneyJson of(Money money) {
        return new MoneyJson(money.amount(), money.currency().getCurrencyCode());
    }

    /**
     * @param amount   an amount
     * @param currency a currency code
     * @return the JSON form of the stored amount at the currency's minor units
     */
    public static MoneyJson of(BigDecimal amount, String currency) {
        return of(PricingMapper.money(amount, currency));
    }

    /**
     * @param field the JSON path of this value, prefixed to a domain error's field
     * @return the core amount
     */
    public Money toMoney(String field) {
        Currency c = Money.currency(currency, field + ".currency");
        try {
            return Money.of(amount, c);
        } catch (DatapriceException e) {
            throw e.within(field);
        }
    }
}
