package org.dataprice.api.ledger;

import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * Settings of the tamper-evident ledgers ({@code dataprice.ledger.*}).
 *
 * <ul>
 *   <li>{@code anchor-file} ({@code DATAPRICE_LEDGER_ANCHOR_FILE}): where the ledger heads are kept
 *       outside the database. Empty (the default): beside an H2 file database
 *       ({@code <database>.ledger-anchor}), none for in-memory H2 and PostgreSQL; {@code none}: never;
 *       any other value: that file, for any store.</li>
 *   <li>{@code verify-on-startup} ({@code DATAPRICE_LEDGER_VERIFY_ON_STARTUP}, default true): verify every
 *       ledger before the service answers its first request.</li>
 * </ul>
 */
@ConfigurationProperties("dataprice.ledger")
public class LedgerConfiguration {
    /** The value of {@code anchor-file} that turns the anchor off. */
    public static final String NONE = "none";

    private String anchorFile = "";
    private boolean verifyOnStartup = true;

    /** @return the anchor file setting: empty (automatic), {@value #NONE}, or a path */
    public String getAnchorFile() {
        return anchorFile;
    }

    /** @param anchorFile empty (automatic), {@value #NONE}, or a path */
    public void setAnchorFile(String anchorFile) {
        this.anchorFile = anchorFile == null ? "" : anchorFile.strip();
    }

    /** @return whether to verify the ledgers at start-up */
    public boolean isVerifyOnStartup() {
        return verifyOnStartup;
    }

    /** @param verifyOnStartup whether to verify the ledgers at start-up */
    public void setVerifyOnStartup(boolean verifyOnStartup) {
        this.verifyOnStartup = verifyOnStartup;
    }
}
