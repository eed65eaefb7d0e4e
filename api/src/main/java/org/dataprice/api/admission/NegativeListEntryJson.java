package org.dataprice.api.admission;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.dataprice.supervision.admission.EntryKind;
import org.dataprice.supervision.admission.Exemption;

/**
 * One entry of a negative-list version (core {@code NegativeListEntry}).
 *
 * @param id        stable id, e.g. {@code NL-PI}; at most 40 characters
 * @param kind      CATEGORY, KEYWORD or DATA_CLASS
 * @param value     the category or sector, the keyword, or the data class (GENERAL, PERSONAL, SENSITIVE_PERSONAL,
 *                  IMPORTANT, CORE); at most 100 characters
 * @param exemption DATA_CLASS only: NONE (default), CONSENT or APPROVAL
 * @param clause    the legal clause cited in a refusal; at most 200 characters
 */
@Serdeable
public record NegativeListEntryJson(@NotBlank @Size(max = 40) String id,
                                    @NotNull EntryKind kind,
                                    @NotBlank @Size(max = 100) String value,
                                    @Nullable Exemption exemption,
                                    @NotBlank @Size(max = 200) String clause) {
}
