package org.dataprice.split.payout;

import java.math.BigDecimal;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;

/**
 * A share of the pool taken first (专项提取), e.g. the part of public-data operating revenue returned to
 * public services. Earmarks are split from the pool together with the remainder by largest remainder,
 * so all parts add up exactly.
 *
 * @param recipient the party receiving it; not blank
 * @param share     the fraction of the pool, in (0, 1]
 */
public record Earmark(String recipient, BigDecimal share) {
    /** Validates. */
    public Earmark {
        Require.notBlank(recipient, "recipient");
        Require.notNull(share, "share");
        Require.that(share.signum() > 0 && share.compareTo(BigDecimal.ONE) <= 0, "share", share, Rule.OUT_OF_RANGE, "(0, 1]");
    }
}
