package org.dataprice.pricing.tariff;

import java.time.Instant;
import java.util.List;
import org.dataprice.error.InvalidInputException;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;

/**
 * One period of validity of a public-data tariff (收费标准的执行期): the schedule of a period applies to uses at
 * instants in [validFrom, validUntil). The periods of one tariff never overlap, so at most one applies at any
 * instant; a tariff is revised by adding a new period, never by changing one (发改价格〔2025〕65号: a charging
 * standard is set for a stated period and re-set after review; a trial standard 试行 is valid for a limited term).
 *
 * <pre>
 *   covers(t)    ⇔ validFrom ≤ t &lt; validUntil
 *   overlaps(p)  ⇔ validFrom &lt; p.validUntil ∧ p.validFrom &lt; validUntil     (half-open intervals)
 * </pre>
 * Edge cases: periods that only touch (one's end is the other's start) do not overlap; an instant at a period's
 * end belongs to the next period, if any. Immutable and thread-safe.
 *
 * @param id         the period's identifier; not blank
 * @param validFrom  start, inclusive; not null
 * @param validUntil end, exclusive; after {@code validFrom}
 */
public record TariffPeriod(String id, Instant validFrom, Instant validUntil) {
    /** Validates. */
    public TariffPeriod {
        Require.notBlank(id, "id");
        Require.notNull(validFrom, "validFrom");
        Require.notNull(validUntil, "validUntil");
        Require.that(validUntil.isAfter(validFrom), "validUntil", validUntil, Rule.GREATER_THAN, validFrom);
    }

    /**
     * @param at an instant; not null
     * @return true when the period applies at {@code at}
     */
    public boolean covers(Instant at) {
        return !at.isBefore(validFrom) && at.isBefore(validUntil);
    }

    /**
     * @param other another period; not null
     * @return true when the two periods share an instant
     */
    public boolean overlaps(TariffPeriod other) {
        return validFrom.isBefore(other.validUntil) && other.validFrom.isBefore(validUntil);
    }

    /**
     * A new period of a tariff: it may not overlap any period the tariff already has.
     *
     * @param existing the tariff's periods; not null
     * @return this period
     * @throws InvalidInputException {@link Rule#INVALID_STATE} on {@code validFrom}, naming the first period it overlaps
     */
    public TariffPeriod requireNoOverlap(List<TariffPeriod> existing) {
        for (TariffPeriod p : Require.notNull(existing, "existing")) {
            Require.that(!overlaps(p), "validFrom", validFrom, Rule.INVALID_STATE, "periods may not overlap: ["
                    + p.validFrom() + ", " + p.validUntil() + ") is period " + p.id());
        }
        return this;
    }

    /**
     * The period of a tariff that applies at an instant.
     *
     * @param periods  the tariff's periods (non-overlapping); not null
     * @param at       the instant; not null
     * @param tariffId the tariff, named in the error; not null
     * @return the index in {@code periods} of the period covering {@code at}
     * @throws InvalidInputException {@link Rule#OUT_OF_RANGE} on {@code at} when no period covers it
     */
    public static int indexAt(List<TariffPeriod> periods, Instant at, String tariffId) {
        for (int i = 0; i < periods.size(); i++) {
            if (periods.get(i).covers(at)) {
                return i;
            }
        }
        throw new InvalidInputException("at", at, Rule.OUT_OF_RANGE, "a period of tariff " + tariffId);
    }
}
