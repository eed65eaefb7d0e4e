package org.dataprice.api.valuation;

import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * {@code dataprice.valuation.*}: limits of the analysis endpoints. Each Monte Carlo draw re-runs the whole
 * appraisal (≈ 50–100 µs), so {@code max-draws} bounds a request's CPU time (100,000 draws ≈ 5–10 s on one core).
 */
@ConfigurationProperties("dataprice.valuation")
public class ValuationConfiguration {
    private int maxDraws = 100_000;
    private int threads = 1;

    /** @return the largest {@code draws} a Monte Carlo request may ask for (env {@code DATAPRICE_VALUATION_MAX_DRAWS}) */
    public int getMaxDraws() {
        return maxDraws;
    }

    /** @param maxDraws the largest {@code draws} a Monte Carlo request may ask for */
    public void setMaxDraws(int maxDraws) {
        this.maxDraws = maxDraws;
    }

    /** @return worker threads per Monte Carlo run (results do not depend on it) */
    public int getThreads() {
        return threads;
    }

    /** @param threads worker threads per Monte Carlo run */
    public void setThreads(int threads) {
        this.threads = threads;
    }
}
