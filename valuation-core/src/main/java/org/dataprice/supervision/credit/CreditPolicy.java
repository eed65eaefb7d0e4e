package org.dataprice.supervision.credit;

import org.dataprice.error.Require;
import org.dataprice.error.Rule;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

/**
 * The exchange's market-credit policy: the base score every party starts from, the standing levels, and the
 * periods of the objection and repair procedures.
 *
 * <p>Score at instant t = {@code basePoints} + Σ points of the events counting at t. The level is the first of
 * {@code levels} (ordered by {@code minScore}, highest first) whose {@code minScore} the score reaches, else the last.
 * The level of {@code basePoints} must allow every action, so a restriction always ends when its events expire.
 *
 * @param version               the policy's version, &ge; 1
 * @param basePoints            the score without events
 * @param levels                the levels, strictly decreasing {@code minScore}; not empty, at most 10
 * @param objectionAnswerPeriod the time to answer an objection; positive
 * @param repairWait            the time after an event before its repair may be requested; not negative
 * @param repairDecisionPeriod  the time to decide a repair request; positive
 * @param repairConditions      the conditions a repair request must declare met; not null, no duplicates
 */
public record CreditPolicy(int version, int basePoints, List<StandingLevel> levels, Duration objectionAnswerPeriod,
                           Duration repairWait, Duration repairDecisionPeriod, List<RepairCondition> repairConditions) {
    /**
     * An example policy (version 1, base 100): A ≥ 110 (deposit −20 %), B ≥ 90, C ≥ 60 (may not bid), D below 60 (may
     * neither list nor bid); objections answered within 15 days, repair from 90 days after the event, decided within
     * 15 days, all three conditions required. Example figures, not regulatory numbers.
     */
    public static final CreditPolicy EXAMPLE = new CreditPolicy(1, 100, List.of(
            new StandingLevel("A", 110, new BigDecimal("0.20"), true, true),
            new StandingLevel("B", 90, BigDecimal.ZERO, true, true),
            new StandingLevel("C", 60, BigDecimal.ZERO, true, false),
            new StandingLevel("D", Integer.MIN_VALUE, BigDecimal.ZERO, false, false)),
            Duration.ofDays(15), Duration.ofDays(90), Duration.ofDays(15), List.of(RepairCondition.values()));

    /** Validates and copies. */
    public CreditPolicy {
        Require.atLeast(version, 1, "version");
        levels = Require.nonEmptyCopy(levels, "levels");
        Require.that(levels.size() <= 10, "levels", levels.size(), Rule.LIMIT_EXCEEDED, 10);
        for (int i = 1; i < levels.size(); i++) {
            Require.that(levels.get(i).minScore() < levels.get(i - 1).minScore(), "levels[" + i + "].minScore",
                    levels.get(i).minScore(), Rule.LESS_THAN, levels.get(i - 1).minScore());
        }
        Require.notNull(objectionAnswerPeriod, "objectionAnswerPeriod");
        Require.that(!objectionAnswerPeriod.isNegative() && !objectionAnswerPeriod.isZero(), "objectionAnswerPeriod", objectionAnswerPeriod,
                Rule.GREATER_THAN, "PT0S");
        Require.notNull(repairWait, "repairWait");
        Require.that(!repairWait.isNegative(), "repairWait", repairWait, Rule.AT_LEAST, "PT0S");
        Require.notNull(repairDecisionPeriod, "repairDecisionPeriod");
        Require.that(!repairDecisionPeriod.isNegative() && !repairDecisionPeriod.isZero(), "repairDecisionPeriod", repairDecisionPeriod,
                Rule.GREATER_THAN, "PT0S");
        repairConditions = Require.copyOf(repairConditions, "repairConditions");
        StandingLevel base = levelOf(levels, basePoints);
        Require.that(base.mayList() && base.mayBid(), "basePoints", basePoints, Rule.INVALID_STATE,
                "the level of the base score must allow listing and bidding");
    }

    /**
     * @param score a score
     * @return its level
     */
    public StandingLevel level(long score) {
        return levelOf(levels, score);
    }

    private static StandingLevel levelOf(List<StandingLevel> levels, long score) {
        for (StandingLevel l : levels) {
            if (score >= l.minScore()) {
                return l;
            }
        }
        return levels.get(levels.size() - 1);
    }
}
