package org.dataprice.supervision.admission;

import org.dataprice.error.Require;
import org.dataprice.error.Rule;

import java.util.List;

/**
 * What a seller declares about a listing for admission (准入): the texts the keywords are matched in, the category
 * and sectors the category entries are matched against, the data classes the product contains, and the legal bases
 * that lift data-class entries. Field names are the listing request's JSON paths, and a refusal names them.
 *
 * @param productId        the product id (field {@code productId}); not blank
 * @param description      the product description (field {@code admission.description}); may be null; at most
 *                         {@link #MAX_TEXT} characters
 * @param category         the listing's category (field {@code category}, e.g. {@code PERSONAL}); not blank
 * @param sectors          declared sectors (field {@code admission.sectors[i]}); not null, at most {@link #MAX_ITEMS}
 * @param dataClasses      declared data classes (field {@code admission.dataClasses[i]}); not null, at most
 *                         {@link #MAX_ITEMS}, no duplicates
 * @param consent          whether the seller declares the individuals' consent to this provision (PIPL Art. 13–14,
 *                         23, 29)
 * @param approvalReference the approval or security assessment permitting the provision, or null; at most 200
 *                         characters
 */
public record Declaration(String productId, String description, String category, List<String> sectors,
                          List<DataClass> dataClasses, boolean consent, String approvalReference) {
    /** The longest description. */
    public static final int MAX_TEXT = 4000;
    /** The most sectors or data classes. */
    public static final int MAX_ITEMS = 20;

    /** Validates and copies. */
    public Declaration {
        Require.notBlank(productId, "productId");
        Require.that(description == null || description.length() <= MAX_TEXT, "admission.description",
                description == null ? null : description.length() + " characters", Rule.LIMIT_EXCEEDED,
                MAX_TEXT + " characters");
        Require.notBlank(category, "category");
        sectors = Require.copyOf(sectors, "admission.sectors");
        Require.that(sectors.size() <= MAX_ITEMS, "admission.sectors", sectors.size(), Rule.LIMIT_EXCEEDED, MAX_ITEMS);
        dataClasses = Require.copyOf(dataClasses, "admission.dataClasses");
        Require.that(dataClasses.size() <= MAX_ITEMS, "admission.dataClasses", dataClasses.size(), Rule.LIMIT_EXCEEDED,
                MAX_ITEMS);
        Require.that(dataClasses.stream().distinct().count() == dataClasses.size(), "admission.dataClasses",
                dataClasses, Rule.DUPLICATE, "a data class");
        Require.that(approvalReference == null || (!approvalReference.isBlank() && approvalReference.length() <= 200),
                "admission.approvalReference", approvalReference, Rule.INVALID_FORMAT, "1 to 200 characters");
    }

    /**
     * A listing created before admission existed, or without an admission object: its product id and category only.
     *
     * @param productId the product id; not blank
     * @param category  the category; not blank
     * @return the declaration with no description, sectors or data classes
     */
    public static Declaration minimal(String productId, String category) {
        return new Declaration(productId, null, category, List.of(), List.of(), false, null);
    }
}
