package org.dataprice.appraisal;

import org.dataprice.error.Require;
import org.dataprice.error.Rule;

/**
 * An appraiser who signs the report (签字资产评估师): the name and the registration number of the appraiser's
 * professional qualification (职业资格证书登记号), as printed in the report's signature and seal block. A Chinese
 * asset-appraisal report is signed by at least two appraisers (《资产评估法》 art. 26); an {@link Engagement} names at
 * most {@link #MAX_PER_ENGAGEMENT}, with distinct registration numbers.
 *
 * @param name               the appraiser's name; not blank, at most {@link #MAX_NAME} characters
 * @param registrationNumber the qualification's registration number; not blank, at most
 *                           {@link #MAX_REGISTRATION_NUMBER} characters
 */
public record Signatory(String name, String registrationNumber) {
    /** The longest name accepted. */
    public static final int MAX_NAME = 200;
    /** The longest registration number accepted. */
    public static final int MAX_REGISTRATION_NUMBER = 64;
    /** The most signatories an engagement names. */
    public static final int MAX_PER_ENGAGEMENT = 2;

    /** Validates; fields {@code name} and {@code registrationNumber}, rules {@code empty} and {@code at-most}. */
    public Signatory {
        Require.notBlank(name, "name");
        Require.that(name.length() <= MAX_NAME, "name", name.length() + " characters", Rule.AT_MOST, MAX_NAME + " characters");
        Require.notBlank(registrationNumber, "registrationNumber");
        Require.that(registrationNumber.length() <= MAX_REGISTRATION_NUMBER, "registrationNumber",
                registrationNumber.length() + " characters", Rule.AT_MOST, MAX_REGISTRATION_NUMBER + " characters");
    }
}
