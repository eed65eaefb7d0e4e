package org.dataprice.api.split.settlement;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The documents in which settlements recorded since migration V44 keep their statements: one per period
 * ({@code split_settlement_period.statements}, every statement of the period with its lines) and one per
 * settlement ({@code split_settlement.totals}, each party's total over the periods).
 *
 * <p>Format: compact JSON (no whitespace), fields in the fixed order of the records below, amounts as
 * decimal strings exactly as the core computed them ({@code Money.amount().toPlainString()}, at the
 * currency's minor units; the currency is the settlement's and is not repeated), statements in the
 * period's statement order and lines in waterfall order:
 * <pre>{@code
 * [{"party":"A","total":"2954.20","lines":[{"kind":"PER_USE","amount":"500.05","paid":true,"basis":"CNY 0.05 x 10001 calls"},...]},...]
 * [{"party":"A","total":"2954.20"},...]
 * }</pre>
 * A statement without lines keeps {@code "lines":[]}.
 * The same values always give the same bytes, and the document is a column of its ledger row, so the
 * ledger's row digest ({@code RecordDigest}) covers every amount in it: an edited amount fails the
 * ledger check like an edited line row did. Settlements recorded before V44 keep their statement and
 * line rows and leave these columns NULL. Every stored JSON column of the settlement area is written and
 * read through {@link #write} and {@link #read}. Thread-safe (stateless).
 */
public final class StatementDocuments {
    private static final Argument<List<StoredStatement>> STATEMENTS = Argument.listOf(StoredStatement.class);
    private static final Argument<List<StoredTotal>> TOTALS = Argument.listOf(StoredTotal.class);

    private StatementDocuments() {
    }

    /**
     * A statement as stored in a period document.
     *
     * @param party the party
     * @param total Σ of its paid lines, a decimal string
     * @param lines its lines in waterfall order
     */
    @Serdeable
    public record StoredStatement(String party, String total,
                                  @JsonInclude(JsonInclude.Include.ALWAYS) List<StoredLine> lines) {
    }

    /**
     * A line as stored in a period document.
     *
     * @param kind   the {@code LineKind} name
     * @param amount the amount, a decimal string
     * @param paid   whether it counts towards the total
     * @param basis  how it was computed
     */
    @Serdeable
    public record StoredLine(String kind, String amount, boolean paid, String basis) {
    }

    /**
     * A party's total over every period, as stored in the settlement's totals document.
     *
     * @param party the party
     * @param total its total, a decimal string
     */
    @Serdeable
    public record StoredTotal(String party, String total) {
    }

    /**
     * @param json       the mapper
     * @param statements a period's statements
     * @return the period document
     */
    public static String writeStatements(JsonMapper json, List<StoredStatement> statements) {
        return write(json, STATEMENTS, statements);
    }

    /**
     * @param json     the mapper
     * @param document a period document
     * @return its statements, in order
     */
    public static List<StoredStatement> readStatements(JsonMapper json, String document) {
        return read(json, document, STATEMENTS);
    }

    /**
     * @param json   the mapper
     * @param totals each party's total
     * @return the totals document
     */
    public static String writeTotals(JsonMapper json, List<StoredTotal> totals) {
        return write(json, TOTALS, totals);
    }

    /**
     * @param json     the mapper
     * @param document a totals document
     * @return the totals, in order
     */
    public static List<StoredTotal> readTotals(JsonMapper json, String document) {
        return read(json, document, TOTALS);
    }

    /**
     * The one way the settlement area writes a stored JSON column (the documents above, the explanations as
     * {@code ExplanationResponse}, a period's pool source): {@link JsonMapper#writeValueAsString}, as every area
     * writes its stored JSON; an I/O error (none is expected on a string) is unchecked.
     *
     * @param json  the mapper
     * @param type  the value's type
     * @param value the value
     * @param <T>   the value's type
     * @return the compact JSON text
     */
    public static <T> String write(JsonMapper json, Argument<T> type, T value) {
        try {
            return json.writeValueAsString(type, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a stored JSON column written by {@link #write}.
     *
     * @param json the mapper
     * @param text the stored text
     * @param type the value's type
     * @param <T>  the value's type
     * @return the value
     */
    public static <T> T read(JsonMapper json, String text, Argument<T> type) {
        try {
            return json.readValue(text, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
