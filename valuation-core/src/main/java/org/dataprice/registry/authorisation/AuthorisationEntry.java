package org.dataprice.registry.authorisation;

import java.util.Map;
import org.dataprice.error.Require;
import org.dataprice.registry.RegistryText;

/** What an authorisation-ledger record holds: an agreement, an authorisation, or a revocation. */
public sealed interface AuthorisationEntry {
    /** @return the type name in the ledger, e.g. {@code "revoke"} */
    String type();

    /** @return the id of the agreement or authorisation concerned */
    String subjectId();

    /** @return the entry's content as a canonical JSON object */
    Map<String, Object> toJson();

    /**
     * Records an authorised-operation agreement.
     *
     * @param agreement the agreement; not null
     */
    record Agree(OperationAgreement agreement) implements AuthorisationEntry {
        /** Checks the components. */
        public Agree {
            Require.notNull(agreement, "agreement");
        }

        @Override
        public String type() {
            return "agree";
        }

        @Override
        public String subjectId() {
            return agreement.agreementId();
        }

        @Override
        public Map<String, Object> toJson() {
            return Map.of("agreement", agreement.toJson());
        }
    }

    /**
     * Records an enterprise or personal data authorisation.
     *
     * @param authorisation the authorisation; not null
     */
    record Authorise(DataAuthorisation authorisation) implements AuthorisationEntry {
        /** Checks the components. */
        public Authorise {
            Require.notNull(authorisation, "authorisation");
        }

        @Override
        public String type() {
            return "authorise";
        }

        @Override
        public String subjectId() {
            return authorisation.authorisationId();
        }

        @Override
        public Map<String, Object> toJson() {
            return Map.of("authorisation", authorisation.toJson());
        }
    }

    /**
     * 撤回 — revokes a data authorisation from the record's time on.
     *
     * @param authorisationId the authorisation revoked
     */
    record Revoke(String authorisationId) implements AuthorisationEntry {
        /** Checks the components. */
        public Revoke {
            RegistryText.id(authorisationId, "authorisationId");
        }

        @Override
        public String type() {
            return "revoke";
        }

        @Override
        public String subjectId() {
            return authorisationId;
        }

        @Override
        public Map<String, Object> toJson() {
            return Map.of("authorisationId", authorisationId);
        }
    }
}
