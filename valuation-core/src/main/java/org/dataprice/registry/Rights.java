package org.dataprice.registry;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dataprice.error.InvalidInputException;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;
import org.dataprice.registry.json.JsonFields;

/**
 * 三权 — who holds each of the three rights of a registration ({@link RightKind}), with exact shares.
 *
 * <p>Rules (field, {@link Rule}): every kind has holders ({@code holders.KIND}, {@link Rule#EMPTY}); at most
 * {@value #MAX_HOLDERS} holders per right ({@link Rule#LIMIT_EXCEEDED}); a party appears once per right
 * ({@code holders.KIND[i].party}, {@link Rule#DUPLICATE}); the shares of a right sum to exactly 1 in
 * {@link BigDecimal} arithmetic, no rounding ({@code holders.KIND}, {@link Rule#SUM_MISMATCH}). Holders are
 * kept sorted by party id, so that equal holdings are equal records with equal canonical bytes. Immutable.
 *
 * @param holders the holders of each right; not null, all three kinds present
 */
public record Rights(Map<RightKind, List<Share>> holders) {
    /** Most holders of one right. */
    public static final int MAX_HOLDERS = 100;

    /** Checks the components (see the class Javadoc). */
    public Rights {
        Require.notNull(holders, "holders");
        Map<RightKind, List<Share>> copy = new EnumMap<>(RightKind.class);
        for (RightKind kind : RightKind.values()) {
            String field = "holders." + kind;
            List<Share> shares = new ArrayList<>(Require.nonEmptyCopy(
                    Require.notNull(holders.get(kind), field), field));
            Require.withinLimit(shares.size(), MAX_HOLDERS, field, "");
            shares.sort(Comparator.comparing(Share::party));
            Set<String> parties = new HashSet<>();
            BigDecimal sum = BigDecimal.ZERO;
            for (int i = 0; i < shares.size(); i++) {
                Require.that(parties.add(shares.get(i).party()), field + "[" + i + "].party", shares.get(i).party(),
                        Rule.DUPLICATE, "party");
                sum = sum.add(shares.get(i).fraction());
            }
            Require.that(sum.compareTo(BigDecimal.ONE) == 0, field, sum.toPlainString(), Rule.SUM_MISMATCH, 1);
            copy.put(kind, List.copyOf(shares));
        }
        holders = Map.copyOf(copy);
    }

    /**
     * All three rights held whole by one party (the usual first registration).
     *
     * @param party the holder
     * @return the rights
     */
    public static Rights heldBy(String party) {
        Map<RightKind, List<Share>> all = new EnumMap<>(RightKind.class);
        for (RightKind kind : RightKind.values()) {
            all.put(kind, List.of(new Share(party, BigDecimal.ONE)));
        }
        return new Rights(all);
    }

    /**
     * @param kind a right
     * @return its holders, sorted by party id
     */
    public List<Share> of(RightKind kind) {
        return holders.get(kind);
    }

    /**
     * @param kind  a right
     * @param party a party id
     * @return the party's share of the right, zero when it holds none
     */
    public BigDecimal share(RightKind kind, String party) {
        return of(kind).stream().filter(s -> s.party().equals(party)).map(Share::fraction).findFirst()
                .orElse(BigDecimal.ZERO);
    }

    /**
     * Moves {@code fraction} of a right from one party to another; a holder left with nothing drops out, a
     * receiving holder's shares add up. Exact: the sum stays 1.
     *
     * @param kind     the right
     * @param from     the giving holder; must hold at least {@code fraction} ({@code from}, {@link Rule#NOT_A_PARTY}
     *                 when it holds none, {@code fraction}, {@link Rule#AT_MOST} when it holds less)
     * @param to       the receiving party; not {@code from} ({@code to}, {@link Rule#DUPLICATE})
     * @param fraction the share moved; in (0, 1]
     * @return the new rights
     */
    public Rights transfer(RightKind kind, String from, String to, BigDecimal fraction) {
        BigDecimal held = share(kind, from);
        Require.that(held.signum() > 0, "from", from, Rule.NOT_A_PARTY, "holder of " + kind);
        Require.that(!from.equals(to), "to", to, Rule.DUPLICATE, "from and to");
        Share moved = new Share(to, fraction);
        Require.that(moved.fraction().compareTo(held) <= 0, "fraction", moved.fraction(), Rule.AT_MOST, held.toPlainString());
        List<Share> next = new ArrayList<>();
        BigDecimal received = moved.fraction();
        for (Share s : of(kind)) {
            if (s.party().equals(from)) {
                BigDecimal left = s.fraction().subtract(moved.fraction());
                if (left.signum() > 0) {
                    next.add(new Share(from, left));
                }
            } else if (s.party().equals(to)) {
                received = received.add(s.fraction());
            } else {
                next.add(s);
            }
        }
        next.add(new Share(to, received));
        Map<RightKind, List<Share>> all = new EnumMap<>(holders);
        all.put(kind, next);
        return new Rights(all);
    }

    /** @return the canonical JSON object: {@code {"KIND":[{"party":…,"share":"0.5"}…]…}} */
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        for (RightKind kind : RightKind.values()) {
            json.put(kind.name(), of(kind).stream().map(s -> Map.<String, Object>of("party", s.party(), "share",
                    s.fraction())).toList());
        }
        return json;
    }

    /**
     * @param json the object written by {@link #toJson()}
     * @return the rights
     */
    public static Rights fromJson(JsonFields json) {
        Map<RightKind, List<Share>> all = new EnumMap<>(RightKind.class);
        for (RightKind kind : RightKind.values()) {
            List<Share> shares = new ArrayList<>();
            for (JsonFields s : json.objects(kind.name())) {
                try {
                    shares.add(new Share(s.string("party"), s.decimal("share")));
                } catch (InvalidInputException e) {
                    throw e.within(s.path());
                }
            }
            all.put(kind, shares);
        }
        try {
            return new Rights(all);
        } catch (InvalidInputException e) {
            throw e.within(json.path());
        }
    }
}
