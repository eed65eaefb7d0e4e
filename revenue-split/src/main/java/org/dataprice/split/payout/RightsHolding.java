package org.dataprice.split.payout;

import java.math.BigDecimal;

/**
 * A party's share of each of the three data rights (持有 / 加工 / 经营), each in [0, 1]; across the
 * parties of a basis each right's shares sum to 1 (or to 0 when the right has weight 0).
 *
 * @param party      the party; not blank
 * @param holding    its share of the holding right; not null
 * @param processing its share of the processing right; not null
 * @param operating  its share of the operating right; not null
 */
public record RightsHolding(String party, BigDecimal holding, BigDecimal processing, BigDecimal operating) {
    /** Validates. */
    public RightsHolding {
        org.dataprice.error.Require.notBlank(party, "party");
        RightsWeights.check(holding, "holding");
        RightsWeights.check(processing, "processing");
        RightsWeights.check(operating, "operating");
    }
}
