package org.dataprice.api.ledger;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * The append-only ledgers that are hash-chained (migration {@code V41__ledger_chain.sql}): which table
 * holds a ledger's records, how a record is identified, and which child tables belong to it.
 *
 * <p>A <em>record</em> is one row of the root table plus every row of its child tables that refers to
 * it (a settlement with its periods and principals, and, for settlements recorded before migration
 * V44, its statement and line rows: since V44 a period row holds its statements as one document, a
 * column covered by the row digest like any other; an index release with its observations and, since V52, its revisions). All of them are inserted in one transaction and never changed, so the record's content
 * hash ({@link RecordDigest}) is fixed from the moment it is chained.
 *
 * <p>Record ids: the root table's primary key; for the composite key of {@code index_release} it is
 * {@code index_id + "/" + vintage} (the vintage is an integer, so the last {@code /} splits it).
 * Records that existed before V41 are adopted once, in {@link #adoptionOrder()} (oldest first, ties by
 * key).
 */
public enum Ledger {
    /** Revenue settlements ({@code POST /v1/settlements}). */
    SETTLEMENTS("settlements", "split_settlement", "created_at, id", List.of(
            new Child("split_settlement_period", "settlement_id"),
            new Child("split_settlement_statement", "settlement_id"),
            new Child("split_settlement_line", "settlement_id"),
            new Child("split_settlement_principal", "settlement_id"))),
    /** Concluded deals (negotiated, auctioned, bought at a fixed price). */
    DEALS("deals", "pricing_deal", "concluded_at, id", List.of()),
    /** Offers of negotiations. */
    OFFERS("offers", "pricing_offer", "offered_at, id", List.of()),
    /** Purchases from fixed-price listings. */
    PURCHASES("purchases", "pricing_purchase", "purchased_at, id", List.of()),
    /** Published index releases with their values. */
    INDEX_RELEASES("index-releases", "index_release", "computed_at, index_id, vintage",
            List.of(new Child("index_observation", "index_id", "vintage"),
                    Child.addedLater("index_revision", "index_id", "vintage"))) {
        @Override
        String recordIdSql(String alias) {
            return alias + ".index_id || '/' || CAST(" + alias + ".vintage AS VARCHAR(11))";
        }

        @Override
        String keyPredicate(String alias) {
            return alias + ".index_id = ? AND " + alias + ".vintage = ?";
        }

        @Override
        void bindKey(PreparedStatement s, int from, String recordId) throws SQLException {
            int slash = recordId.lastIndexOf('/');
            if (slash <= 0) {
                throw new IllegalArgumentException("index release id must be <index>/<vintage>: " + recordId);
            }
            s.setString(from, recordId.substring(0, slash));
            s.setInt(from + 1, Integer.parseInt(recordId.substring(slash + 1)));
        }
    },
    /** Stored valuations (engagement and report). */
    VALUATIONS("valuations", "valuation", "created_at, id", List.of()),
    /** Issued documents: each stored rendering (JSON, HTML, CSV, PDF) of a report revision (V48). */
    DOCUMENTS("documents", "issued_document", "issued_at, id", List.of()),
    /** Corrections (void, amend) of index trades (migration V45). */
    INDEX_CORRECTIONS("index-corrections", "index_correction", "created_at, id", List.of()),
    /** Sensitivity and Monte Carlo analyses stored with a valuation (V55). */
    VALUATION_ANALYSES("valuation-analyses", "valuation_analysis", "created_at, id", List.of()),
    /** Versions of the negative list (V54). */
    NEGATIVE_LIST("negative-list", "supervision_negative_list", "created_at, id", List.of()),
    /** What a listing declared for admission and the list version it was admitted under (V54). */
    LISTING_ADMISSIONS("listing-admissions", "supervision_listing_admission", "admitted_at, id", List.of()),
    /** Market-credit records: events, objections, answers, repair requests, decisions (V54). */
    CREDIT_RECORDS("credit-records", "credit_record", "recorded_at, id", List.of()),
    /** The trust list of other exchanges' keys: each add and retirement (V58). */
    EXCHANGE_TRUST("exchange-trust", "exchange_trust_event", "recorded_at, id", List.of()),
    /** Recognised bundles of other exchanges with their records (V58). */
    EXCHANGE_IMPORTS("exchange-imports", "exchange_import", "imported_at, id",
            List.of(new Child("exchange_foreign_record", "import_id"))),
    /** Events of data-asset registrations (V56; record id {@code <registrationId>/<sequence>}). */
    REGISTRY_EVENTS("registry-events", "registry_event", "at, id", List.of()),
    /** Citations of registrations by valuations, listings, deals and settlements (V57; record id {@code <kind>/<subjectId>}). */
    REGISTRY_CITATIONS("registry-citations", "registry_citation", "cited_at, id", List.of()),
    /** Versions of the exchange's supervision rules (V53). */
    SUPERVISION_RULES("supervision-rules", "supervision_rules", "created_at, id", List.of()),
    /** Supervision alerts as raised (V53). */
    SUPERVISION_ALERTS("supervision-alerts", "supervision_alert", "raised_at, id", List.of()),
    /** The workflow events of supervision alerts (V53). */
    SUPERVISION_ALERT_EVENTS("supervision-alert-events", "supervision_alert_event", "at, id", List.of()),
    /** Declared beneficial-owner links between parties (V53). */
    SUPERVISION_OWNER_LINKS("supervision-owner-links", "supervision_owner_link", "declared_at, id", List.of()),
    /** Authorisation records: operation agreements, data authorisations, revocations (V65; record id {@code <type>/<subjectId>}). */
    AUTHORISATION_RECORDS("authorisation-records", "authorisation_record", "at, id", List.of()),
    /** Auctions closed without sale because the negative list prohibits their listing (V66; record id = the auction's). */
    AUCTION_WITHDRAWALS("auction-withdrawals", "pricing_auction_withdrawal", "closed_at, id", List.of()),
    /** Index products bound to a registration (V67; record id {@code <indexId>/<productId>}). */
    REGISTRY_INDEX_BINDINGS("registry-index-bindings", "registry_index_binding", "bound_at, id", List.of()),
    /** Settlement payments citing the data authorisation they pay for (V67; record id {@code settlement/<id>/<term>}). */
    AUTHORISATION_CITATIONS("authorisation-citations", "authorisation_citation", "cited_at, id", List.of()),
    /** Rotations of the registry's signing key (V68; record id the new key's kid). */
    REGISTRY_KEY_ROTATIONS("registry-key-rotations", "registry_key_rotation", "valid_from, id", List.of());

    /**
     * A child table of a ledger: its rows whose {@code columns} equal the record's key belong to the record.
     *
     * <p>A child added to a ledger after records were chained ({@link #addedLater}, e.g. V52's
     * {@code index_revision}) is left out of a record's content hash when the record has no row in it,
     * as a NULL column is left out of a row: every record chained before keeps its hash, and adding or
     * deleting any row of it still changes the hash.
     *
     * @param table         the table
     * @param omittedIfEmpty whether a record without rows in the table hashes as if the table were not a child
     * @param columns       the referencing columns, in the order of the root key
     */
    public record Child(String table, boolean omittedIfEmpty, String... columns) {
        /**
         * A child present since the ledger's first record.
         *
         * @param table   the table
         * @param columns the referencing columns, in the order of the root key
         */
        public Child(String table, String... columns) {
            this(table, false, columns);
        }

        /**
         * A child added after records of the ledger were chained.
         *
         * @param table   the table
         * @param columns the referencing columns, in the order of the root key
         * @return the child, omitted from the hash of a record without rows in it
         */
        public static Child addedLater(String table, String... columns) {
            return new Child(table, true, columns);
        }
    }

    private final String id;
    private final String table;
    private final String adoptionOrder;
    private final List<Child> children;

    Ledger(String id, String table, String adoptionOrder, List<Child> children) {
        this.id = id;
        this.table = table;
        this.adoptionOrder = adoptionOrder;
        this.children = children;
    }

    /** @return the ledger's name in {@code ledger_head}, the API and the anchor file, e.g. {@code settlements} */
    public String id() {
        return id;
    }

    /** @return the root table */
    public String table() {
        return table;
    }

    /** @return the child tables, in the fixed order of the content hash */
    public List<Child> children() {
        return children;
    }

    /** @return the ORDER BY of the one-time adoption of records older than the chain */
    String adoptionOrder() {
        return adoptionOrder;
    }

    /**
     * @param alias the root table's alias in a query
     * @return an SQL expression of the record id
     */
    String recordIdSql(String alias) {
        return alias + ".id";
    }

    /**
     * @param alias the root table's alias
     * @return the predicate selecting one record by its key, with one parameter per key column
     */
    String keyPredicate(String alias) {
        return alias + ".id = ?";
    }

    /**
     * Binds a record id to the parameters of {@link #keyPredicate} (or of a child's columns).
     *
     * @param s        the statement
     * @param from     the first parameter index
     * @param recordId the record id
     * @throws SQLException on a driver error
     */
    void bindKey(PreparedStatement s, int from, String recordId) throws SQLException {
        s.setString(from, recordId);
    }

    /**
     * @param id a ledger name
     * @return the ledger
     * @throws IllegalArgumentException when unknown
     */
    public static Ledger of(String id) {
        for (Ledger l : values()) {
            if (l.id.equals(id)) {
                return l;
            }
        }
        throw new IllegalArgumentException("unknown ledger " + id);
    }
}
