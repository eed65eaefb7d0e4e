package org.dataprice.api.credit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.dataprice.supervision.credit.CreditEventKind;
import org.dataprice.supervision.credit.RepairCondition;

import java.time.Instant;
import java.util.List;

/** The request bodies of the credit endpoints; each is stored as the body of its {@link CreditRecordRow}. */
public final class CreditRequests {
    private CreditRequests() {
    }

    /**
     * A credit event recorded by a supervisor (失信认定 / 守信记录); it counts from now until {@code expiresAt}.
     *
     * @param partyId   the party (a principal name, e.g. {@code apikey:…})
     * @param kind      VIOLATION, CONFIRMED_ALERT or GOOD_STANDING
     * @param points    &lt; 0 for VIOLATION and CONFIRMED_ALERT, &gt; 0 for GOOD_STANDING; |points| &le; 1000
     * @param expiresAt when it stops counting; after now
     * @param reason    why; at most 500 characters
     * @param reference the alert, deal or decision it rests on; at most 200 characters
     */
    @Serdeable
    public record Event(@NotBlank @Size(max = 200) String partyId, @NotNull CreditEventKind kind,
                        @NotNull Integer points, @NotNull Instant expiresAt, @NotBlank @Size(max = 500) String reason,
                        @Nullable @Size(max = 200) String reference) {
    }

    /**
     * An objection (异议) by the event's party.
     *
     * @param grounds the grounds; at most 2000 characters
     */
    @Serdeable
    public record Objection(@NotBlank @Size(max = 2000) String grounds) {
    }

    /**
     * A supervisor's answer to an objection.
     *
     * @param upheld whether the objection is upheld (the event is withdrawn)
     * @param reason the reasons; at most 2000 characters
     */
    @Serdeable
    public record Answer(@NotNull Boolean upheld, @NotBlank @Size(max = 2000) String reason) {
    }

    /**
     * A repair request (信用修复) by the event's party.
     *
     * @param conditionsMet the conditions declared met: CORRECTED, OBLIGATIONS_FULFILLED, COMMITMENT
     * @param statement     the party's statement; at most 2000 characters
     */
    @Serdeable
    public record Repair(@NotNull @Size(max = 3) List<@NotNull RepairCondition> conditionsMet,
                         @NotBlank @Size(max = 2000) String statement) {
    }

    /**
     * A supervisor's decision on a repair request.
     *
     * @param granted whether granted (the event stops counting)
     * @param reason  the reasons; at most 2000 characters
     */
    @Serdeable
    public record Decision(@NotNull Boolean granted, @NotBlank @Size(max = 2000) String reason) {
    }
}
