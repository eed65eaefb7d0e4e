package org.dataprice.api.admission;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.dataprice.supervision.admission.DataClass;

import java.util.List;

/**
 * A listing's admission declaration (准入申报), the {@code admission} object of {@code POST /v1/listings}: checked with
 * the product id and category against the negative list in force; a refusal is 422 {@code prohibited} naming the field
 * and citing the entry, the list version and the clause.
 *
 * @param description       the product description (keywords are matched in it); at most 4000 characters
 * @param sectors           sectors of the product (matched against CATEGORY entries); at most 20
 * @param dataClasses       the data classes it contains (GENERAL, PERSONAL, SENSITIVE_PERSONAL, IMPORTANT, CORE);
 *                          at most 20, no duplicates
 * @param consent           the seller declares the individuals' consent to this provision (PIPL Art. 13–14, 23, 29)
 * @param approvalReference the approval or security assessment permitting the provision (important data)
 */
@Serdeable
public record AdmissionJson(@Nullable @Size(max = 4000) String description,
                            @Nullable @Size(max = 20) List<@NotBlank @Size(max = 100) String> sectors,
                            @Nullable @Size(max = 20) List<@NotNull DataClass> dataClasses,
                            @Nullable Boolean consent,
                            @Nullable @Size(max = 200) String approvalReference) {
}
