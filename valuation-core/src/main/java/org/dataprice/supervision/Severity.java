package org.dataprice.supervision;

/**
 * How urgent an alert is, set per rule by the exchange's configuration ({@link RuleIdentity#severity()}).
 * Ordered from least to most urgent, so that {@code compareTo} ranks alerts.
 */
public enum Severity {
    /** For the record: a screen hint worth a look, no action expected. */
    INFO,
    /** A deviation that a supervisor should review. */
    WARNING,
    /** A likely breach of a market rule; review promptly. */
    HIGH,
    /** A pattern of manipulation; escalate. */
    CRITICAL
}
