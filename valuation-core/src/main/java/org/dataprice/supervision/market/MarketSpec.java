package org.dataprice.supervision.market;

import java.time.YearMonth;
import org.dataprice.error.Require;

/**
 * The shape of a generated market. Counts of planted incidents are per kind; zero plants nothing (a clean market).
 *
 * @param seed          the seed of the generator
 * @param sellers       number of sellers, &ge; 1
 * @param buyers        number of buyers, &ge; 1
 * @param intermediaries number of data brokers (数据商) that both buy and sell, &ge; 0
 * @param categories    number of categories, &ge; 1
 * @param months        number of months, &ge; 1
 * @param start         the first month; not null
 * @param deals         number of ordinary deals, &ge; 0
 * @param auctions      number of ordinary sealed-bid auctions, &ge; 0
 * @param negotiations  number of ordinary negotiations, &ge; 0
 * @param plants        number of incidents planted of each {@link PlantedPattern}, &ge; 0
 */
public record MarketSpec(long seed, int sellers, int buyers, int intermediaries, int categories, int months,
        YearMonth start, int deals, int auctions, int negotiations, int plants) {
    /** Validates. */
    public MarketSpec {
        Require.atLeast(sellers, 1, "sellers");
        Require.atLeast(buyers, 1, "buyers");
        Require.atLeast(intermediaries, 0, "intermediaries");
        Require.atLeast(categories, 1, "categories");
        Require.atLeast(months, 1, "months");
        Require.notNull(start, "start");
        Require.atLeast(deals, 0, "deals");
        Require.atLeast(auctions, 0, "auctions");
        Require.atLeast(negotiations, 0, "negotiations");
        Require.atLeast(plants, 0, "plants");
    }

    /**
     * The market of the precision / recall tests: 300 sellers, 3,000 buyers, 60 brokers, 10 categories, 12 months
     * from 2026-01, 24,000 deals (≈ 200 per category and month), 400 auctions, 400 negotiations.
     *
     * @param seed   the seed
     * @param plants incidents per kind (0 for a clean market)
     * @return the spec
     */
    public static MarketSpec test(long seed, int plants) {
        return new MarketSpec(seed, 300, 3000, 60, 10, 12, YearMonth.of(2026, 1), 24_000, 400, 400, plants);
    }

    /**
     * The market of the supervision benchmarks: 10 000 sellers, 85 000 buyers, 5 000 brokers (10<sup>5</sup>
     * parties), 50 categories, 12 months from 2026-01, 10<sup>6</sup> ordinary deals, no auctions or negotiations,
     * 10 incidents of each kind (≈ 1.05 × 10<sup>6</sup> deals in all: the volume spikes add deals to their cells).
     *
     * @param seed the seed
     * @return the spec
     */
    public static MarketSpec benchmark(long seed) {
        return new MarketSpec(seed, 10_000, 85_000, 5_000, 50, 12, YearMonth.of(2026, 1), 1_000_000, 0, 0, 10);
    }
}
