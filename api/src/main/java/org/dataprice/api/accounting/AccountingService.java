package org.dataprice.api.accounting;

import jakarta.inject.Singleton;
import org.dataprice.accounting.Amortisation;
import org.dataprice.accounting.AmortisationSchedule;
import org.dataprice.accounting.ImpairmentTest;
import org.dataprice.money.Money;

import java.util.Optional;

/** Runs the stateless accounting computations (CAS 6 amortisation, CAS 8 impairment). Thread-safe. */
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
}
