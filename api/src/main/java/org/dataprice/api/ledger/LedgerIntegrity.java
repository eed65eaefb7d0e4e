package org.dataprice.api.ledger;

import jakarta.inject.Singleton;
import org.dataprice.api.problem.ProblemException;
import org.dataprice.api.problem.ProblemType;

import java.util.Optional;

/**
 * The latest verification of the ledgers, as the rest of the service sees it: readiness
 * ({@link LedgerReadiness}), the write guard ({@link LedgerWriteGuard}) and every append
 * ({@link LedgerChain}) ask it whether the store may take writes. A store that failed stays failed
 * until a later verification (the ADMIN endpoint, or a restart) passes. Thread-safe.
 */
@Singleton
public class LedgerIntegrity {
    private volatile LedgerVerification last;

    /** @return the latest verification, or empty before the first */
    public Optional<LedgerVerification> last() {
        return Optional.ofNullable(last);
    }

    /** @return the failure of the latest verification, or empty when it passed or none ran */
    public Optional<LedgerVerification.Failure> failure() {
        LedgerVerification v = last;
        return v == null ? Optional.empty() : Optional.ofNullable(v.failure());
    }

    /** @param verification the newest verification */
    void record(LedgerVerification verification) {
        this.last = verification;
    }

    /**
     * @throws ProblemException 503 {@link ProblemType#LEDGER_INTEGRITY} when the store failed its check
     */
    public void requireWritable() {
        Optional<LedgerVerification.Failure> failure = failure();
        if (failure.isPresent()) {
            throw new ProblemException(ProblemType.LEDGER_INTEGRITY, detail(failure.get()));
        }
    }

    /**
     * @param failure a failure
     * @return the problem detail of a refused write
     */
    static String detail(LedgerVerification.Failure failure) {
        return "The store failed its ledger integrity check and takes no writes until an operator restores it "
                + "and GET /v1/ledgers/verification passes: " + failure.reason();
    }
}
