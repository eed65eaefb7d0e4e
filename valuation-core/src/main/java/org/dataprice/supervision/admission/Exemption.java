package org.dataprice.supervision.admission;

/**
 * What lifts a data-class entry of the negative list for one listing.
 *
 * <ul>
 *   <li>{@link #NONE}: nothing; the class may not circulate on the exchange (e.g. core data);</li>
 *   <li>{@link #CONSENT}: the seller declares the individuals' consent for this provision to a third party (PIPL
 *       Art. 13(1), Art. 14; Art. 23 for provision to another handler; Art. 29 separate consent for sensitive
 *       personal information) — the exchange records the declaration, it does not verify it;</li>
 *   <li>{@link #APPROVAL}: the seller names the approval or security assessment that permits the provision (DSL Art.
 *       21 and 30 for important data: risk assessment and reporting to the competent authority).</li>
 * </ul>
 */
public enum Exemption {
    /** Always prohibited. */
    NONE,
    /** Allowed with declared consent. */
    CONSENT,
    /** Allowed with a named approval. */
    APPROVAL
}
