package org.dataprice.api.accounting;

import org.dataprice.accounting.AmortisationInputs;
import org.dataprice.accounting.AmortisationLine;
import org.dataprice.accounting.AmortisationMethod;
import org.dataprice.accounting.AmortisationSchedule;
import org.dataprice.accounting.ImpairmentInputs;
import org.dataprice.accounting.ImpairmentResult;
import org.dataprice.accounting.ValueInUse;
import org.dataprice.api.explain.ExplanationResponse;
import org.dataprice.api.finance.JsonFields;
import org.dataprice.error.DatapriceException;
import org.dataprice.error.InvalidInputException;
import org.dataprice.error.Rule;
import org.dataprice.money.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * JSON ↔ core records for the accounting endpoints. Amounts are decimals in the request's currency
 * with at most its minor units (an amount with more decimals is rejected, never rounded); errors name
 * the JSON field. Stateless.
 */
public final class AccountingMapper {
    /** A month, {@code YYYY-MM}. */
    public static final String MONTH = "[0-9]{4}-(0[1-9]|1[0-2])";
    /** The header of the CSV schedule. */
    public static final String CSV_HEADER = "number,period,opening,amortisation,accumulated,closing";

    private AccountingMapper() {
    }

    /**
     * @param code an ISO 4217 code, or null for CNY
     * @return the currency
     */
    public static Currency currency(String code) {
        if (code == null) {
            return Money.CNY;
        }
        try {
            return Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("currency", code, Rule.UNKNOWN, "ISO 4217 currency codes");
        }
    }

    /**
     * @param amount   a decimal, or null
     * @param currency the currency
     * @param field    the JSON field, for errors
     * @return the money, or null when {@code amount} is null
     */
    public static Money money(BigDecimal amount, Currency currency, String field) {
        if (amount == null) {
            return null;
        }
        try {
            return Money.of(amount, currency);
        } catch (DatapriceException e) {
            throw JsonFields.rename(e, "amount", field);
        }
    }

    private static Money moneyOrZero(BigDecimal amount, Currency currency, String field) {
        return amount == null ? Money.zero(currency) : money(amount, currency, field);
    }

    /**
     * @param request the request
     * @return the core inputs
     */
    public static AmortisationInputs toInputs(AmortisationRequest request) {
        Currency currency = currency(request.currency());
        AmortisationMethod method = request.method() == null ? AmortisationMethod.STRAIGHT_LINE : request.method();
        List<BigDecimal> consumption = request.consumption() == null ? List.of() : request.consumption();
        Integer months = request.usefulLifeMonths();
        if (months == null) {
            if (method == AmortisationMethod.STRAIGHT_LINE || consumption.isEmpty()) {
                throw new InvalidInputException("usefulLifeMonths", null, Rule.NOT_NULL);
            }
            months = consumption.size();
        }
        return new AmortisationInputs(money(request.cost(), currency, "cost"),
                moneyOrZero(request.residualValue(), currency, "residualValue"), YearMonth.parse(request.firstMonth()),
                months, method, consumption);
    }

    /**
     * @param s the core schedule
     * @return the JSON form
     */
    public static AmortisationResponse toResponse(AmortisationSchedule s) {
        List<AmortisationResponse.YearTotal> years = new ArrayList<>();
        s.amortisationByYear().forEach((y, m) -> years.add(new AmortisationResponse.YearTotal(y.getValue(), m.amount())));
        return new AmortisationResponse(s.cost().currency().getCurrencyCode(), s.cost().amount(),
                s.residualValue().amount(), s.amortisable().amount(), s.method().name(), lines(s), years,
                ExplanationResponse.from(s.explanation()));
    }

    private static List<AmortisationResponse.Line> lines(AmortisationSchedule s) {
        List<AmortisationResponse.Line> out = new ArrayList<>(s.lines().size());
        for (AmortisationLine l : s.lines()) {
            out.add(new AmortisationResponse.Line(l.number(), l.period().toString(), l.opening().amount(),
                    l.amortisation().amount(), l.accumulated().amount(), l.closing().amount()));
        }
        return out;
    }

    /**
     * The schedule as CSV (RFC 4180, comma-separated, a header line, plain decimals).
     *
     * @param s the core schedule
     * @return the CSV text
     */
    public static String toCsv(AmortisationSchedule s) {
        StringBuilder csv = new StringBuilder(64 * (s.lines().size() + 1)).append(CSV_HEADER).append("\r\n");
        for (AmortisationLine l : s.lines()) {
            csv.append(l.number()).append(',').append(l.period()).append(',')
                    .append(l.opening().amount().toPlainString()).append(',')
                    .append(l.amortisation().amount().toPlainString()).append(',')
                    .append(l.accumulated().amount().toPlainString()).append(',')
                    .append(l.closing().amount().toPlainString()).append("\r\n");
        }
        return csv.toString();
    }

    /**
     * @param request the request
     * @return the value in use to test with: given, computed from the cash flows, or empty
     */
    public static Optional<Money> valueInUse(ImpairmentRequest request) {
        Currency currency = currency(request.currency());
        if (request.valueInUseCashFlows() == null) {
            if (request.discountRate() != null) {
                throw new InvalidInputException("discountRate", request.discountRate(), Rule.INVALID_STATE,
                        "discountRate applies to valueInUseCashFlows only");
            }
            return Optional.ofNullable(money(request.valueInUse(), currency, "valueInUse"));
        }
        if (request.valueInUse() != null) {
            throw new InvalidInputException("valueInUse", request.valueInUse(), Rule.INVALID_STATE,
                    "give either valueInUse or valueInUseCashFlows, not both");
        }
        if (request.discountRate() == null) {
            throw new InvalidInputException("discountRate", null, Rule.NOT_NULL);
        }
        List<Money> flows = new ArrayList<>();
        for (int i = 0; i < request.valueInUseCashFlows().size(); i++) {
            flows.add(money(request.valueInUseCashFlows().get(i), currency, "valueInUseCashFlows[" + i + "]"));
        }
        try {
            return Optional.of(ValueInUse.presentValue(flows, request.discountRate(), RoundingMode.HALF_EVEN));
        } catch (DatapriceException e) {
            throw JsonFields.rename(e, "cashFlows", "valueInUseCashFlows");
        }
    }

    /**
     * @param request    the request
     * @param valueInUse the value in use from {@link #valueInUse(ImpairmentRequest)}
     * @return the core inputs
     */
    public static ImpairmentInputs toInputs(ImpairmentRequest request, Optional<Money> valueInUse) {
        Currency c = currency(request.currency());
        return new ImpairmentInputs(money(request.carryingAmount(), c, "carryingAmount"),
                Optional.ofNullable(money(request.fairValue(), c, "fairValue")),
                moneyOrZero(request.costsOfDisposal(), c, "costsOfDisposal"), valueInUse,
                moneyOrZero(request.accumulatedImpairment(), c, "accumulatedImpairment"),
                YearMonth.parse(request.testMonth()), request.remainingLifeMonths(),
                moneyOrZero(request.residualValue(), c, "residualValue"));
    }

    /**
     * @param r          the core result
     * @param valueInUse the value in use used
     * @return the JSON form
     */
    public static ImpairmentResponse toResponse(ImpairmentResult r, Optional<Money> valueInUse) {
        return new ImpairmentResponse(r.recoverableAmount().currency().getCurrencyCode(),
                valueInUse.map(Money::amount).orElse(null), r.recoverableAmount().amount(), r.impairmentLoss().amount(),
                r.carryingAmountAfter().amount(), r.accumulatedImpairment().amount(),
                r.revisedSchedule().map(AccountingMapper::lines).orElse(null),
                ExplanationResponse.from(r.explanation()));
    }
}
