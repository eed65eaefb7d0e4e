package org.dataprice.api.registry;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.dataprice.registry.DataClassification;
import org.dataprice.registry.DataGrade;
import org.dataprice.registry.RegistrationStatus;
import org.dataprice.registry.RightKind;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A registration as the caller may see it. {@code view} is {@code FULL} for the REGISTRAR and for the parties
 * named in it (holders of a right, licensors and licensees, parties of a transfer), else {@code PUBLIC}: the public
 * part names no party — no holders, licences or sources ({@code rights}, {@code licenses}, {@code asset.sources}
 * absent) — so nothing personal is published.
 *
 * @param registrationId the registration
 * @param view           FULL or PUBLIC
 * @param status         ACTIVE, SUSPENDED or CANCELLED
 * @param asset          the asset (without sources in the PUBLIC view)
 * @param rights         the holders of each right (FULL only)
 * @param licenses       the licences granted (FULL only)
 * @param sequence       the number of the last event
 * @param headHash       the last event's hash
 * @param at             the last event's time
 * @param certificate    the certificate issued for the last event
 */
@Serdeable
public record RegistrationResponse(String registrationId, String view, RegistrationStatus status, AssetResponse asset,
                                   @Nullable RightsJson rights, @Nullable List<LicenseResponse> licenses, long sequence,
                                   String headHash, Instant at, CertificateLink certificate) {

    /**
     * The asset.
     *
     * @param name           name
     * @param description    description
     * @param classification classification
     * @param grade          grade
     * @param sources        its sources (FULL only)
     */
    @Serdeable
    public record AssetResponse(String name, String description, DataClassification classification, DataGrade grade,
                                @Nullable List<AssetJson.SourceJson> sources) {
    }

    /**
     * A licence of a right.
     *
     * @param licenseId the licence
     * @param right     the right
     * @param licensor  the licensing holder
     * @param licensee  the licensed party
     * @param scope     what it covers
     * @param from      first day, inclusive
     * @param until     end day, exclusive
     */
    @Serdeable
    public record LicenseResponse(String licenseId, RightKind right, String licensor, String licensee, String scope,
                                  LocalDate from, LocalDate until) {
    }

    /**
     * Where a certificate is and how a third party checks it.
     *
     * @param sequence        the event it certifies
     * @param hash            hex SHA-256 of the compact JWS
     * @param url             the certificate (parties and the REGISTRAR)
     * @param verificationUrl the public verification of its hash
     */
    @Serdeable
    public record CertificateLink(long sequence, String hash, String url, String verificationUrl) {
    }
}
