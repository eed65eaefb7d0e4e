package org.dataprice.api.accounting;

import jakarta.inject.Singleton;
import org.dataprice.accounting.Amortisation;
import org.dataprice.accounting.AmortisationSchedule;
import org.dataprice.accounting.DataResource;
import org.dataprice.accounting.DataResourceCapitalisation;
import org.dataprice.accounting.ImpairmentTest;
import org.dataprice.accounting.InventoryValuation;
import org.dataprice.accounting.InventoryValuationResult;
import org.dataprice.money.Money;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs the stateless accounting computations (财会〔2023〕11号 classification, CAS 6 amortisation, CAS 8
 * impairment, CAS 1 inventory). Thread-safe.
 */
@Singleton
public class AccountingService {
    /**
     * @param request the schedule request
     * @return the core schedule (mapped to JSON or CSV by the caller)
     */
    public AmortisationSchedule schedule(AmortisationRequest request) {
        return Amortisation.DEFAULT.schedule(AccountingMapper.toInputs(request));
    }

    /**
     * @param request the impairment request
     * @return the test result
     */
    public ImpairmentResponse impairment(ImpairmentRequest request) {
        Optional<Money> viu = AccountingMapper.valueInUse(request);
        return AccountingMapper.toResponse(ImpairmentTest.DEFAULT.test(AccountingMapper.toInputs(request, viu)), viu);
    }

    /**
     * @param request the data resource and its costs
     * @return the class and the treatment of each cost
     */
    public ClassificationResponse classification(ClassificationRequest request) {
        DataResource resource = AccountingMapper.toResource(request);
        return AccountingMapper.toResponse(resource, DataResourceCapitalisation.DEFAULT.classify(resource));
    }

    /**
     * Measures the inventory at each period end in turn, carrying each period's required allowance
     * into the next as its existing allowance (so a reversal never exceeds earlier write-downs).
     *
     * @param request the cost and the NRV estimates
     * @return the measurement of every period
     */
    public InventoryResponse inventory(InventoryRequest request) {
        Money cost = AccountingMapper.inventoryCost(request);
        Money opening = AccountingMapper.openingAllowance(request);
        Money allowance = opening;
        Money writeDowns = Money.zero(cost.currency());
        Money reversals = Money.zero(cost.currency());
        List<InventoryResponse.Period> periods = new ArrayList<>(request.periods().size());
        for (int i = 0; i < request.periods().size(); i++) {
            InventoryValuationResult r = InventoryValuation.DEFAULT.measure(
                    AccountingMapper.toInputs(request, i, cost, allowance));
            InventoryResponse.Period p = AccountingMapper.toPeriod(request.periods().get(i).period(), allowance, r);
            periods.add(p);
            writeDowns = writeDowns.plus(Money.of(p.writeDown(), cost.currency()));
            reversals = reversals.plus(Money.of(p.reversal(), cost.currency()));
            allowance = r.requiredAllowance();
        }
        return new InventoryResponse(cost.currency().getCurrencyCode(), cost.amount(), opening.amount(),
                allowance.amount(), cost.minus(allowance).amount(), writeDowns.amount(), reversals.amount(), periods);
    }
}
