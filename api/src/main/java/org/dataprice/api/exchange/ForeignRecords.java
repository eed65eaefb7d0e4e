package org.dataprice.api.exchange;

import jakarta.inject.Singleton;
import org.dataprice.api.transaction.Transactions;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/**
 * The records recognised from other exchanges (V58 {@code exchange_foreign_record}), each known as {@code exporter:id}
 * with its canonical JSON. Raw JDBC for the reason the architecture gives: one import inserts up to a few thousand
 * rows, in one batch on the import's transaction. Append-only.
 */
@Singleton
public class ForeignRecords {
    private final Transactions transactions;

    /** @param transactions the service's transactions */
    public ForeignRecords(Transactions transactions) {
        this.transactions = transactions;
    }

    /**
     * One recognised record.
     *
     * @param kind     {@code REGISTRATION}, {@code LISTING}, {@code DEAL} or {@code INDEX_RELEASE}
     * @param recordId {@code exporter:id}
     * @param body     its canonical JSON
     */
    public record Row(String kind, String recordId, String body) {
    }

    /**
     * Inserts an import's records in one batch; must run inside the import's transaction.
     *
     * @param importId the import
     * @param rows     its records
     */
    public void insert(String importId, List<Row> rows) {
        transactions.joined(() -> transactions.onConnection(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO exchange_foreign_record (import_id, kind, record_id, body) VALUES (?, ?, ?, ?)")) {
                for (Row r : rows) {
                    s.setString(1, importId);
                    s.setString(2, r.kind());
                    s.setString(3, r.recordId());
                    s.setString(4, r.body());
                    s.addBatch();
                }
                s.executeBatch();
            }
            return null;
        }));
    }

    /**
     * @param importId an import
     * @return its records' kinds and ids (bodies left out), by kind and id
     */
    public List<Row> ids(String importId) {
        return transactions.read(() -> transactions.onConnection(c -> {
            List<Row> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT kind, record_id FROM exchange_foreign_record WHERE import_id = ? ORDER BY kind, record_id")) {
                s.setString(1, importId);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Row(rs.getString(1), rs.getString(2), null));
                    }
                }
            }
            return out;
        }));
    }
}
