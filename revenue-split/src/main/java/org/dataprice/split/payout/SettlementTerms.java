package org.dataprice.split.payout;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;

/**
 * The rules of a settlement (分配规则): earmarks taken first (their shares sum to at most 1), fixed
 * claims, the dividend basis for the rest, floors and caps on dividends, and the loss policy.
 *
 * @param earmarks   shares of the pool taken first; copied
 * @param claims     commissions, per-use fees, per-year payments; copied
 * @param dividend   how the residual is divided; not null
 * @param limits     floors and caps on dividends, at most one per party, parties of the basis; copied
 * @param lossPolicy what a negative pool does; not null
 */
public record SettlementTerms(List<Earmark> earmarks, List<FixedClaim> claims, DividendBasis dividend,
        List<PartyLimit> limits, LossPolicy lossPolicy) {
    /** Validates. */
    public SettlementTerms {
        earmarks = Require.copyOf(earmarks, "earmarks");
        claims = Require.copyOf(claims, "claims");
        Require.notNull(dividend, "dividend");
        limits = Require.copyOf(limits, "limits");
        Require.notNull(lossPolicy, "lossPolicy");
        java.math.BigDecimal share = java.math.BigDecimal.ZERO;
        for (Earmark e : earmarks) {
            share = share.add(e.share());
        }
        Require.that(share.compareTo(java.math.BigDecimal.ONE) <= 0, "earmarks", share, Rule.AT_MOST, 1);
        Set<String> basis = new HashSet<>();
        dividend.weights().forEach(w -> basis.add(w.party()));
        Set<String> limited = new HashSet<>();
        for (int i = 0; i < limits.size(); i++) {
            String p = limits.get(i).party();
            Require.that(basis.contains(p), "limits[" + i + "].party", p, Rule.UNKNOWN,
                    "the parties of the dividend basis " + new java.util.TreeSet<>(basis));
            Require.that(limited.add(p), "limits[" + i + "].party", p, Rule.DUPLICATE, p);
        }
    }

    /**
     * Terms with only a dividend basis.
     *
     * @param dividend the basis; not null
     * @return the terms (no earmarks, claims or limits; losses shared)
     */
    public static SettlementTerms dividendOnly(DividendBasis dividend) {
        return new SettlementTerms(List.of(), List.of(), dividend, List.of(), LossPolicy.SHARE);
    }
}
