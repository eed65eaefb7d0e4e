package org.dataprice.api.valuation;

import io.micronaut.context.ApplicationContext;
import io.micronaut.data.connection.ConnectionOperations;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.dataprice.api.document.DocumentFormat;
import org.dataprice.api.document.IssuedDocument;
import org.dataprice.api.document.IssuedDocuments;
import org.dataprice.api.problem.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The valuation store against a real database: migration V10, every column round trip (TEXT with Chinese,
 * NUMERIC, microsecond timestamps), append-only inserts (a second insert of an id fails), and the service's
 * create → read → render path (HTML from the stored engagement identical twice). Same assertions on H2 and
 * PostgreSQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ValuationPersistenceContract {
    private ApplicationContext context;
    private StoredValuationRepository repository;
    private ValuationService service;
    private String schema;

    /** @return datasource properties */
    abstract Map<String, Object> database();

    /** @return the product name the database reports */
    abstract String expectedProduct();

    @BeforeAll
    void start() {
        Map<String, Object> props = new HashMap<>(database());
        String url = (String) props.get("datasources.default.url");
        if (url.startsWith("jdbc:postgresql:") && !url.contains("currentSchema=")) {
            // a schema of this class's own, so that migrations of other branches in the shared database do not interfere
            schema = "valuation_" + ProcessHandle.current().pid() + "_" + Long.toHexString(System.nanoTime());
            props.put("datasources.default.url", url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);
            props.put("flyway.datasources.default.schemas", schema);
        }
        context = ApplicationContext.run(props, "test");
        repository = context.getBean(StoredValuationRepository.class);
        service = context.getBean(ValuationService.class);
    }

    @AfterAll
    void stop() {
        if (context != null) {
            if (schema != null) {
                execute("DROP SCHEMA " + schema + " CASCADE");
            }
            context.close();
        }
    }

    @SuppressWarnings("unchecked")
    private <T> T query(String sql, Class<T> type) {
        ConnectionOperations<Connection> connections = context.getBean(ConnectionOperations.class);
        return connections.executeRead(status -> {
            try (Statement st = status.getConnection().createStatement(); ResultSet rs = st.executeQuery(sql)) {
                rs.next();
                return type.cast(type == String.class ? rs.getString(1) : (Object) rs.getLong(1));
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @SuppressWarnings("unchecked")
    private void execute(String sql) {
        ConnectionOperations<Connection> connections = context.getBean(ConnectionOperations.class);
        connections.executeWrite(status -> {
            try (Statement st = status.getConnection().createStatement()) {
                st.execute(sql);
                return null;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void test_migration_applied() {
        ConnectionOperations<Connection> connections = context.getBean(ConnectionOperations.class);
        String product = connections.executeRead(status -> {
            try {
                return status.getConnection().getMetaData().getDatabaseProductName();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(product).isEqualTo(expectedProduct());
        assertThat(query("SELECT COUNT(*) FROM flyway_schema_history WHERE success AND version = '10'", Long.class)).isEqualTo(1L);
        assertThat(query("SELECT COUNT(*) FROM valuation", Long.class)).isNotNegative();
    }

    /**
     * Saves a row as the service does: with its entry in the valuations ledger, in one transaction (a row
     * without one is a foreign record, and the store would fail its integrity check).
     */
    @SuppressWarnings("unchecked")
    private void saveChained(StoredValuation row) {
        io.micronaut.transaction.TransactionOperations<java.sql.Connection> tx =
                context.getBean(io.micronaut.transaction.TransactionOperations.class);
        tx.executeWrite(status -> {
            repository.save(row);
            context.getBean(org.dataprice.api.ledger.LedgerChain.class)
                    .append(org.dataprice.api.ledger.Ledger.VALUATIONS, row.id());
            return null;
        });
    }

    @Test
    void test_save_roundTripsEveryColumn() {
        StoredValuation row = new StoredValuation(UUID.randomUUID().toString(), "DP-往返-1", "{\"数据\":\"资产 ✓\"}",
                "{\"value\":123.45}", "ab".repeat(32), "0.1.0-SNAPSHOT", new BigDecimal("1234567890.1200"), "CNY",
                Instant.parse("2026-11-26T06:00:00.123456Z"), "apikey:0123456789abcdef");
        saveChained(row);
        StoredValuation found = repository.findById(row.id()).orElseThrow();
        assertThat(found).usingRecursiveComparison().ignoringFields("valueAmount").isEqualTo(row);
        assertThat(found.valueAmount()).isEqualByComparingTo(row.valueAmount());
    }

    @Test
    void test_save_sameIdTwiceFails() {
        StoredValuation row = new StoredValuation(UUID.randomUUID().toString(), "DP-1", "{}", "{}", "cd".repeat(32), "v",
                BigDecimal.ONE, "CNY", Instant.parse("2026-01-01T00:00:00Z"), "me");
        saveChained(row);
        assertThatThrownBy(() -> repository.save(row)).isInstanceOf(RuntimeException.class);
        assertThat(repository.findById(row.id()).orElseThrow().reference()).isEqualTo("DP-1");
    }

    @Test
    void test_service_createReadRender() throws Exception {
        io.micronaut.json.JsonMapper json = context.getBean(io.micronaut.json.JsonMapper.class);
        ValuationRequest request = json.readValue(ValuationFixtures.engagement("DP-PERSIST"), ValuationRequest.class);
        ValuationResponse created = service.create(request, "tester");
        assertThat(created.report().value()).isEqualByComparingTo("195.47");
        ValuationResponse read = service.find(created.id());
        // the JSON a client sees is identical (empty lists are left out of JSON, so compare as JSON)
        assertThat(json.writeValueAsString(read)).isEqualTo(json.writeValueAsString(created));
        assertThat(query("SELECT input_hash FROM valuation WHERE id = '" + created.id() + "'", String.class))
                .isEqualTo(created.report().inputHash());
        String html = new String(service.document(created.id(), null, DocumentFormat.HTML, "reader").content(), StandardCharsets.UTF_8);
        assertThat(html).contains("195.47", created.report().inputHash());
        assertThat(new String(service.document(created.id(), 1, DocumentFormat.CSV, "reader").content(), StandardCharsets.UTF_8)
                .strip().split("\n")).hasSize(6);
    }

    /**
     * Revision 1 (JSON, HTML, CSV) is stored in the valuation's own transaction and chained; the PDF is issued once,
     * on first request, from the stored HTML; a re-rendering is revision 2 and leaves revision 1's bytes as they were.
     */
    @Test
    void test_issuedDocuments_storedOnce_pdfOnFirstRead_reissueAddsARevision() throws Exception {
        io.micronaut.json.JsonMapper json = context.getBean(io.micronaut.json.JsonMapper.class);
        ValuationRequest request = json.readValue(ValuationFixtures.engagement("DP-DOCS"), ValuationRequest.class);
        ValuationResponse created = service.create(request, "appraiser-1");
        String where = " FROM issued_document WHERE subject_kind = 'valuation' AND subject_id = '" + created.id() + "'";
        assertThat(query("SELECT COUNT(*)" + where + " AND revision = 1", Long.class)).isEqualTo(3L);
        assertThat(query("SELECT COUNT(*) FROM ledger_entry e JOIN issued_document d ON d.id = e.record_id "
                + "WHERE e.ledger = 'documents' AND d.subject_id = '" + created.id() + "'", Long.class)).isEqualTo(3L);
        IssuedDocument snapshot = service.document(created.id(), 1, DocumentFormat.JSON, "reader");
        assertThat(new String(snapshot.content(), StandardCharsets.UTF_8)).isEqualTo(json.writeValueAsString(created.report()));
        assertThat(snapshot.sha256()).isEqualTo(IssuedDocuments.sha256(snapshot.content()));

        IssuedDocument pdf = service.document(created.id(), null, DocumentFormat.PDF, "reader-2");
        assertThat(new String(pdf.content(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(pdf.issuedBy()).isEqualTo("reader-2");
        IssuedDocument again = service.document(created.id(), 1, DocumentFormat.PDF, "reader-3");
        assertThat(again.id()).isEqualTo(pdf.id());
        assertThat(again.content()).isEqualTo(pdf.content());
        assertThat(query("SELECT COUNT(*)" + where + " AND format = 'pdf'", Long.class)).isEqualTo(1L);

        byte[] html1 = service.document(created.id(), 1, DocumentFormat.HTML, "reader").content();
        ReportRevision second = service.reissue(created.id(), "library upgrade", "appraiser-2");
        assertThat(second.revision()).isEqualTo(2);
        assertThat(second.reason()).isEqualTo("library upgrade");
        assertThat(second.issuedBy()).isEqualTo("appraiser-2");
        assertThat(second.documents()).extracting(ReportRevision.Document::format).containsExactly("csv", "html", "json");
        assertThat(service.document(created.id(), null, DocumentFormat.HTML, "reader").revision()).isEqualTo(2);
        assertThat(service.document(created.id(), 1, DocumentFormat.HTML, "reader").content()).isEqualTo(html1);
        ReportRevisions all = service.revisions(created.id());
        assertThat(all.latest()).isEqualTo(2);
        assertThat(all.revisions()).extracting(ReportRevision::revision).containsExactly(1, 2);
        assertThat(all.revisions().get(0).documents()).extracting(ReportRevision.Document::format)
                .containsExactly("csv", "html", "json", "pdf");
        assertThatThrownBy(() -> service.document(created.id(), 3, DocumentFormat.HTML, "reader"))
                .isInstanceOf(ProblemException.class).hasMessageContaining("no revision 3");
    }

    /**
     * A valuation stored before issued documents were kept (no rows in issued_document) gets its revision 1 on
     * first read, recomputed once from the stored engagement, and keeps it.
     */
    @Test
    void test_olderValuation_firstReadIssuesRevisionOne() throws Exception {
        io.micronaut.json.JsonMapper json = context.getBean(io.micronaut.json.JsonMapper.class);
        ValuationRequest request = json.readValue(ValuationFixtures.engagement("DP-OLDER"), ValuationRequest.class);
        ValuationResponse template = service.create(request, "appraiser-1");
        String id = UUID.randomUUID().toString();
        StoredValuation older = repository.findById(template.id()).orElseThrow();
        saveChained(new StoredValuation(id, older.reference(), older.engagementJson(), older.reportJson(), older.inputHash(),
                older.libraryVersion(), older.valueAmount(), older.currency(), older.createdAt(), older.createdBy()));
        assertThat(service.revisions(id).latest()).isZero();
        IssuedDocument html = service.document(id, null, DocumentFormat.HTML, "reader");
        assertThat(html.revision()).isEqualTo(1);
        assertThat(html.reason()).isEqualTo(ValuationService.OLDER_VALUATION);
        assertThat(service.document(id, 1, DocumentFormat.HTML, "reader-2").id()).isEqualTo(html.id());
        assertThat(service.revisions(id).latest()).isEqualTo(1);
    }

    /** V11's index exists and the list reads the newest rows first, ties broken by id, without the JSON columns. */
    @Test
    void test_list_newestFirstThenIdDescending() {
        assertThat(query("SELECT COUNT(*) FROM flyway_schema_history WHERE success AND version = '11'", Long.class)).isEqualTo(1L);
        Instant later = Instant.parse("2999-01-01T00:00:00.000001Z");
        String[] ids = {"ffffffff-0000-0000-0000-00000000000a", "ffffffff-0000-0000-0000-00000000000b",
            "ffffffff-0000-0000-0000-00000000000c"};
        saveChained(new StoredValuation(ids[0], "DP-L-1", "{}", "{}", "ef".repeat(32), "v", new BigDecimal("1.5"), "CNY",
                later.minusSeconds(1), "lister"));
        saveChained(new StoredValuation(ids[1], "DP-L-2", "{}", "{}", "ef".repeat(32), "v", new BigDecimal("2.5"), "CNY", later,
                "lister"));
        saveChained(new StoredValuation(ids[2], "DP-L-3", "{}", "{}", "ef".repeat(32), "v", new BigDecimal("3.5"), "CNY", later,
                "lister"));
        ValuationList page = service.list(0, 3);
        assertThat(page.items()).extracting(ValuationList.Item::id).containsExactly(ids[2], ids[1], ids[0]);
        assertThat(page.items().get(0).value()).isEqualByComparingTo("3.5");
        assertThat(page.items().get(0).createdAt()).isEqualTo(later);
        assertThat(page.total()).isEqualTo(repository.count());
        assertThat(service.list(1, 2).items()).extracting(ValuationList.Item::id).startsWith(ids[0]);
    }
}
