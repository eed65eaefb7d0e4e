package org.dataprice.supervision.admission;

import org.dataprice.error.Require;
import org.dataprice.error.Rule;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * 数据流通负面清单 — a version of the exchange's negative list for data circulation (plan §15 of 渝府办发〔2023〕99号).
 * Versions are append-only: a change is a new version ({@link #successor}) effective from a later instant, and a
 * refusal cites the version it was decided under. The list is the exchange's configuration; {@link #EXAMPLE} is an
 * example of how entries cite the law, not a legal list.
 *
 * <p>Check: {@link Admission#check}. Limits: at most {@link #MAX_ENTRIES} entries, ids unique, no two entries with the
 * same kind and normalised value (a duplicate would give two citations for one match).
 *
 * @param version       the version, &ge; 1
 * @param effectiveFrom from when it applies; not null
 * @param entries       the entries; not null, at most {@link #MAX_ENTRIES}
 */
public record NegativeList(int version, Instant effectiveFrom, List<NegativeListEntry> entries) {
    /** The most entries of one version. */
    public static final int MAX_ENTRIES = 1000;

    /**
     * An example list (version 1, effective from 2026-01-01T00:00:00Z): core data never (DSL Art. 21); important data
     * only with an approval (DSL Art. 21, 30); personal and sensitive personal information only with consent (PIPL Art.
     * 13, 23, 29); the sectors {@code gambling} and {@code weapons} (illustrative); the keywords 身份证号 (national id
     * numbers in bulk) and {@code "gambling"}.
     */
    public static final NegativeList EXAMPLE = new NegativeList(1, Instant.parse("2026-01-01T00:00:00Z"), List.of(
            new NegativeListEntry("NL-CORE", EntryKind.DATA_CLASS, "CORE", Exemption.NONE,
                    "DSL Art. 21 (core data); GB/T 43697-2024 §3.3"),
            new NegativeListEntry("NL-IMP", EntryKind.DATA_CLASS, "IMPORTANT", Exemption.APPROVAL,
                    "DSL Art. 21, 30 (important data); GB/T 43697-2024 §3.2"),
            new NegativeListEntry("NL-PI", EntryKind.DATA_CLASS, "PERSONAL", Exemption.CONSENT,
                    "PIPL Art. 13, 14, 23 (consent to provision)"),
            new NegativeListEntry("NL-SPI", EntryKind.DATA_CLASS, "SENSITIVE_PERSONAL", Exemption.CONSENT,
                    "PIPL Art. 28, 29 (separate consent)"),
            new NegativeListEntry("NL-SEC-1", EntryKind.CATEGORY, "gambling", Exemption.NONE,
                    "exchange rules: prohibited sectors"),
            new NegativeListEntry("NL-SEC-2", EntryKind.CATEGORY, "weapons", Exemption.NONE,
                    "exchange rules: prohibited sectors"),
            new NegativeListEntry("NL-KW-1", EntryKind.KEYWORD, "身份证号", Exemption.NONE,
                    "PIPL Art. 28 (national id numbers)"),
            new NegativeListEntry("NL-KW-2", EntryKind.KEYWORD, "gambling", Exemption.NONE,
                    "exchange rules: prohibited sectors")));

    /** Validates and copies. */
    public NegativeList {
        Require.atLeast(version, 1, "version");
        Require.notNull(effectiveFrom, "effectiveFrom");
        entries = Require.copyOf(entries, "entries");
        Require.that(entries.size() <= MAX_ENTRIES, "entries", entries.size(), Rule.LIMIT_EXCEEDED, MAX_ENTRIES);
        Set<String> ids = new HashSet<>();
        Set<String> values = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            NegativeListEntry e = entries.get(i);
            Require.that(ids.add(e.id()), "entries[" + i + "].id", e.id(), Rule.DUPLICATE, "an entry id");
            Require.that(values.add(e.kind() + ":" + e.normalized()), "entries[" + i + "].value", e.value(),
                    Rule.DUPLICATE, "an entry of kind " + e.kind() + " with this value");
        }
    }

    /**
     * The next version of a list.
     *
     * @param previous      the current version, or null when there is none (the first version is 1)
     * @param effectiveFrom from when it applies; not before the previous version's (field {@code effectiveFrom})
     * @param entries       the entries
     * @return version {@code previous.version + 1}
     */
    public static NegativeList successor(NegativeList previous, Instant effectiveFrom, List<NegativeListEntry> entries) {
        Require.notNull(effectiveFrom, "effectiveFrom");
        if (previous == null) {
            return new NegativeList(1, effectiveFrom, entries);
        }
        Require.that(!effectiveFrom.isBefore(previous.effectiveFrom()), "effectiveFrom", effectiveFrom, Rule.AT_LEAST,
                previous.effectiveFrom());
        return new NegativeList(previous.version() + 1, effectiveFrom, entries);
    }

    /**
     * The version in force at an instant.
     *
     * @param versions every version, in version order; not null
     * @param at       the instant
     * @return the latest version with {@code effectiveFrom <= at}, or null when none is in force yet
     */
    public static NegativeList inForce(List<NegativeList> versions, Instant at) {
        NegativeList found = null;
        for (NegativeList v : versions) {
            if (!v.effectiveFrom().isAfter(at)) {
                found = v;
            }
        }
        return found;
    }

    /** @return the entries of a kind, in list order */
    List<NegativeListEntry> of(EntryKind kind) {
        List<NegativeListEntry> out = new ArrayList<>();
        for (NegativeListEntry e : entries) {
            if (e.kind() == kind) {
                out.add(e);
            }
        }
        return out;
    }
}
