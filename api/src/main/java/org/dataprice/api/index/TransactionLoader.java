package org.dataprice.api.index;

import jakarta.inject.Singleton;
import org.dataprice.api.transaction.WriteConflicts;
import org.dataprice.api.time.ServiceClock;
import org.dataprice.api.problem.Problem;
import org.dataprice.api.problem.ProblemException;
import org.dataprice.api.problem.ProblemType;
import org.dataprice.error.InvalidInputException;
import org.dataprice.error.Rule;
import org.dataprice.index.transaction.TradeValueBound;
import org.dataprice.money.DecimalParser;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Loads transactions: in bulk from CSV, streamed (the body is never held in memory: it is read line by
 * line, validated row by row and inserted in batches of {@link #BATCH} inside ONE transaction), or
 * singly from JSON. A CSV load is all or nothing: any bad row rolls it back and the answer lists the
 * first {@link #MAX_VIOLATIONS} bad values with their line numbers.
 *
 * <p>CSV: UTF-8 (a BOM is skipped) unless another charset is declared ({@link #charset}), decoded strictly
 * by {@link StrictDecodingReader} (a byte sequence invalid in the charset is a 400 naming the line and
 * the byte offset; nothing is ever replaced or guessed), comma-separated, a header naming the columns in any order:
 * {@code product_id, period, price, quantity} and, when the index has categories, {@code category}, or the
 * names the index definition maps to these fields ({@link ColumnMapping}, matched case-insensitively),
 * its characteristic columns, and the columns it lists as ignored; any other column, and a mapped
 * column the header lacks, is a 400 naming the column and listing the header.
 * Double quotes may enclose a field ({@code ""} is a quote). Blank lines are skipped.
 *
 * <p>Characteristics (an index whose definition names characteristic columns, for the time-dummy
 * hedonic method): every trade must carry every one, a plain decimal read by {@link DecimalParser} of
 * magnitude at most {@link #MAX_TRADE_VALUE}, and each categorical one a level of at most
 * {@link #MAX_LEVEL} characters without {@code ;}; a blank value is an error naming the line and the
 * column (never a default). They are traits of the product: all trades of one product must carry the same
 * values (as numbers), in this load and in earlier ones; a product whose traits change is a new product.
 * They are stored with each trade (column {@code characteristics}, V46). The JSON endpoint cannot
 * carry them and refuses trades for such an index.
 *
 * <p>Numbers: prices and quantities are plain decimals read by {@link DecimalParser} (no hexadecimal,
 * no {@code f}/{@code d} suffixes, no NaN or infinities), each &gt; 0 and at most {@link #MAX_TRADE_VALUE},
 * and a trade's value price &times; quantity (computed in {@code double}) must be a normal positive
 * number at most {@link #MAX_TRADE_VALUE} in the index currency: a value beyond it would overflow the
 * index computations (a price of 1e308 made every release fail naming no trade). The JSON endpoint
 * applies the same rule ({@link #checkTrade}).
 *
 * <p>Exactly-once per {@code Idempotency-Key}: the load row carrying (index, caller, key) and the
 * SHA-256 of the body is inserted in the same transaction as the trades, under a unique constraint. A
 * retry with the same key and the same bytes answers the stored summary (replayed); with other bytes,
 * 422 {@code idempotency-key-reused}. Thread-safe.
 */
@Singleton
public class TransactionLoader {
    /** Rows per JDBC batch. */
    public static final int BATCH = 5_000;
    /** Violations listed in one answer (all are counted). */
    public static final int MAX_VIOLATIONS = 100;
    /** The most rows in one CSV request. */
    public static final int MAX_ROWS = 2_000_000;
    /** The longest product id. */
    public static final int MAX_PRODUCT_ID = org.dataprice.index.transaction.Transaction.MAX_PRODUCT_ID;

    /**
     * The largest unit price, quantity and value price &times; quantity of one trade, in the index
     * currency: 10<sup>15</sup> (a thousand trillion), far above any data trade and far below the
     * range where sums of values over millions of trades lose their meaning in {@code double}.
     */
    public static final double MAX_TRADE_VALUE = TradeValueBound.MAX;
    /** {@link #MAX_TRADE_VALUE} as written in messages. */
    static final String MAX_TRADE_VALUE_TEXT = TradeValueBound.MAX_TEXT;
    /** The longest level of a categorical characteristic. */
    static final int MAX_LEVEL = 100;
    /** The longest charset name accepted. */
    static final int MAX_CHARSET_NAME = 40;

    private final IndexStore store;
    private final IndexDefinitionService definitions;
    private final Clock clock;

    /**
     * @param store       the tables
     * @param definitions the definitions
     * @param clock       the index clock
     */
    public TransactionLoader(IndexStore store, IndexDefinitionService definitions, Clock clock) {
        this.store = store;
        this.definitions = definitions;
        this.clock = clock;
    }

    /** A load's answer and whether it was replayed. */
    public record Outcome(LoadResponse response, boolean replayed) {
    }

    /**
     * @param indexId the index
     * @param body    the CSV body, streamed
     * @param charset the body's charset ({@link #charset}); UTF-8 when none was declared
     * @param caller  the principal
     * @param key     the Idempotency-Key header; required
     * @return the load
     */
    public Outcome loadCsv(String indexId, InputStream body, Charset charset, String caller, String key) {
        IndexDefinition def = definitions.get(indexId);
        checkKey(key);
        MessageDigest sha = sha256();
        Optional<IndexStore.LoadRecord> existing = store.findLoad(indexId, caller, key);
        if (existing.isPresent()) {
            drain(new DigestInputStream(body, sha));
            return replay(existing.get(), HexFormat.of().formatHex(sha.digest()), key);
        }
        Map<String, String> known = def.categories().isEmpty() ? Map.of() : store.productCategories(indexId);
        Map<String, String> knownTraits = def.columns().traitColumns().isEmpty() ? Map.of() : firstTraits(indexId);
        String loadId = UUID.randomUUID().toString();
        Instant now = ServiceClock.now(clock);
        String[] hash = {""};
        try {
            IndexStore.LoadRecord load = store.write(c -> {
                int rows;
                try (PreparedStatement insert = IndexStore.transactionInsert(c)) {
                    rows = parse(def, new DigestInputStream(body, sha), charset, known, knownTraits, loadId, insert);
                }
                hash[0] = HexFormat.of().formatHex(sha.digest());
                IndexStore.LoadRecord record = new IndexStore.LoadRecord(loadId, indexId, caller, key,
                        hash[0], "CSV", rows, now);
                IndexStore.insertLoad(c, record);
                return record;
            });
            return new Outcome(response(load), false);
        } catch (RuntimeException e) {
            if (!WriteConflicts.isUniqueViolation(e)) {
                throw e;
            }
            // the same key was used concurrently (another request or instance) and committed first
            IndexStore.LoadRecord winner = store.findLoad(indexId, caller, key).orElseThrow(() -> e);
            return replay(winner, hash[0], key);
        }
    }

    /**
     * Stores one transaction (the caller's {@code @Idempotent} guards retries).
     *
     * @param indexId the index
     * @param request the trade
     * @param caller  the principal
     * @return the load
     */
    public LoadResponse loadOne(String indexId, TransactionRequest request, String caller) {
        IndexDefinition def = definitions.get(indexId);
        if (!def.columns().traitColumns().isEmpty()) {
            throw new InvalidInputException("characteristics", null, Rule.INVALID_STATE, "the trades of index '" + indexId
                    + "' need the characteristics " + String.join(", ", def.columns().traitColumns())
                    + ", which a JSON trade cannot carry: load them as CSV");
        }
        Row row = new Row();
        String error;
        if ((error = row.product(request.productId())) != null) {
            throw new InvalidInputException("productId", request.productId(), Rule.INVALID_FORMAT, error);
        }
        if ((error = row.period(request.period())) != null) {
            throw new InvalidInputException("period", request.period(), Rule.INVALID_FORMAT, "yyyy-MM");
        }
        if (!(request.price() > 0 && Double.isFinite(request.price()))) {
            throw new InvalidInputException("price", request.price(), Rule.GREATER_THAN, 0);
        }
        if (!(request.quantity() > 0 && Double.isFinite(request.quantity()))) {
            throw new InvalidInputException("quantity", request.quantity(), Rule.GREATER_THAN, 0);
        }
        String tooLarge = checkTrade(request.price(), request.quantity());
        if (tooLarge != null) {
            String field = tooLarge.startsWith("quantity") ? "quantity" : "price";
            throw new InvalidInputException(field, field.equals("price") ? request.price() : request.quantity(),
                    Rule.INVALID_STATE, tooLarge);
        }
        String category = request.category();
        if (def.categories().isEmpty()) {
            if (category != null) {
                throw new InvalidInputException("category", category, Rule.INVALID_STATE, "the index has no categories");
            }
        } else {
            if (category == null || !def.hasCategory(category)) {
                throw new InvalidInputException("category", category, Rule.UNKNOWN, codes(def));
            }
            String before = store.productCategories(indexId).get(request.productId());
            if (before != null && !before.equals(category)) {
                throw new InvalidInputException("category", category, Rule.INCONSISTENT,
                        "product " + request.productId() + " is in category " + before);
            }
        }
        String loadId = UUID.randomUUID().toString();
        Instant now = ServiceClock.now(clock);
        IndexStore.LoadRecord load = store.write(c -> {
            IndexStore.LoadRecord record = new IndexStore.LoadRecord(loadId, indexId, caller, "json:" + loadId,
                    "-", "JSON", 1, now);
            IndexStore.insertLoad(c, record);
            try (PreparedStatement insert = IndexStore.transactionInsert(c)) {
                bind(insert, indexId, loadId, 1, request.productId(), category, row.period, request.price(),
                        request.quantity(), null);
                insert.executeUpdate();
            }
            return record;
        });
        return response(load);
    }

    private static LoadResponse response(IndexStore.LoadRecord load) {
        return new LoadResponse(load.id(), load.indexId(), load.source(), load.rows(), load.payloadSha256(), load.createdAt());
    }

    private static Outcome replay(IndexStore.LoadRecord existing, String sha, String key) {
        if (!existing.payloadSha256().equals(sha)) {
            throw new ProblemException(ProblemType.IDEMPOTENCY_KEY_REUSED, "Idempotency-Key '" + key
                    + "' was already used for load " + existing.id() + " with a different body; use a new key for a new load");
        }
        return new Outcome(response(existing), true);
    }

    private static void checkKey(String key) {
        if (key == null || key.isBlank()) {
            throw new ProblemException(ProblemType.IDEMPOTENCY_KEY_MISSING, "A transaction load changes state: send an "
                    + "Idempotency-Key header with a unique value (e.g. a UUID) so that it can be retried safely");
        }
        if (key.length() > 255 || !key.chars().allMatch(ch -> ch >= 0x21 && ch <= 0x7e)) {
            throw new ProblemException(ProblemType.BAD_REQUEST,
                    "Idempotency-Key must be 1 to 255 printable ASCII characters without spaces");
        }
    }

    private static String codes(IndexDefinition def) {
        return String.join(", ", def.categories().stream().map(IndexDefinitionRequest.Category::code).toList());
    }

    // --------------------------------------------------------------------------------------------- CSV

    /**
     * The charset of a CSV body: the {@code charset} query parameter, else the {@code charset=} of the
     * Content-Type, else UTF-8; never guessed from the bytes. When both are given they must name the
     * same charset.
     *
     * @param parameter   the {@code charset} query parameter, or null
     * @param contentType the Content-Type header, or null
     * @return the charset
     * @throws InvalidInputException 422 {@code unknown} naming {@code charset} (or {@code Content-Type})
     *                               for a name Java does not know, {@code inconsistent} when the two disagree
     */
    public static Charset charset(String parameter, String contentType) {
        Charset fromParameter = parameter == null ? null : named(parameter, "charset");
        String declared = contentTypeCharset(contentType);
        Charset fromHeader = declared == null ? null : named(declared, "Content-Type");
        if (fromParameter != null && fromHeader != null && !fromParameter.equals(fromHeader)) {
            throw new InvalidInputException("charset", parameter, Rule.INCONSISTENT,
                    "the Content-Type declares charset=" + DecimalParser.show(declared));
        }
        return fromParameter != null ? fromParameter : fromHeader != null ? fromHeader : StandardCharsets.UTF_8;
    }

    private static String contentTypeCharset(String contentType) {
        if (contentType == null) {
            return null;
        }
        String[] parts = contentType.split(";");
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i].strip();
            int eq = p.indexOf('=');
            if (eq > 0 && p.substring(0, eq).strip().equalsIgnoreCase("charset")) {
                String value = p.substring(eq + 1).strip();
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1);
                }
                return value;
            }
        }
        return null;
    }

    private static Charset named(String name, String field) {
        String allowed = "a charset Java supports, e.g. UTF-8, GB18030, GBK, ISO-8859-1, windows-1252";
        if (name.isBlank() || name.length() > MAX_CHARSET_NAME) {
            throw new InvalidInputException(field, DecimalParser.show(name), Rule.UNKNOWN, allowed);
        }
        try {
            return Charset.forName(name.strip());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new InvalidInputException(field, DecimalParser.show(name), Rule.UNKNOWN, allowed);
        }
    }

    /**
     * The rule on a trade's size shared by the CSV and the JSON loads, the market-deal import and
     * corrections: {@link TradeValueBound}, the one rule in the core.
     *
     * @param price    the unit price, finite and &gt; 0
     * @param quantity the units, finite and &gt; 0
     * @return null when the trade is acceptable, else the broken rule starting with the column at fault
     *         ({@code price ...} or {@code quantity ...})
     */
    static String checkTrade(double price, double quantity) {
        return TradeValueBound.violation(price, quantity).orElse(null);
    }

    /** The stored characteristics of each product of an index (one value of each; a conflict shows on the next load). */
    private Map<String, String> firstTraits(String indexId) {
        Map<String, String> out = new HashMap<>();
        store.productCharacteristics(indexId, YearMonth.of(9999, 12)).forEach((product, values) -> values.stream()
                .filter(java.util.Objects::nonNull).findFirst().ifPresent(v -> out.put(product, v)));
        return out;
    }

    private int parse(IndexDefinition def, InputStream in, Charset charset, Map<String, String> known,
            Map<String, String> knownTraits, String loadId, PreparedStatement insert) throws java.sql.SQLException {
        List<Problem.Violation> violations = new ArrayList<>();
        int[] bad = {0};
        Map<String, String> seen = new HashMap<>(known);
        Map<String, String> seenTraits = new HashMap<>(knownTraits);
        ColumnMapping map = def.columns();
        List<String> names = map.fields();
        int rows = 0;
        int pending = 0;
        BufferedReader reader = new BufferedReader(new StrictDecodingReader(in, charset), 1 << 16);
        try {
            String header = reader.readLine();
            if (header == null) {
                throw new CsvRowsException("the CSV body is empty: a header line is required",
                        List.of(new Problem.Violation("lines[1]", "missing header: " + String.join(",", expected(def)))));
            }
            if (header.startsWith("\uFEFF")) {
                header = header.substring(1);
            }
            List<String> columns = split(header);
            int[] col = header(def, columns, violations);
            if (!violations.isEmpty()) {
                throw new CsvRowsException("the CSV header is invalid", violations);
            }
            Row row = new Row();
            String line;
            int lineNo = 1;
            while ((line = reader.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                rows++;
                if (rows > MAX_ROWS) {
                    drain(in);
                    throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "at most " + MAX_ROWS
                            + " transactions per request; split the file");
                }
                List<String> f = split(line);
                if (f.size() != columns.size()) {
                    add(violations, bad, "lines[" + lineNo + "]", "has " + f.size() + " fields, the header has " + columns.size());
                    continue;
                }
                int before = bad[0];
                String error;
                String product = f.get(col[1]);
                if ((error = row.product(product)) != null) {
                    add(violations, bad, "lines[" + lineNo + "]." + names.get(1), error);
                }
                if (row.period(f.get(col[0])) != null) {
                    add(violations, bad, "lines[" + lineNo + "]." + names.get(0), "must be a month yyyy-MM, was '"
                            + f.get(col[0]) + "'");
                }
                double price = positive(f.get(col[2]), names.get(2), lineNo, violations, bad);
                double quantity = positive(f.get(col[3]), names.get(3), lineNo, violations, bad);
                if (price > 0 && quantity > 0 && (error = checkTrade(price, quantity)) != null) {
                    add(violations, bad, "lines[" + lineNo + "]." + (error.startsWith("quantity") ? names.get(3) : names.get(2)),
                            error);
                }
                String traits = traits(map, col, f, lineNo, violations, bad);
                if (traits != null && bad[0] == before) {
                    String first = seenTraits.putIfAbsent(product, traits);
                    if (first != null && !first.equals(traits)) {
                        add(violations, bad, "lines[" + lineNo + "]." + map.traitColumns().get(0), "product " + product
                                + " has the characteristics " + String.join(", ", map.traitColumns()) + " = "
                                + first.replace(";", ", ") + " in an earlier trade, here " + traits.replace(";", ", ")
                                + " (a product whose traits change is a new product id)");
                    }
                }
                String category = null;
                if (col[4] >= 0) {
                    category = f.get(col[4]);
                    if (!def.hasCategory(category)) {
                        add(violations, bad, "lines[" + lineNo + "]." + names.get(4), "must be one of " + codes(def)
                                + ", was '" + category + "'");
                    } else if (bad[0] == before) {
                        String first = seen.putIfAbsent(product, category);
                        if (first != null && !first.equals(category)) {
                            add(violations, bad, "lines[" + lineNo + "]." + names.get(4), "product " + product
                                    + " is in category " + first + ", was '" + category + "'");
                        }
                    }
                }
                if (bad[0] == 0) {
                    bind(insert, def.id(), loadId, lineNo, product, category, row.period, price, quantity, traits);
                    insert.addBatch();
                    if (++pending == BATCH) {
                        insert.executeBatch();
                        pending = 0;
                    }
                }
            }
            if (bad[0] > 0) {
                throw new CsvRowsException(bad[0] + " invalid value(s) in " + rows + " row(s); nothing was loaded"
                        + (bad[0] > MAX_VIOLATIONS ? " (the first " + MAX_VIOLATIONS + " are listed)" : ""), violations);
            }
            if (rows == 0) {
                throw new CsvRowsException("the CSV has no transactions",
                        List.of(new Problem.Violation("lines[2]", "at least one transaction is required")));
            }
            if (pending > 0) {
                insert.executeBatch();
            }
            return rows;
        } catch (IOException e) {
            throw readFailure(e);
        } catch (CsvRowsException e) {
            drainQuietly(in); // let the client finish sending before the 400
            throw e;
        } finally {
            closeQuietly(reader);
        }
    }

    /** A body above {@code micronaut.server.max-request-size} is a 413 problem; other read errors stay 500. */
    private static RuntimeException readFailure(IOException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getClass().getSimpleName().equals("ContentLengthExceededException")) {
                return new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "the CSV body exceeds the service's request "
                        + "size limit (DATAPRICE_MAX_REQUEST_SIZE); split the file or raise the limit");
            }
        }
        return new UncheckedIOException("could not read the request body", e);
    }

    /** The columns a CSV of this index must have: the mapped fields (category when it has categories), the characteristics. */
    private static List<String> expected(IndexDefinition def) {
        ColumnMapping m = def.columns();
        List<String> out = new ArrayList<>(List.of(m.productId(), m.period(), m.price(), m.quantity()));
        if (!def.categories().isEmpty()) {
            out.add(def.columns().category());
        }
        out.addAll(def.columns().traitColumns());
        return out;
    }

    /**
     * Locates the mapped columns in the header: {@code col[0..4]} period, product id, price, quantity,
     * category (-1 without categories), then one per characteristic; ignored columns are skipped.
     */
    private static int[] header(IndexDefinition def, List<String> columns, List<Problem.Violation> violations) {
        ColumnMapping map = def.columns();
        List<String> names = new ArrayList<>(map.fields());
        names.addAll(map.traitColumns());
        List<String> keys = new ArrayList<>(names.stream().map(ColumnMapping::key).toList());
        if (def.categories().isEmpty()) {
            keys.set(4, "\u0000"); // no category column is read: its default name may be a characteristic
        }
        List<String> ignored = map.ignored().stream().map(ColumnMapping::key).toList();
        int[] col = new int[names.size()];
        java.util.Arrays.fill(col, -1);
        String expected = String.join(",", expected(def));
        for (int k = 0; k < columns.size(); k++) {
            String name = ColumnMapping.key(columns.get(k));
            int at = keys.indexOf(name);
            if (ignored.contains(name)) {
                continue;
            }
            if (at < 0 || (at == 4 && def.categories().isEmpty())) {
                violations.add(new Problem.Violation("lines[1]", "unknown column '" + DecimalParser.show(columns.get(k))
                        + "'; expected " + expected + (map.ignored().isEmpty() ? "" : " (ignored: "
                        + String.join(",", map.ignored()) + ")") + "; a column to skip belongs in columns.ignored of the index definition"));
            } else if (col[at] >= 0) {
                violations.add(new Problem.Violation("lines[1]", "duplicate column '" + DecimalParser.show(columns.get(k)) + "'"));
            } else {
                col[at] = k;
            }
        }
        for (int k = 0; k < names.size(); k++) {
            if (col[k] < 0 && (k != 4 || !def.categories().isEmpty())) {
                int c = k - 5 - map.characteristics().size();
                String field = k < 5 ? "columns." + ColumnMapping.FIELDS.get(k) : c < 0
                        ? "columns.characteristics[" + (k - 5) + "]" : "columns.categoricalCharacteristics[" + c + "]";
                violations.add(new Problem.Violation("lines[1]", "missing column '" + names.get(k) + "' (" + field
                        + " of the index definition); the header has: " + shown(String.join(",", columns))));
            }
        }
        return col;
    }

    /** A header as listed in a message: at most 1,000 characters. */
    private static String shown(String header) {
        return header.length() <= 1000 ? header : header.substring(0, 1000) + "…";
    }

    /**
     * Reads the characteristics of one row.
     *
     * @return the stored form (each value's canonical decimal, ';'-separated, definition order); null when
     *         the index has none or a value is bad (counted in {@code bad})
     */
    private static String traits(ColumnMapping map, int[] col, List<String> f, int lineNo,
            List<Problem.Violation> violations, int[] bad) {
        List<String> traitColumns = map.traitColumns();
        if (traitColumns.isEmpty()) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        boolean ok = true;
        for (int c = 0; c < traitColumns.size(); c++) {
            String column = traitColumns.get(c);
            String text = f.get(col[5 + c]);
            String field = "lines[" + lineNo + "]." + column;
            if (text.isBlank()) {
                add(violations, bad, field, "is missing: every trade of this index needs its characteristics (none is assumed)");
                ok = false;
                continue;
            }
            if (c >= map.characteristics().size()) { // a categorical level, kept as written (trimmed)
                String level = text.strip();
                if (level.length() > MAX_LEVEL || level.indexOf(';') >= 0) {
                    add(violations, bad, field, "must be a level of at most " + MAX_LEVEL + " characters without ';', was '"
                            + DecimalParser.show(level) + "'");
                    ok = false;
                }
                out.append(c == 0 ? "" : ";").append(level);
                continue;
            }
            java.math.BigDecimal v;
            try {
                v = DecimalParser.decimal(text, column); // plain decimal, bounded digits and exponent
            } catch (InvalidInputException e) {
                add(violations, bad, field, e.getMessage().substring(column.length() + 1));
                ok = false;
                continue;
            }
            if (v.abs().compareTo(java.math.BigDecimal.valueOf(MAX_TRADE_VALUE)) > 0) {
                add(violations, bad, field, "must be at most " + MAX_TRADE_VALUE_TEXT + " in magnitude, was '"
                        + DecimalParser.show(text.strip()) + "'");
                ok = false;
                continue;
            }
            java.math.BigDecimal canonical = v.stripTrailingZeros(); // 10.0 and 10 are one value
            out.append(c == 0 ? "" : ";").append(v.signum() == 0 ? "0"
                    : canonical.scale() <= 20 ? canonical.toPlainString() : canonical.toString());
        }
        return ok ? out.toString() : null;
    }

    private static double positive(String text, String column, int lineNo, List<Problem.Violation> violations, int[] bad) {
        double v;
        try {
            v = DecimalParser.toDouble(text, column); // bounded digits and exponent, always finite
        } catch (InvalidInputException e) {
            add(violations, bad, "lines[" + lineNo + "]." + column, e.getMessage().substring(column.length() + 1));
            return Double.NaN;
        }
        if (!(v > 0)) {
            add(violations, bad, "lines[" + lineNo + "]." + column, "must be a finite number > 0, was '"
                    + DecimalParser.show(text.strip()) + "'");
        }
        return v;
    }

    private static void add(List<Problem.Violation> violations, int[] bad, String field, String message) {
        bad[0]++;
        if (violations.size() < MAX_VIOLATIONS) {
            violations.add(new Problem.Violation(field, message));
        }
    }

    private static void bind(PreparedStatement s, String indexId, String loadId, int line, String product,
            String category, YearMonth period, double price, double quantity, String characteristics)
            throws java.sql.SQLException {
        s.setString(1, indexId);
        s.setString(2, loadId);
        s.setInt(3, line);
        s.setString(4, product);
        s.setString(5, category);
        s.setString(6, period.toString());
        s.setDouble(7, price);
        s.setDouble(8, quantity);
        s.setString(9, characteristics);
    }

    /** Splits one CSV line: commas, optional double quotes with {@code ""} escapes. */
    static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        cur.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    cur.append(ch);
                }
            } else if (ch == '"' && cur.length() == 0) {
                quoted = true;
            } else if (ch == ',') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(ch);
            }
        }
        out.add(cur.toString());
        return out;
    }

    /** Parsed values of one row (reused; periods cached). */
    private static final class Row {
        private final Map<String, YearMonth> months = new HashMap<>();
        private YearMonth period;

        String product(String id) {
            if (id == null || id.isBlank()) {
                return "must not be blank";
            }
            if (id.length() > MAX_PRODUCT_ID) {
                return "must be at most " + MAX_PRODUCT_ID + " characters";
            }
            return null;
        }

        String period(String text) {
            period = months.get(text);
            if (period != null) {
                return null;
            }
            try {
                period = YearMonth.parse(text.trim());
                if (text.trim().length() != 7) {
                    return "yyyy-MM";
                }
                months.put(text, period);
                return null;
            } catch (DateTimeParseException e) {
                return "yyyy-MM";
            }
        }
    }

    private static void drain(InputStream in) {
        byte[] buffer = new byte[1 << 16];
        try (in) {
            while (in.read(buffer) >= 0) {
                // hashing only
            }
        } catch (IOException e) {
            throw readFailure(e);
        }
    }

    private static void closeQuietly(BufferedReader reader) {
        try {
            reader.close();
        } catch (IOException e) {
            // the answer is already decided
        }
    }

    private static void drainQuietly(InputStream in) {
        byte[] buffer = new byte[1 << 16];
        try {
            while (in.read(buffer) >= 0) {
                // the answer is already decided
            }
        } catch (IOException e) {
            // the answer is already decided; a failed read of the rest changes nothing
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
