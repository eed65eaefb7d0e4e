package org.dataprice.index.multilateral;

/** The bilateral index inside GEKS. */
public enum GeksBilateral {
    /** Fisher: the original GEKS of Gini (1931), Eltetö &amp; Köves (1964), Szulc (1964). */
    FISHER,
    /** Törnqvist: the CCDI index of Caves, Christensen &amp; Diewert (1982) and Inklaar &amp; Diewert (2016). */
    TORNQVIST,
    /** Jevons: the unweighted GEKS-J. */
    JEVONS
}
