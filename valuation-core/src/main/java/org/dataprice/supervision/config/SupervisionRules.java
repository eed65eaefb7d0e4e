package org.dataprice.supervision.config;

import org.dataprice.error.DatapriceException;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;
import org.dataprice.money.Money;
import org.dataprice.supervision.RuleIdentity;
import org.dataprice.supervision.Severity;
import org.dataprice.supervision.robust.HampelFilter;
import org.dataprice.supervision.rule.BandRule;
import org.dataprice.supervision.rule.DealRule;
import org.dataprice.supervision.rule.HampelRule;
import org.dataprice.supervision.rule.IndexJumpRule;
import org.dataprice.supervision.rule.PeriodRule;
import org.dataprice.supervision.rule.ReferencePriceRule;
import org.dataprice.supervision.rule.RuleSet;
import org.dataprice.supervision.rule.ThresholdBunchingRule;
import org.dataprice.supervision.rule.VolumeSpikeRule;
import org.dataprice.supervision.structure.ConcentrationScreen;
import org.dataprice.supervision.pattern.AuctionScreen;
import org.dataprice.supervision.pattern.CycleScreen;
import org.dataprice.supervision.pattern.OfferSequenceScreen;
import org.dataprice.supervision.pattern.ParallelPricingScreen;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * 监测规则配置 — an exchange's configured and versioned supervision rules: the reporting threshold and, per rule, whether
 * it runs, its severity, its parameters and its own version. Version 0 is {@link #defaults}: every rule at version 1
 * with the figures of {@link RuleSet#example} and {@link ConcentrationScreen#EXAMPLE} (illustrations for an exchange
 * to set, not regulatory numbers). Each stored revision ({@link #revise}) is version n + 1; a rule whose settings
 * change gets its own version + 1, an unchanged rule keeps its version, so an alert's (rule id, rule version) names
 * the exact settings that raised it.
 *
 * <table>
 *   <caption>the rules and their parameters (the names of the core constructors)</caption>
 *   <tr><th>id</th><th>parameters (default)</th><th>severity</th></tr>
 *   <tr><td>price.band</td><td>—</td><td>HIGH</td></tr>
 *   <tr><td>price.reference</td><td>maxDeviation (1.0)</td><td>WARNING</td></tr>
 *   <tr><td>price.hampel</td><td>threshold (3), minSample (5, integer)</td><td>WARNING</td></tr>
 *   <tr><td>price.indexJump</td><td>maxRatio (3)</td><td>WARNING</td></tr>
 *   <tr><td>volume.spike</td><td>window (6), minHistory (3), factor (3), minExcess (10); integers but factor</td><td>INFO</td></tr>
 *   <tr><td>price.bunching</td><td>width (0.05), minDeals (8, integer), alpha (0.001); T = the reporting threshold</td><td>HIGH</td></tr>
 *   <tr><td>structure.hhi</td><td>hhiThreshold (1800), deltaThreshold (100), minDeals (20, integer)</td><td>WARNING</td></tr>
 *   <tr><td>structure.dominance</td><td>— (shares of 反垄断法 art. 24; judged on the cells of structure.hhi's minDeals)</td><td>HIGH</td></tr>
 *   <tr><td>pattern.washTrading</td><td>windowDays (30, integer 1..366), maxLength (4, integer 2..8), amountTolerance (1.1)</td><td>CRITICAL</td></tr>
 *   <tr><td>pattern.roundTrip</td><td>minRise (0.2, &gt; amountTolerance − 1)</td><td>HIGH</td></tr>
 *   <tr><td>pattern.selfDealing</td><td>—</td><td>CRITICAL</td></tr>
 *   <tr><td>pattern.bidRotation</td><td>minAuctions (4, integer ≥ 3)</td><td>HIGH</td></tr>
 *   <tr><td>pattern.coverBidding</td><td>minBids (4, integer ≥ 3), minDistance (3), maxLoserCv (0.01)</td><td>WARNING</td></tr>
 *   <tr><td>pattern.identicalOffers</td><td>minLength (3, integer ≥ 2)</td><td>INFO</td></tr>
 *   <tr><td>pattern.parallelPricing</td><td>lagDays (3, integer 0..31), tolerance (0.005), minMatches (3, integer ≥ 2), minShare (0.75)</td><td>WARNING</td></tr>
 * </table>
 *
 * @param version            the configuration's version, 0 for the defaults
 * @param reportingThreshold the price at and above which a deal must be reported (the bunching rule's T), &gt; 0;
 *                           its currency is the monitored market's; not null
 * @param rules              every rule of {@link #RULE_IDS}, in that order; not null, copied
 * @param indexSource        the published index (and its series per category) that {@code price.indexJump} reads;
 *                           {@link IndexSource#NONE} in the defaults and in versions stored before it existed; a change
 *                           of it bumps {@code price.indexJump}'s own version (its alerts cite the exact source); not
 *                           null
 */
public record SupervisionRules(int version, Money reportingThreshold, List<RuleSettings> rules,
        IndexSource indexSource) {
    /** The configurable rules, in their fixed order. */
    public static final List<String> RULE_IDS = List.of("price.band", "price.reference", "price.hampel",
            "price.indexJump", "volume.spike", "price.bunching", "structure.hhi", "structure.dominance",
            "pattern.washTrading", "pattern.roundTrip", "pattern.selfDealing", "pattern.bidRotation",
            "pattern.coverBidding", "pattern.identicalOffers", "pattern.parallelPricing");

    private static final Map<String, Map<String, BigDecimal>> DEFAULT_PARAMETERS = defaultsByRule();
    private static final Set<String> INTEGERS = Set.of("price.hampel/minSample", "volume.spike/window",
            "volume.spike/minHistory", "volume.spike/minExcess", "price.bunching/minDeals", "structure.hhi/minDeals",
            "pattern.washTrading/windowDays", "pattern.washTrading/maxLength", "pattern.bidRotation/minAuctions",
            "pattern.coverBidding/minBids", "pattern.identicalOffers/minLength", "pattern.parallelPricing/lagDays",
            "pattern.parallelPricing/minMatches");
    private static final Map<String, Severity> DEFAULT_SEVERITY = Map.ofEntries(Map.entry("price.band", Severity.HIGH),
            Map.entry("price.reference", Severity.WARNING), Map.entry("price.hampel", Severity.WARNING),
            Map.entry("price.indexJump", Severity.WARNING), Map.entry("volume.spike", Severity.INFO),
            Map.entry("price.bunching", Severity.HIGH), Map.entry("structure.hhi", Severity.WARNING),
            Map.entry("structure.dominance", Severity.HIGH), Map.entry("pattern.washTrading", Severity.CRITICAL),
            Map.entry("pattern.roundTrip", Severity.HIGH), Map.entry("pattern.selfDealing", Severity.CRITICAL),
            Map.entry("pattern.bidRotation", Severity.HIGH), Map.entry("pattern.coverBidding", Severity.WARNING),
            Map.entry("pattern.identicalOffers", Severity.INFO), Map.entry("pattern.parallelPricing", Severity.WARNING));

    /**
     * Without an index source ({@link IndexSource#NONE}).
     *
     * @param version            the version
     * @param reportingThreshold the reporting threshold
     * @param rules              every rule
     */
    public SupervisionRules(int version, Money reportingThreshold, List<RuleSettings> rules) {
        this(version, reportingThreshold, rules, IndexSource.NONE);
    }

    /** Validates and copies; builds every rule once, so a stored configuration always runs. */
    public SupervisionRules {
        Require.notNull(indexSource, "indexSource");
        Require.atLeast(version, 0, "version");
        Require.notNull(reportingThreshold, "reportingThreshold");
        Require.that(reportingThreshold.signum() > 0, "reportingThreshold", reportingThreshold, Rule.GREATER_THAN, 0);
        rules = Require.copyOf(rules, "rules");
        Require.size(rules.size(), RULE_IDS.size(), "rules");
        for (int i = 0; i < rules.size(); i++) {
            Require.that(rules.get(i).id().equals(RULE_IDS.get(i)), "rules[" + i + "].id", rules.get(i).id(),
                    Rule.UNKNOWN, RULE_IDS.get(i));
        }
        for (int i = 0; i < rules.size(); i++) {
            String path = "rules[" + i + "].parameters";
            int at = i;
            try {
                buildRule(rules.get(at), reportingThreshold, null);
            } catch (DatapriceException e) {
                throw e.within(path);
            }
        }
        // the two screens whose parameters span two rules
        try {
            cycles(rules.get(RULE_IDS.indexOf("pattern.washTrading")), rules.get(RULE_IDS.indexOf("pattern.roundTrip")),
                    rules.get(RULE_IDS.indexOf("pattern.selfDealing")));
        } catch (DatapriceException e) {
            throw e.within("rules[" + RULE_IDS.indexOf("pattern.roundTrip") + "].parameters");
        }
    }

    /**
     * A stored configuration read back: rules the core added after it was stored (absent from {@code rules}) run at
     * their defaults, version 1, so an older stored version stays readable and its alerts keep citing it.
     *
     * @param version            the stored version
     * @param reportingThreshold its reporting threshold
     * @param rules              its rules, a prefix-free subset of {@link #RULE_IDS} in any order; not null
     * @return the configuration with every rule, in {@link #RULE_IDS} order
     */
    public static SupervisionRules stored(int version, Money reportingThreshold, List<RuleSettings> rules) {
        return stored(version, reportingThreshold, rules, IndexSource.NONE);
    }

    /**
     * As {@link #stored(int, Money, List)}, with the stored index source.
     *
     * @param version            the stored version
     * @param reportingThreshold its reporting threshold
     * @param rules              its rules
     * @param indexSource        its index source, or null when stored before index sources existed (none)
     * @return the configuration
     */
    public static SupervisionRules stored(int version, Money reportingThreshold, List<RuleSettings> rules,
                                          IndexSource indexSource) {
        Require.notNull(rules, "rules");
        Map<String, RuleSettings> byId = new LinkedHashMap<>();
        for (RuleSettings r : rules) {
            byId.put(r.id(), r);
        }
        List<RuleSettings> all = new ArrayList<>();
        for (String id : RULE_IDS) {
            RuleSettings r = byId.remove(id);
            all.add(r != null ? r : new RuleSettings(id, 1, true, DEFAULT_SEVERITY.get(id), DEFAULT_PARAMETERS.get(id)));
        }
        Require.that(byId.isEmpty(), "rules", byId.keySet(), Rule.UNKNOWN, RULE_IDS);
        return new SupervisionRules(version, reportingThreshold, all,
                indexSource == null ? IndexSource.NONE : indexSource);
    }

    private static Map<String, Map<String, BigDecimal>> defaultsByRule() {
        Map<String, Map<String, BigDecimal>> m = new LinkedHashMap<>();
        m.put("price.band", Map.of());
        m.put("price.reference", Map.of("maxDeviation", BigDecimal.ONE));
        m.put("price.hampel", Map.of("threshold", BigDecimal.valueOf(3), "minSample", BigDecimal.valueOf(5)));
        m.put("price.indexJump", Map.of("maxRatio", BigDecimal.valueOf(3)));
        m.put("volume.spike", Map.of("window", BigDecimal.valueOf(6), "minHistory", BigDecimal.valueOf(3),
                "factor", BigDecimal.valueOf(3), "minExcess", BigDecimal.TEN));
        m.put("price.bunching", Map.of("width", new BigDecimal("0.05"), "minDeals", BigDecimal.valueOf(8),
                "alpha", new BigDecimal("0.001")));
        m.put("structure.hhi", Map.of("hhiThreshold", BigDecimal.valueOf(1800), "deltaThreshold",
                BigDecimal.valueOf(100), "minDeals", BigDecimal.valueOf(20)));
        m.put("structure.dominance", Map.of());
        m.put("pattern.washTrading", Map.of("windowDays", BigDecimal.valueOf(30), "maxLength", BigDecimal.valueOf(4),
                "amountTolerance", new BigDecimal("1.1")));
        m.put("pattern.roundTrip", Map.of("minRise", new BigDecimal("0.2")));
        m.put("pattern.selfDealing", Map.of());
        m.put("pattern.bidRotation", Map.of("minAuctions", BigDecimal.valueOf(4)));
        m.put("pattern.coverBidding", Map.of("minBids", BigDecimal.valueOf(4), "minDistance", BigDecimal.valueOf(3),
                "maxLoserCv", new BigDecimal("0.01")));
        m.put("pattern.identicalOffers", Map.of("minLength", BigDecimal.valueOf(3)));
        m.put("pattern.parallelPricing", Map.of("lagDays", BigDecimal.valueOf(3), "tolerance", new BigDecimal("0.005"),
                "minMatches", BigDecimal.valueOf(3), "minShare", new BigDecimal("0.75")));
        return m;
    }

    /**
     * Version 0: every rule enabled at version 1 with its default severity and parameters.
     *
     * @param reportingThreshold the reporting threshold, &gt; 0; not null
     * @return the defaults
     */
    public static SupervisionRules defaults(Money reportingThreshold) {
        List<RuleSettings> rules = new ArrayList<>();
        for (String id : RULE_IDS) {
            rules.add(new RuleSettings(id, 1, true, DEFAULT_SEVERITY.get(id), DEFAULT_PARAMETERS.get(id)));
        }
        return new SupervisionRules(0, reportingThreshold, rules);
    }

    /**
     * The next version: the changes applied to this one.
     *
     * @param threshold a new reporting threshold, or null to keep it
     * @param changes   changes of some rules, at most one per id; not null
     * @return version + 1, with each changed rule at its version + 1
     * @throws org.dataprice.error.InvalidInputException {@code unknown} on {@code rules[i].id} or
     *         {@code rules[i].parameters.name}, {@code duplicate} on {@code rules[i].id}, {@code invalid-format} on
     *         a non-integral integer parameter, or a rule's own bound on {@code rules[i].parameters.name}
     */
    public SupervisionRules revise(Money threshold, List<RuleChange> changes) {
        return revise(threshold, changes, null);
    }

    /**
     * As {@link #revise(Money, List)}, also replacing the index source: a different source gives
     * {@code price.indexJump} its version + 1 (on top of a change of its own settings in the same revision, once).
     *
     * @param threshold a new reporting threshold, or null to keep it
     * @param changes   changes of some rules; not null
     * @param source    the new index source, or null to keep it
     * @return version + 1
     */
    public SupervisionRules revise(Money threshold, List<RuleChange> changes, IndexSource source) {
        Require.notNull(changes, "rules");
        Money t = threshold == null ? reportingThreshold : threshold;
        Map<String, RuleSettings> next = new LinkedHashMap<>();
        for (RuleSettings r : rules) {
            next.put(r.id(), r);
        }
        Map<String, Integer> positionOf = new TreeMap<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < changes.size(); i++) {
            RuleChange c = Require.notNull(changes.get(i), "rules[" + i + "]");
            String field = "rules[" + i + "]";
            Require.notBlank(c.id(), field + ".id");
            Require.that(next.containsKey(c.id()), field + ".id", c.id(), Rule.UNKNOWN, RULE_IDS);
            Require.that(seen.add(c.id()), field + ".id", c.id(), Rule.DUPLICATE, "one change per rule");
            positionOf.put(c.id(), i);
            RuleSettings old = next.get(c.id());
            Map<String, BigDecimal> params = new TreeMap<>(old.parameters());
            if (c.parameters() != null) {
                for (Map.Entry<String, BigDecimal> p : c.parameters().entrySet()) {
                    String pf = field + ".parameters." + p.getKey();
                    Require.that(params.containsKey(p.getKey()), pf, p.getKey(), Rule.UNKNOWN,
                            DEFAULT_PARAMETERS.get(c.id()).keySet().stream().sorted().toList());
                    Require.notNull(p.getValue(), pf);
                    if (INTEGERS.contains(c.id() + "/" + p.getKey())) {
                        Require.that(p.getValue().stripTrailingZeros().scale() <= 0
                                        && p.getValue().abs().compareTo(BigDecimal.valueOf(1_000_000)) <= 0, pf,
                                p.getValue(), Rule.INVALID_FORMAT, "an integer up to 1000000");
                    }
                    params.put(p.getKey(), p.getValue());
                }
            }
            boolean enabled = c.enabled() == null ? old.enabled() : c.enabled();
            Severity severity = c.severity() == null ? old.severity() : c.severity();
            boolean same = enabled == old.enabled() && severity == old.severity() && sameParameters(params, old.parameters());
            next.put(c.id(), same ? old : new RuleSettings(c.id(), old.version() + 1, enabled, severity, params));
        }
        IndexSource src = source == null ? indexSource : source;
        if (!src.equals(indexSource)) {
            RuleSettings jump = next.get("price.indexJump");
            RuleSettings before = rule("price.indexJump");
            next.put("price.indexJump", new RuleSettings(jump.id(), before.version() + 1, jump.enabled(),
                    jump.severity(), jump.parameters()));
        }
        List<RuleSettings> out = new ArrayList<>(next.values());
        try {
            return new SupervisionRules(version + 1, t, out, src);
        } catch (DatapriceException e) {
            throw renumber(e, positionOf);
        }
    }

    // the constructor names rules by their fixed position; the request names them by its own order
    private static DatapriceException renumber(DatapriceException e, Map<String, Integer> positionOf) {
        String field = e.field();
        if (field != null && field.startsWith("rules[")) {
            int close = field.indexOf(']');
            String id = RULE_IDS.get(Integer.parseInt(field.substring(6, close)));
            Integer p = positionOf.get(id);
            if (p != null) {
                return e.withField("rules[" + p + "]" + field.substring(close + 1));
            }
            // g ≤ ρ − 1 refused on the round trip's minRise while the request changed only the wash rule's ρ
            Integer wash = positionOf.get("pattern.washTrading");
            if (id.equals("pattern.roundTrip") && wash != null) {
                return e.withField("rules[" + wash + "].parameters.amountTolerance");
            }
        }
        return e;
    }

    private static boolean sameParameters(Map<String, BigDecimal> a, Map<String, BigDecimal> b) {
        if (!a.keySet().equals(b.keySet())) {
            return false;
        }
        for (String k : a.keySet()) {
            if (a.get(k).compareTo(b.get(k)) != 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * @param id a rule id of {@link #RULE_IDS}
     * @return its settings
     */
    public RuleSettings rule(String id) {
        return rules.get(RULE_IDS.indexOf(id));
    }

    /** @return the enabled per-deal and period rules, as the core runs them */
    public RuleSet ruleSet() {
        List<DealRule> deal = new ArrayList<>();
        List<PeriodRule> period = new ArrayList<>();
        for (RuleSettings r : rules) {
            if (r.enabled()) {
                Object rule = buildRule(r, reportingThreshold, this);
                if (rule instanceof DealRule d) {
                    deal.add(d);
                } else if (rule instanceof PeriodRule p) {
                    period.add(p);
                }
            }
        }
        return new RuleSet(deal, period);
    }

    /** @return the concentration screen of {@code structure.hhi} and {@code structure.dominance} (enabled or not) */
    public ConcentrationScreen concentration() {
        return (ConcentrationScreen) buildRule(rule("structure.hhi"), reportingThreshold, this);
    }

    /**
     * @param identity a rule identity raised by a screen
     * @return whether that rule is enabled in this configuration (an unknown id counts as enabled)
     */
    public boolean enabled(RuleIdentity identity) {
        int i = RULE_IDS.indexOf(identity.id());
        return i < 0 || rules.get(i).enabled();
    }

    /**
     * @return the self-dealing, wash / circular and round-trip screen of {@code pattern.washTrading} (window W,
     *         longest cycle L, amount tolerance ρ), {@code pattern.roundTrip} (minRise g) and
     *         {@code pattern.selfDealing}; {@link CycleScreen#EXAMPLE}'s work bound
     */
    public CycleScreen cycles() {
        return cycles(rule("pattern.washTrading"), rule("pattern.roundTrip"), rule("pattern.selfDealing"));
    }

    /** @return the bid-rotation ({@code pattern.bidRotation}) and cover-bidding ({@code pattern.coverBidding}) screen */
    public AuctionScreen auctions() {
        return auctions(rule("pattern.bidRotation"), rule("pattern.coverBidding"));
    }

    /** @return the identical-offer-sequence screen of {@code pattern.identicalOffers} */
    public OfferSequenceScreen offers() {
        return (OfferSequenceScreen) buildRule(rule("pattern.identicalOffers"), reportingThreshold, this);
    }

    /** @return the parallel-pricing screen of {@code pattern.parallelPricing} */
    public ParallelPricingScreen parallelPricing() {
        return (ParallelPricingScreen) buildRule(rule("pattern.parallelPricing"), reportingThreshold, this);
    }

    private static CycleScreen cycles(RuleSettings wash, RuleSettings round, RuleSettings self) {
        return new CycleScreen(wash.identity(), round.identity(), self.identity(),
                Duration.ofDays(wash.integer("windowDays")), wash.integer("maxLength"), wash.number("amountTolerance"),
                round.number("minRise"), CycleScreen.EXAMPLE.maxSteps());
    }

    private static AuctionScreen auctions(RuleSettings rotation, RuleSettings cover) {
        return new AuctionScreen(rotation.identity(), cover.identity(), rotation.integer("minAuctions"),
                cover.integer("minBids"), cover.number("minDistance"), cover.number("maxLoserCv"));
    }

    private static Object buildRule(RuleSettings r, Money threshold, SupervisionRules whole) {
        Require.that(r.parameters().keySet().equals(DEFAULT_PARAMETERS.get(r.id()).keySet()), "parameters",
                r.parameters().keySet(), Rule.SIZE_MISMATCH, DEFAULT_PARAMETERS.get(r.id()).keySet());
        RuleIdentity id = r.identity();
        return switch (r.id()) {
            case "price.band" -> new BandRule(id);
            case "price.reference" -> new ReferencePriceRule(id, r.number("maxDeviation"));
            case "price.hampel" -> new HampelRule(id, new HampelFilter(r.number("threshold"), r.integer("minSample")));
            case "price.indexJump" -> new IndexJumpRule(id, r.number("maxRatio"));
            case "volume.spike" -> new VolumeSpikeRule(id, r.integer("window"), r.integer("minHistory"),
                    r.number("factor"), r.integer("minExcess"));
            case "price.bunching" -> new ThresholdBunchingRule(id, threshold, r.number("width"), r.integer("minDeals"),
                    r.number("alpha"));
            case "structure.hhi" -> new ConcentrationScreen(id, whole == null ? RuleIdentity.of("structure.dominance",
                    1, Severity.HIGH) : whole.rule("structure.dominance").identity(), r.number("hhiThreshold"),
                    r.number("deltaThreshold"), r.integer("minDeals"));
            case "structure.dominance" -> id;
            case "pattern.washTrading" -> {
                Require.inClosedRange(r.integer("windowDays"), 1, 366, "windowDays");
                yield new CycleScreen(id, CycleScreen.EXAMPLE.roundTrip(), CycleScreen.EXAMPLE.selfDealing(),
                        Duration.ofDays(r.integer("windowDays")), r.integer("maxLength"), r.number("amountTolerance"),
                        Math.max(CycleScreen.EXAMPLE.minRise(), r.number("amountTolerance")),
                        CycleScreen.EXAMPLE.maxSteps());
            }
            case "pattern.roundTrip" -> Require.greaterThan(r.number("minRise"), 0, "minRise");
            case "pattern.selfDealing" -> id;
            case "pattern.bidRotation" -> new AuctionScreen(id, AuctionScreen.EXAMPLE.cover(), r.integer("minAuctions"),
                    AuctionScreen.EXAMPLE.minBids(), AuctionScreen.EXAMPLE.minDistance(), AuctionScreen.EXAMPLE.maxLoserCv());
            case "pattern.coverBidding" -> new AuctionScreen(AuctionScreen.EXAMPLE.rotation(), id,
                    AuctionScreen.EXAMPLE.minAuctions(), r.integer("minBids"), r.number("minDistance"),
                    r.number("maxLoserCv"));
            case "pattern.identicalOffers" -> new OfferSequenceScreen(id, r.integer("minLength"));
            case "pattern.parallelPricing" -> {
                Require.inClosedRange(r.integer("lagDays"), 0, 31, "lagDays");
                yield new ParallelPricingScreen(id, Duration.ofDays(r.integer("lagDays")), r.number("tolerance"),
                        r.integer("minMatches"), r.number("minShare"), ParallelPricingScreen.EXAMPLE.maxSteps());
            }
            default -> throw new IllegalStateException(r.id());
        };
    }
}
