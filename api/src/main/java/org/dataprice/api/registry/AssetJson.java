package org.dataprice.api.registry;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.dataprice.registry.DataClassification;
import org.dataprice.registry.DataGrade;
import org.dataprice.registry.SourceKind;

import java.util.List;

/**
 * A registered data asset or product as requested: the core {@code Asset} checks the texts (name at most 500,
 * description at most 4 000 characters) and that public and personal data cite an AUTHORISED source (plan §5, §6).
 *
 * @param name           the asset's name
 * @param description    what it holds
 * @param classification PUBLIC (公共数据), ENTERPRISE (企业数据) or PERSONAL (个人信息数据)
 * @param grade          GENERAL, IMPORTANT or CORE (GB/T 43697-2024), as determined by the registrant
 * @param sources        1 to 50 sources
 */
@Serdeable
public record AssetJson(@NotNull String name, @NotNull String description, @NotNull DataClassification classification,
                        @NotNull DataGrade grade, @NotNull @Size(max = 50) List<@NotNull @Valid SourceJson> sources) {

    /**
     * One source of the asset.
     *
     * @param kind        COLLECTED (no reference), AUTHORISED (an agreement or authorisation id) or DERIVED (a
     *                    registration id)
     * @param reference   the cited record; omitted or "" for COLLECTED
     * @param description what it is
     */
    @Serdeable
    public record SourceJson(@NotNull SourceKind kind, @Nullable String reference, @NotNull String description) {
    }
}
