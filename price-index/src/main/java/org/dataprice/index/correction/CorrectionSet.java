package org.dataprice.index.correction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.dataprice.error.Require;

/**
 * The corrections of an index as of one release, applied to its trades (更正集合): each trade with
 * corrections is replaced by its state after them ({@link TradeCorrections#current}: left out when
 * voided, amended values otherwise); other trades pass unchanged.
 *
 * <p>Two uses: {@link #apply(List)} on a list of trades, and {@link #apply(Trade)} one trade at a
 * time, for a reader that streams trades without holding them as objects; both give the same result.
 * {@link #notIn(Collection)} names the corrections a release applies for the first time (those not
 * applied by an earlier release), which the release lists. Memory: one entry per corrected trade;
 * {@link #corrects} is a binary search over a sorted {@code long[]} (no allocation per trade read).
 * Immutable and thread-safe.
 */
public final class CorrectionSet {
    /** No corrections. */
    public static final CorrectionSet EMPTY = new CorrectionSet(List.of());

    private final List<TradeCorrection> all;
    private final Map<Long, List<TradeCorrection>> byTrade = new HashMap<>();
    /** The corrected trade ids, sorted: {@link #corrects} is called once per trade read, without boxing. */
    private final long[] corrected;

    /** @param corrections the corrections, any order; not null, no nulls */
    public CorrectionSet(List<TradeCorrection> corrections) {
        List<TradeCorrection> copy = new ArrayList<>(Require.copyOf(corrections, "corrections"));
        copy.sort(Comparator.comparing(TradeCorrection::at).thenComparing(TradeCorrection::id));
        this.all = List.copyOf(copy);
        for (TradeCorrection c : all) {
            byTrade.computeIfAbsent(c.tradeId(), k -> new ArrayList<>()).add(c);
        }
        this.corrected = byTrade.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
    }

    /**
     * @param tradeId a trade id
     * @return whether any correction applies to it
     */
    public boolean corrects(long tradeId) {
        return Arrays.binarySearch(corrected, tradeId) >= 0;
    }

    /**
     * @param trade a trade as loaded
     * @return it after its corrections; empty when voided
     */
    public Optional<Trade> apply(Trade trade) {
        List<TradeCorrection> history = byTrade.get(trade.id());
        return history == null ? Optional.of(trade) : TradeCorrections.current(trade, history);
    }

    /**
     * @param trades trades as loaded
     * @return the trades after their corrections, in the same order, voided ones left out
     */
    public List<Trade> apply(List<Trade> trades) {
        List<Trade> out = new ArrayList<>(trades.size());
        for (Trade t : trades) {
            apply(t).ifPresent(out::add);
        }
        return out;
    }

    /** @return every correction id, oldest first (ties by id) */
    public List<String> ids() {
        return all.stream().map(TradeCorrection::id).toList();
    }

    /**
     * @param applied ids of corrections applied before (by earlier releases)
     * @return the ids of this set not among them, oldest first
     */
    public List<String> notIn(Collection<String> applied) {
        Set<String> before = new HashSet<>(applied);
        return all.stream().map(TradeCorrection::id).filter(id -> !before.contains(id)).toList();
    }

    /** @return the number of corrections */
    public int size() {
        return all.size();
    }
}
