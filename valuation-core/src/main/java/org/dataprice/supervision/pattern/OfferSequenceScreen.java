package org.dataprice.supervision.pattern;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.dataprice.error.Require;
import org.dataprice.explain.Explanation;
import org.dataprice.explain.Quantity;
import org.dataprice.explain.Step;
import org.dataprice.pricing.negotiation.RecordedOffer;
import org.dataprice.pricing.negotiation.Role;
import org.dataprice.supervision.Alert;
import org.dataprice.supervision.RuleIdentity;
import org.dataprice.supervision.Severity;

/**
 * 协同报价 — a collusion hint in negotiations: parties of different owner groups, on the same side (buyers, or
 * sellers), making the identical sequence of at least {@code minLength} offer prices (same amounts, same order;
 * compared exactly, trailing zeros ignored). Independent bargainers with continuous concession strategies almost
 * never repeat one another's sequence; a shared sequence suggests a shared script (the "identical bids" indicator of
 * OECD 2009, <i>Guidelines for Fighting Bid Rigging in Public Procurement</i>, applied to offer sequences). It is a
 * hint, not proof: a published price list quoted verbatim by many buyers would match too, hence severity INFO by
 * default and a minimum length. Stateless and thread-safe.
 *
 * @param identity  the rule's id, version and severity; not null
 * @param minLength fewest offers in the shared sequence, &ge; 2
 */
public record OfferSequenceScreen(RuleIdentity identity, int minLength) {
    /** Version 1: sequences of at least 3 offers, INFO. */
    public static final OfferSequenceScreen EXAMPLE =
            new OfferSequenceScreen(RuleIdentity.of("pattern.identicalOffers", 1, Severity.INFO), 3);

    /** Validates. */
    public OfferSequenceScreen {
        Require.notNull(identity, "identity");
        Require.atLeast(minLength, 2, "minLength");
    }

    /**
     * @param negotiations the negotiations; not null
     * @param groups       the owner groups (parties of one group may share a script); not null
     * @return one alert per shared sequence met in negotiations of at least two owner groups
     */
    public List<Alert> find(List<NegotiationRecord> negotiations, OwnershipGroups groups) {
        Require.notNull(negotiations, "negotiations");
        Require.notNull(groups, "groups");
        Map<String, List<NegotiationRecord>> bySequence = new LinkedHashMap<>();
        for (NegotiationRecord n : negotiations) {
            for (Role role : Role.values()) {
                List<String> prices = new ArrayList<>();
                for (RecordedOffer o : n.offers()) {
                    if (o.proposer() == role) {
                        prices.add(o.offer().price().amount().stripTrailingZeros().toPlainString());
                    }
                }
                if (prices.size() >= minLength) {
                    String key = role + " " + sequence(n, prices);
                    bySequence.computeIfAbsent(key, k -> new ArrayList<>()).add(n);
                }
            }
        }
        List<Alert> alerts = new ArrayList<>();
        bySequence.forEach((key, list) -> {
            Role role = Role.valueOf(key.substring(0, key.indexOf(' ')));
            TreeSet<String> owners = new TreeSet<>();
            TreeSet<String> parties = new TreeSet<>();
            TreeSet<String> ids = new TreeSet<>();
            for (NegotiationRecord n : list) {
                String party = role == Role.BUYER ? n.buyerId() : n.sellerId();
                parties.add(party);
                owners.add(groups.group(party));
                ids.add(n.negotiationId());
            }
            if (owners.size() >= 2) {
                alerts.add(alert(role, key.substring(key.indexOf(' ') + 1), parties, ids));
            }
        });
        return alerts;
    }

    private static String sequence(NegotiationRecord n, List<String> prices) {
        return n.offers().get(0).offer().price().currency().getCurrencyCode() + " " + String.join(" → ", prices);
    }

    private Alert alert(Role role, String sequence, TreeSet<String> parties, TreeSet<String> ids) {
        Quantity seq = Quantity.text("sequence", sequence);
        Explanation explanation = Explanation.builder("supervision.pattern." + identity.id())
                .input("rule", identity.id()).input("ruleVersion", identity.version()).input("side", role.name())
                .step(Step.builder(PatternSteps.IDENTICAL_OFFERS)
                        .formula("the same " + role.name().toLowerCase(java.util.Locale.ROOT)
                                + " offer prices, in order, by parties of different owner groups")
                        .input(Quantity.text("parties", String.join(",", parties)))
                        .input(Quantity.text("negotiations", String.join(",", ids))).result(seq)
                        .source("OECD 2009, Guidelines for Fighting Bid Rigging in Public Procurement (identical bids)")
                        .build())
                .build();
        return new Alert(identity, role.name() + ":" + String.join(",", parties), new ArrayList<>(ids),
                List.of(seq, Quantity.count("parties", parties.size())), explanation);
    }
}
