package org.dataprice.split.payout;

import java.util.Optional;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;
import org.dataprice.money.Money;

/**
 * A floor (保底) and an optional cap (封顶) on a party's dividend.
 *
 * @param party the party; not blank
 * @param floor the least dividend, ≥ 0; not null
 * @param cap   the largest dividend, ≥ floor, when present; not null
 */
public record PartyLimit(String party, Money floor, Optional<Money> cap) {
    /** Validates. */
    public PartyLimit {
        Require.notBlank(party, "party");
        Require.notNull(floor, "floor");
        Require.that(!floor.isNegative(), "floor", floor, Rule.AT_LEAST, 0);
        Require.notNull(cap, "cap");
        cap.ifPresent(c -> Require.that(c.compareTo(floor) >= 0, "cap", c, Rule.AT_LEAST, floor));
    }

    /**
     * @param party the party; not blank
     * @param floor the floor ≥ 0; not null
     * @return a floor without cap
     */
    public static PartyLimit floor(String party, Money floor) {
        return new PartyLimit(party, floor, Optional.empty());
    }

    /**
     * @param party the party; not blank
     * @param cap   the cap ≥ 0; not null
     * @return a cap without floor
     */
    public static PartyLimit cap(String party, Money cap) {
        return new PartyLimit(party, Money.zero(Require.notNull(cap, "cap").currency()), Optional.of(cap));
    }
}
