package org.dataprice.valuation.market;

import java.time.LocalDate;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;
import org.dataprice.money.Money;

/**
 * A comparable data-asset transaction (可比案例).
 *
 * @param id           an identifier (exchange listing, contract number); not blank
 * @param price        the transaction price Q_i, &gt; 0; not null
 * @param date         the transaction date; not null
 * @param right        the data right traded; not null
 * @param volume       the effective data volume (records, GB, …; same unit as the subject's), &gt; 0
 * @param quality      the comparable's quality score ∈ (0, 1]
 * @param supplyDemand X2, the supply-demand adjustment (scarcity, market size, value density), &gt; 0 (1 = none)
 * @param other        X5, other adjustments (region, restrictions, delivery mode), &gt; 0 (1 = none)
 * @param priceIndex   the data-market price index at the transaction date, &gt; 0
 * @param similarity   the similarity to the subject ∈ (0, 1], used by {@link Weighting#SIMILARITY}
 */
public record ComparableTransaction(String id, Money price, LocalDate date, DataRight right, double volume, double quality,
        double supplyDemand, double other, double priceIndex, double similarity) {
    /** Validates. */
    public ComparableTransaction {
        Require.notBlank(id, "id");
        Require.notNull(price, "price");
        Require.that(price.signum() > 0, "price", price, Rule.GREATER_THAN, 0);
        Require.notNull(date, "date");
        Require.notNull(right, "right");
        Require.positive(volume, "volume");
        Require.positive(quality, "quality");
        Require.atMost(quality, 1, "quality");
        Require.positive(supplyDemand, "supplyDemand");
        Require.positive(other, "other");
        Require.positive(priceIndex, "priceIndex");
        Require.positive(similarity, "similarity");
        Require.atMost(similarity, 1, "similarity");
    }

    /**
     * @return a builder naming every figure, so that same-typed numbers cannot be swapped by position; a
     *         figure left unset that has no default is refused with {@code missing} naming it
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds {@link ComparableTransaction} by name. The supply-demand and other adjustments default to 1 (none); every other figure must be given. Not thread-safe; {@link #build()} validates as the canonical constructor does.
     */
    public static final class Builder {
        private String id;
        private Money price;
        private LocalDate date;
        private DataRight right;
        private Double volume;
        private Double quality;
        private double supplyDemand = 1;
        private double other = 1;
        private Double priceIndex;
        private Double similarity;

        private Builder() {
        }

        /**
         * @param id the identifier
         * @return this builder
         */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /**
         * @param price Q_i &gt; 0
         * @return this builder
         */
        public Builder price(Money price) {
            this.price = price;
            return this;
        }

        /**
         * @param date the transaction date
         * @return this builder
         */
        public Builder date(LocalDate date) {
            this.date = date;
            return this;
        }

        /**
         * @param right the right traded
         * @return this builder
         */
        public Builder right(DataRight right) {
            this.right = right;
            return this;
        }

        /**
         * @param volume the effective data volume &gt; 0
         * @return this builder
         */
        public Builder volume(double volume) {
            this.volume = volume;
            return this;
        }

        /**
         * @param quality the quality score in (0, 1]
         * @return this builder
         */
        public Builder quality(double quality) {
            this.quality = quality;
            return this;
        }

        /**
         * @param supplyDemand X2 &gt; 0 (default 1)
         * @return this builder
         */
        public Builder supplyDemand(double supplyDemand) {
            this.supplyDemand = supplyDemand;
            return this;
        }

        /**
         * @param other X5 &gt; 0 (default 1)
         * @return this builder
         */
        public Builder other(double other) {
            this.other = other;
            return this;
        }

        /**
         * @param priceIndex the price index at the transaction date &gt; 0
         * @return this builder
         */
        public Builder priceIndex(double priceIndex) {
            this.priceIndex = priceIndex;
            return this;
        }

        /**
         * @param similarity the similarity to the subject in (0, 1]
         * @return this builder
         */
        public Builder similarity(double similarity) {
            this.similarity = similarity;
            return this;
        }

        /**
         * @return the validated inputs
         * @throws org.dataprice.error.InvalidInputException naming the first missing or invalid figure
         */
        public ComparableTransaction build() {
            return new ComparableTransaction(Require.present(id, "id"),
                    Require.present(price, "price"),
                    Require.present(date, "date"),
                    Require.present(right, "right"),
                    Require.present(volume, "volume"),
                    Require.present(quality, "quality"),
                    supplyDemand,
                    other,
                    Require.present(priceIndex, "priceIndex"),
                    Require.present(similarity, "similarity"));
        }
    }
}
