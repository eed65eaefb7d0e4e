package org.dataprice.index.series;

import org.dataprice.error.Require;
import org.dataprice.error.Rule;

/**
 * The status of one published observation, with its SDMX {@code OBS_STATUS} code (SDMX
 * cross-domain code list CL_OBS_STATUS: A normal, P provisional, R revised, E estimated).
 */
public enum ObservationStatus {
    /** A — normal value. */
    NORMAL("A"),
    /** P — provisional value, expected to be revised (e.g. late trades). */
    PROVISIONAL("P"),
    /** R — revised value: differs from the value an earlier vintage published. */
    REVISED("R"),
    /** E — estimated value: too few transactions to measure, carried forward or imputed. */
    ESTIMATED("E");

    private final String sdmxCode;

    ObservationStatus(String sdmxCode) {
        this.sdmxCode = sdmxCode;
    }

    /** @return the SDMX OBS_STATUS code, one letter */
    public String sdmxCode() {
        return sdmxCode;
    }

    /**
     * @param code an SDMX OBS_STATUS code: A, P, R or E; not null
     * @return the status
     */
    public static ObservationStatus fromSdmx(String code) {
        Require.notNull(code, "code");
        for (ObservationStatus s : values()) {
            if (s.sdmxCode.equals(code)) {
                return s;
            }
        }
        throw new org.dataprice.error.InvalidInputException("code", code, Rule.UNKNOWN, "A, P, R, E");
    }
}
