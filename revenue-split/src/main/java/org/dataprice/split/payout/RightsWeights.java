package org.dataprice.split.payout;

import java.math.BigDecimal;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;

/**
 * The weights of the three data property rights of the "data twenty articles" (数据二十条, 2022):
 * resource holding (数据资源持有权), processing and use (数据加工使用权) and product operation
 * (数据产品经营权). They sum to 1 and say how much of a dividend each right earns.
 *
 * @param holding    the weight of the holding right, in [0, 1]; not null
 * @param processing the weight of the processing right, in [0, 1]; not null
 * @param operating  the weight of the operating right, in [0, 1]; not null
 */
public record RightsWeights(BigDecimal holding, BigDecimal processing, BigDecimal operating) {
    /** Validates that the weights are in [0, 1] and sum to 1. */
    public RightsWeights {
        check(holding, "holding");
        check(processing, "processing");
        check(operating, "operating");
        BigDecimal sum = holding.add(processing).add(operating);
        Require.that(sum.compareTo(BigDecimal.ONE) == 0, "operating", sum, Rule.SUM_MISMATCH, 1);
    }

    static BigDecimal check(BigDecimal x, String field) {
        Require.notNull(x, field);
        Require.that(x.signum() >= 0 && x.compareTo(BigDecimal.ONE) <= 0, field, x, Rule.OUT_OF_RANGE, "[0, 1]");
        return x;
    }
}
