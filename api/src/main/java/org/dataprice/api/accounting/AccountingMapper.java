package org.dataprice.api.accounting;

import org.dataprice.api.json.CoreFields;
import org.dataprice.accounting.AcquisitionMode;
import org.dataprice.accounting.AmortisationInputs;
import org.dataprice.accounting.AmortisationLine;
import org.dataprice.accounting.AmortisationMethod;
import org.dataprice.accounting.AmortisationSchedule;
import org.dataprice.accounting.CapitalisationResult;
import org.dataprice.accounting.CostItem;
import org.dataprice.accounting.CostRule;
import org.dataprice.accounting.CostTreatment;
import org.dataprice.accounting.DataResource;
import org.dataprice.accounting.DataResourceCapitalisation;
import org.dataprice.accounting.DevelopmentCriteria;
import org.dataprice.accounting.DevelopmentPhase;
import org.dataprice.accounting.ImpairmentInputs;
import org.dataprice.accounting.ImpairmentResult;
import org.dataprice.accounting.IntendedUse;
import org.dataprice.accounting.InventoryValuationInputs;
import org.dataprice.accounting.InventoryValuationResult;
import org.dataprice.accounting.Treatment;
import org.dataprice.accounting.ValueInUse;
import org.dataprice.api.explain.ExplanationResponse;
import org.dataprice.error.DatapriceException;
import org.dataprice.error.InvalidInputException;
import org.dataprice.error.Rule;
import org.dataprice.money.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
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
    /** A date, {@code YYYY-MM-DD} (the day is checked when parsed). */
    public static final String DATE = "[0-9]{4}-[0-9]{2}-[0-9]{2}";
    /**
     * The ids of the rules that decide a cost line, in the order {@link DataResourceCapitalisation} applies them: the
     * core's {@link CostRule} ids ({@code prospective-application}, {@code not-an-asset}, {@code never-capitalised},
     * {@code research-phase}, {@code development-criteria-met}, {@code development-criteria-failed},
     * {@code outsourced-intangible-cost}, {@code outsourced-intangible-other}, {@code outsourced-inventory-purchase-cost},
     * {@code outsourced-inventory-other}, {@code self-processed-inventory-cost}).
     */
    public static final List<String> COST_RULES = Arrays.stream(CostRule.values()).map(CostRule::id).toList();
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
        return Money.currency(code, "currency");
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
            throw CoreFields.rename(e, "amount", field);
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
            throw CoreFields.rename(e, "cashFlows", "valueInUseCashFlows");
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

    /**
     * @param request the classification request
     * @return the core resource; errors name the JSON path, e.g. {@code costs[2].amount}
     */
    public static DataResource toResource(ClassificationRequest request) {
        Currency currency = currency(request.currency());
        boolean developed = request.intendedUse() == IntendedUse.INTERNAL_USE
                && request.acquisition() == AcquisitionMode.SELF_DEVELOPED;
        ClassificationRequest.Criteria c = request.developmentCriteria();
        if (c == null && developed) {
            throw new InvalidInputException("developmentCriteria", null, Rule.NOT_NULL);
        }
        DevelopmentCriteria criteria = c == null ? DevelopmentCriteria.NONE_MET
                : new DevelopmentCriteria(c.technicalFeasibility(), c.intentionToComplete(), c.wayToGenerateBenefits(),
                        c.adequateResources(), c.reliableMeasurement());
        List<CostItem> costs = new ArrayList<>(request.costs().size());
        for (int i = 0; i < request.costs().size(); i++) {
            costs.add(costItem(request.costs().get(i), currency, "costs[" + i + "]"));
        }
        return new DataResource(request.name(), request.intendedUse(), request.acquisition(),
                request.recognitionCriteriaMet(), criteria, costs, currency);
    }

    private static CostItem costItem(ClassificationRequest.Cost cost, Currency currency, String path) {
        LocalDate incurredOn;
        try {
            incurredOn = LocalDate.parse(cost.incurredOn());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(path + ".incurredOn", cost.incurredOn(), Rule.INVALID_FORMAT,
                    "YYYY-MM-DD (a calendar date)");
        }
        try {
            return new CostItem(cost.description(), cost.category(),
                    cost.phase() == null ? DevelopmentPhase.NOT_APPLICABLE : cost.phase(), incurredOn,
                    money(cost.amount(), currency, "amount"));
        } catch (DatapriceException e) {
            throw e.within(path);
        }
    }

    /**
     * @param resource the resource classified
     * @param r        the core result
     * @return the JSON form, each line with its amounts, rule id and reason
     */
    public static ClassificationResponse toResponse(DataResource resource, CapitalisationResult r) {
        Money zero = Money.zero(resource.currency());
        List<ClassificationResponse.Line> lines = new ArrayList<>(r.lines().size());
        for (int i = 0; i < r.lines().size(); i++) {
            CostTreatment t = r.lines().get(i);
            CostItem item = t.item();
            boolean capitalised = t.treatment() == Treatment.CAPITALISED;
            lines.add(new ClassificationResponse.Line(i, item.description(), item.category().name(),
                    item.phase().name(), item.incurredOn().toString(), item.amount().amount(), t.treatment().name(),
                    (capitalised ? item.amount() : zero).amount(), (capitalised ? zero : item.amount()).amount(),
                    t.rule().id(), t.reason()));
        }
        return new ClassificationResponse(resource.currency().getCurrencyCode(), resource.name(),
                r.assetClass().name(), r.capitalised().amount(), r.expensed().amount(), lines,
                ExplanationResponse.from(r.explanation()));
    }

    /**
     * @param request the inventory request
     * @return the cost
     */
    public static Money inventoryCost(InventoryRequest request) {
        return money(request.cost(), currency(request.currency()), "cost");
    }

    /**
     * @param request the inventory request
     * @return the allowance before the first period (0 when absent)
     */
    public static Money openingAllowance(InventoryRequest request) {
        return moneyOrZero(request.openingAllowance(), currency(request.currency()), "openingAllowance");
    }

    /**
     * The core inputs of period {@code i}; errors name the JSON path ({@code periods[i].…},
     * {@code cost}, or {@code openingAllowance} for the allowance carried into the first period).
     *
     * @param request  the inventory request
     * @param i        the period's index
     * @param cost     the cost
     * @param existing the allowance carried in
     * @return the core inputs
     */
    public static InventoryValuationInputs toInputs(InventoryRequest request, int i, Money cost, Money existing) {
        Currency c = cost.currency();
        InventoryRequest.Period p = request.periods().get(i);
        String path = "periods[" + i + "]";
        if (i > 0) {
            String previous = request.periods().get(i - 1).period();
            if (YearMonth.parse(p.period()).compareTo(YearMonth.parse(previous)) <= 0) {
                throw new InvalidInputException(path + ".period", p.period(), Rule.GREATER_THAN, previous);
            }
        }
        Money price = money(p.estimatedSellingPrice(), c, path + ".estimatedSellingPrice");
        Money complete = moneyOrZero(p.costsToComplete(), c, path + ".costsToComplete");
        Money selling = moneyOrZero(p.sellingCostsAndTaxes(), c, path + ".sellingCostsAndTaxes");
        try {
            return new InventoryValuationInputs(cost, price, complete, selling, existing);
        } catch (DatapriceException e) {
            if (e.field().equals("cost")) {
                throw e;
            }
            if (e.field().equals("existingAllowance")) {
                throw CoreFields.rename(e, "existingAllowance", "openingAllowance");
            }
            throw e.within(path);
        }
    }

    /**
     * @param period  the period end
     * @param opening the allowance carried in
     * @param r       the core result
     * @return the JSON form of the period
     */
    public static InventoryResponse.Period toPeriod(String period, Money opening, InventoryValuationResult r) {
        Money zero = Money.zero(opening.currency());
        Money adjustment = r.allowanceAdjustment();
        return new InventoryResponse.Period(period, r.netRealisableValue().amount(), opening.amount(),
                r.requiredAllowance().amount(), adjustment.amount(), adjustment.max(zero).amount(),
                adjustment.negated().max(zero).amount(), r.carryingAmount().amount(),
                ExplanationResponse.from(r.explanation()));
    }
}
