package org.dataprice.registry;

/**
 * The state of a registration. Transitions (anything else is refused, see {@link Registration}):
 * <pre>
 *   (none) --register--> ACTIVE
 *   ACTIVE --amend | transfer | license--> ACTIVE
 *   ACTIVE --suspend--> SUSPENDED --reinstate--> ACTIVE
 *   SUSPENDED --amend--> SUSPENDED
 *   ACTIVE | SUSPENDED --cancel--> CANCELLED (final)
 * </pre>
 */
public enum RegistrationStatus {
    /** In force: rights may be transferred and licensed; the product may be listed by its operators. */
    ACTIVE,
    /** 暂停 — frozen (e.g. a dispute or a compliance review): no transfer, no licence, no listing; may be amended. */
    SUSPENDED,
    /** 注销 — cancelled: final; its certificates are revoked; nothing may follow. */
    CANCELLED
}
