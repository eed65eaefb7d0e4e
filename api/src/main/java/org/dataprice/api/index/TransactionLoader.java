package org.dataprice.api.index;

import jakarta.inject.Singleton;
import org.dataprice.api.id.RecordIds;
import org.dataprice.api.transaction.WriteConflicts;
import org.dataprice.api.time.ServiceClock;
import org.dataprice.api.problem.Problem;
import org.dataprice.api.problem.ProblemException;
import org.dataprice.api.problem.ProblemType;
import org.dataprice.api.storage.StorageGuard;
import org.dataprice.error.InvalidInputException;
import org.dataprice.error.Rule;
import org.dataprice.index.transaction.TradeValueBound;
import org.dataprice.money.DecimalParser;

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

/**
 * Loads transactions: in bulk from CSV or JSON lines ({@link Format}), streamed (the body is never held in
 * memory: it is read line by line, at most {@link #MAX_LINE} characters each, validated row by row as it
 * arrives into a spool file ({@link TradeSpool}); only when every row is valid is the spool written, in
 * batches of {@link #BATCH} (PostgreSQL: one {@code COPY}) inside ONE transaction, with the per-cell totals a
 * release reads, {@link IndexStore.TradeWriter}), or singly from JSON. A bulk load is all or nothing: the first
 * bad line stops it at once (nothing has been written, so there is nothing to roll back; the rest of the body is
 * drained unparsed) and the answer lists that line's bad values, {@code lines[n].column}. Why spool first: a bad
 * last row of a 1.37 M-row file was answered after 46 s of CPU, most of it H2 rolling back the rows already
 * inserted (docs/benchmarks.md, issue 14); validated first, it is answered after the parse alone (about a
 * second). Why one transaction rather than a staging table
 * swapped in: the trades are insert-only rows of one index, invisible to every reader until the commit
 * on H2 (MVCC) and PostgreSQL alike, and a rollback discards them; a staging table would add a second copy
 * of every row and a swap that is not atomic on H2.
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
    public static final int BATCH = IndexStore.TradeWriter.BATCH;
    /** Violations listed in one answer (those of the first bad line). */
    public static final int MAX_VIOLATIONS = 100;
    /** The most characters in one line (header or trade): a longer line is a 400 naming it, read no further. */
    public static final int MAX_LINE = 1 << 20;
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
    private final int maxRows;
    private final StorageGuard storage;

    /**
     * @param store       the tables
     * @param definitions the definitions
     * @param clock       the index clock
     * @param maxRows     the most rows in one bulk load ({@code dataprice.index.max-load-rows}, default
     *                    {@link #MAX_ROWS}; lower in tests that reach it)
     * @param storage     the free-space guard: the spool stops at its floor, and a spooled load that would take the
     *                    embedded store below its floor is refused before its transaction (507 either way, nothing
     *                    written)
     */
    public TransactionLoader(IndexStore store, IndexDefinitionService definitions, Clock clock,
            @io.micronaut.context.annotation.Value("${dataprice.index.max-load-rows:2000000}") int maxRows,
            StorageGuard storage) {
        this.store = store;
        this.definitions = definitions;
        this.clock = clock;
        this.maxRows = Math.min(maxRows, MAX_ROWS);
        this.storage = storage;
    }

    /** A load's answer and whether it was replayed. */
    public record Outcome(LoadResponse response, boolean replayed) {
    }

    /**
     * The formats of a bulk load: the same columns, checks and answers, one trade per line.
     */
    public enum Format {
        /** {@code text/csv}: a header line naming the columns, then one comma-separated trade per line. */
        CSV("CSV"),
        /**
         * JSON lines ({@code application/x-ndjson}, also accepted as {@code application/jsonl}): one JSON
         * object per line whose keys are the CSV columns (the index's mapped names, case-insensitive) and
         * whose values are strings or plain numbers (a number is read from its text, as a CSV value); no header.
         */
        JSON_LINES("JSONL");

        private final String source;

        Format(String source) {
            this.source = source;
        }
    }

    /**
     * A CSV load ({@link #load} with {@link Format#CSV}).
     *
     * @param indexId the index
     * @param body    the CSV body, streamed
     * @param charset the body's charset ({@link #charset}); UTF-8 when none was declared
     * @param caller  the principal
     * @param key     the Idempotency-Key header; required
     * @return the load
     */
    public Outcome loadCsv(String indexId, InputStream body, Charset charset, String caller, String key) {
        return load(indexId, Format.CSV, body, charset, caller, key);
    }

    /**
     * A bulk load, streamed: the body is read line by line, each row checked as it is read and spooled
     * ({@link TradeSpool}); the first bad row answers at once and nothing is written. A valid body is then
     * written from the spool in one transaction: as ~1 MiB segments on the embedded H2 store, as rows
     * ({@link IndexStore.TradeWriter}, COPY on PostgreSQL) elsewhere ({@link TradeSegments#store}). Memory does not
     * grow with the body (the spool is a temporary file).
     *
     * @param indexId the index
     * @param format  the body's format
     * @param body    the body, streamed
     * @param charset the body's charset ({@link #charset}); UTF-8 when none was declared
     * @param caller  the principal
     * @param key     the Idempotency-Key header; required
     * @return the load
     */
    public Outcome load(String indexId, Format format, InputStream body, Charset charset, String caller, String key) {
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
        String loadId = RecordIds.nextId(clock);
        Instant now = ServiceClock.now(clock);
        try (TradeSpool spool = new TradeSpool(storage)) {
            // 1. the whole body parsed and checked, nothing written: a bad row (the last one too) is final here
            int rows = parse(def, format, new DigestInputStream(body, sha), charset, known, knownTraits, spool);
            String hash = HexFormat.of().formatHex(sha.digest());
            // the rows take at least their spooled size in the store: refused (507) before the transaction when the
            // embedded store's file system would fall below its floor; nothing on PostgreSQL
            storage.requireStore(spool.bytes(), String.format(java.util.Locale.ROOT, "the load's %,d rows", rows));
            // 2. only a valid body reaches the store, in one transaction
            try {
                IndexStore.LoadRecord load = store.write(c -> {
                    TradeSegments.store(c, indexId, loadId, spool); // segments on embedded H2, rows elsewhere
                    IndexStore.LoadRecord record = new IndexStore.LoadRecord(loadId, indexId, caller, key,
                            hash, format.source, rows, now);
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
                return replay(winner, hash, key);
            }
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
        String loadId = RecordIds.nextId(clock);
        Instant now = ServiceClock.now(clock);
        IndexStore.LoadRecord load = store.write(c -> {
            IndexStore.LoadRecord record = new IndexStore.LoadRecord(loadId, indexId, caller, "json:" + loadId,
                    "-", "JSON", 1, now);
            IndexStore.insertLoad(c, record);
            try (IndexStore.TradeWriter out = new IndexStore.TradeWriter(c, indexId, loadId)) {
                out.add(1, request.productId(), category, row.period, request.price(), request.quantity(), null, null);
                out.finish();
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

    /**
     * Reads and checks the rows as they stream, before anything is written: each row is checked when read, and
     * the first bad row stops the load (its violations are thrown, the rest of the body is drained unparsed);
     * good rows go to {@code out}, the load's spool file.
     */
    private int parse(IndexDefinition def, Format format, InputStream in, Charset charset, Map<String, String> known,
            Map<String, String> knownTraits, TradeSpool out) {
        Map<String, String> seen = new HashMap<>(known);
        Map<String, String> seenTraits = new HashMap<>(knownTraits);
        ColumnMapping map = def.columns();
        List<String> names = map.fields();
        int rows = 0;
        LineReader reader = new LineReader(new StrictDecodingReader(in, charset));
        try {
            List<String> columns;
            int[] col;
            JsonLine json = null;
            List<Problem.Violation> violations = new ArrayList<>();
            if (format == Format.CSV) {
                String header = reader.next();
                if (header == null) {
                    throw new CsvRowsException("the CSV body is empty: a header line is required",
                            List.of(new Problem.Violation("lines[1]", "missing header: " + String.join(",", expected(def)))));
                }
                if (header.startsWith("\uFEFF")) {
                    header = header.substring(1);
                }
                columns = split(header, new ArrayList<>());
                col = header(def, columns, violations);
                if (!violations.isEmpty()) {
                    throw new CsvRowsException("the CSV header is invalid", violations);
                }
            } else {
                columns = expected(def);
                col = header(def, columns, violations);
                json = new JsonLine(columns);
            }
            Row row = new Row();
            List<String> f = new ArrayList<>(columns.size());
            String line;
            while ((line = reader.next()) != null) {
                int lineNo = reader.line();
                if (lineNo == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.isBlank()) {
                    continue;
                }
                rows++;
                if (rows > maxRows) {
                    drain(in);
                    throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "at most " + maxRows
                            + " transactions per request; split the file");
                }
                if (json == null) {
                    split(line, f);
                    if (f.size() != columns.size()) {
                        throw bad(lineNo, List.of(new Problem.Violation("lines[" + lineNo + "]", "has " + f.size()
                                + " fields, the header has " + columns.size())));
                    }
                } else if (!json.read(line, lineNo, f, violations)) {
                    throw bad(lineNo, violations);
                }
                String error;
                String product = f.get(col[1]);
                if ((error = row.product(product)) != null) {
                    violations.add(new Problem.Violation("lines[" + lineNo + "]." + names.get(1), error));
                }
                if (row.period(f.get(col[0])) != null) {
                    violations.add(new Problem.Violation("lines[" + lineNo + "]." + names.get(0), "must be a month yyyy-MM, was '"
                            + DecimalParser.show(f.get(col[0])) + "'"));
                }
                double price = positive(f.get(col[2]), names.get(2), lineNo, violations);
                double quantity = positive(f.get(col[3]), names.get(3), lineNo, violations);
                if (price > 0 && quantity > 0 && (error = checkTrade(price, quantity)) != null) {
                    violations.add(new Problem.Violation("lines[" + lineNo + "]."
                            + (error.startsWith("quantity") ? names.get(3) : names.get(2)), error));
                }
                String traits = traits(map, col, f, lineNo, violations);
                if (traits != null && violations.isEmpty()) {
                    String first = seenTraits.putIfAbsent(product, traits);
                    if (first != null && !first.equals(traits)) {
                        violations.add(new Problem.Violation("lines[" + lineNo + "]." + map.traitColumns().get(0), "product "
                                + product + " has the characteristics " + String.join(", ", map.traitColumns()) + " = "
                                + first.replace(";", ", ") + " in an earlier trade, here " + traits.replace(";", ", ")
                                + " (a product whose traits change is a new product id)"));
                    }
                }
                String category = null;
                if (col[4] >= 0) {
                    category = f.get(col[4]);
                    if (!def.hasCategory(category)) {
                        violations.add(new Problem.Violation("lines[" + lineNo + "]." + names.get(4), "must be one of "
                                + codes(def) + ", was '" + DecimalParser.show(category) + "'"));
                    } else if (violations.isEmpty()) {
                        String first = seen.putIfAbsent(product, category);
                        if (first != null && !first.equals(category)) {
                            violations.add(new Problem.Violation("lines[" + lineNo + "]." + names.get(4), "product "
                                    + product + " is in category " + first + ", was '" + category + "'"));
                        }
                    }
                }
                if (!violations.isEmpty()) {
                    throw bad(lineNo, violations);
                }
                out.add(lineNo, product, category, row.period, price, quantity, traits);
            }
            if (rows == 0) {
                throw new CsvRowsException("the body has no transactions", List.of(new Problem.Violation(
                        format == Format.CSV ? "lines[2]" : "lines[1]", "at least one transaction is required")));
            }
            return rows;
        } catch (IOException e) {
            throw readFailure(e);
        } catch (CsvRowsException e) {
            drainQuietly(in); // let the client finish sending before the 400 (read, not parsed)
            throw e;
        } catch (ProblemException e) {
            if (e.type() == ProblemType.INSUFFICIENT_STORAGE) {
                drainQuietly(in); // the spool reached its floor: let the client finish sending before the 507 (read, not kept)
            }
            throw e;
        } finally {
            closeQuietly(reader);
        }
    }

    private static CsvRowsException bad(int lineNo, List<Problem.Violation> violations) {
        return new CsvRowsException("line " + lineNo + " is invalid; nothing was loaded (a load stops at its first bad "
                + "line)", violations.size() > MAX_VIOLATIONS ? violations.subList(0, MAX_VIOLATIONS) : violations);
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
            List<Problem.Violation> violations) {
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
                add(violations, field, "is missing: every trade of this index needs its characteristics (none is assumed)");
                ok = false;
                continue;
            }
            if (c >= map.characteristics().size()) { // a categorical level, kept as written (trimmed)
                String level = text.strip();
                if (level.length() > MAX_LEVEL || level.indexOf(';') >= 0) {
                    add(violations, field, "must be a level of at most " + MAX_LEVEL + " characters without ';', was '"
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
                add(violations, field, e.getMessage().substring(column.length() + 1));
                ok = false;
                continue;
            }
            if (v.abs().compareTo(java.math.BigDecimal.valueOf(MAX_TRADE_VALUE)) > 0) {
                add(violations, field, "must be at most " + MAX_TRADE_VALUE_TEXT + " in magnitude, was '"
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

    private static double positive(String text, String column, int lineNo, List<Problem.Violation> violations) {
        double v;
        try {
            v = DecimalParser.toDouble(text, column); // bounded digits and exponent, always finite
        } catch (InvalidInputException e) {
            add(violations, "lines[" + lineNo + "]." + column, e.getMessage().substring(column.length() + 1));
            return Double.NaN;
        }
        if (!(v > 0)) {
            add(violations, "lines[" + lineNo + "]." + column, "must be a finite number > 0, was '"
                    + DecimalParser.show(text.strip()) + "'");
        }
        return v;
    }

    private static void add(List<Problem.Violation> violations, String field, String message) {
        violations.add(new Problem.Violation(field, message));
    }

    /**
     * Splits one CSV line into {@code out} (cleared first): commas, optional double quotes with {@code ""}
     * escapes; an unquoted field is a substring of the line (no copy through a builder).
     *
     * @param line the line
     * @param out  the fields (reused by the caller)
     * @return {@code out}
     */
    static List<String> split(String line, List<String> out) {
        out.clear();
        int n = line.length();
        int i = 0;
        while (true) {
            if (i < n && line.charAt(i) == '"') {
                StringBuilder cur = new StringBuilder();
                int k = i + 1;
                boolean quoted = true;
                for (; k < n; k++) {
                    char ch = line.charAt(k);
                    if (quoted) {
                        if (ch == '"') {
                            if (k + 1 < n && line.charAt(k + 1) == '"') {
                                cur.append('"');
                                k++;
                            } else {
                                quoted = false;
                            }
                        } else {
                            cur.append(ch);
                        }
                    } else if (ch == ',') {
                        break;
                    } else {
                        cur.append(ch);
                    }
                }
                out.add(cur.toString());
                i = k;
            } else {
                int comma = line.indexOf(',', i);
                int end = comma < 0 ? n : comma;
                out.add(line.substring(i, end));
                i = end;
            }
            if (i >= n) {
                return out;
            }
            i++; // the comma
            if (i == n) {
                out.add("");
                return out;
            }
        }
    }

    /**
     * Lines of a decoded body: ends at {@code \n}, {@code \r\n} or {@code \r} (as {@link java.io.BufferedReader}),
     * numbered from 1; a line longer than {@link #MAX_LINE} characters is a {@link CsvRowsException} naming it,
     * so memory is one 64 K buffer and one line at most. Not thread-safe.
     */
    static final class LineReader implements java.io.Closeable {
        private final java.io.Reader in;
        private final char[] buffer = new char[1 << 16];
        private final StringBuilder partial = new StringBuilder();
        private int pos;
        private int end;
        private int line;
        private boolean skipLineFeed;
        private boolean eof;

        LineReader(java.io.Reader in) {
            this.in = in;
        }

        /** @return the number of the line last returned (1-based) */
        int line() {
            return line;
        }

        /** @return the next line without its terminator; null at the end */
        String next() throws IOException {
            partial.setLength(0);
            boolean started = false;
            while (true) {
                if (pos == end) {
                    if (eof || (end = in.read(buffer, 0, buffer.length)) < 0) {
                        eof = true;
                        end = 0;
                        pos = 0;
                        if (!started) {
                            return null;
                        }
                        line++;
                        return partial.toString();
                    }
                    pos = 0;
                }
                if (skipLineFeed) {
                    skipLineFeed = false;
                    if (buffer[pos] == '\n') {
                        pos++;
                        continue;
                    }
                }
                started = true;
                int start = pos;
                while (pos < end && buffer[pos] != '\n' && buffer[pos] != '\r') {
                    pos++;
                }
                if (partial.length() + (pos - start) > MAX_LINE) {
                    throw new CsvRowsException("line " + (line + 1) + " is longer than " + MAX_LINE + " characters; "
                            + "nothing was loaded", List.of(new Problem.Violation("lines[" + (line + 1) + "]",
                            "must be at most " + MAX_LINE + " characters (one trade per line)")));
                }
                if (pos < end) {
                    skipLineFeed = buffer[pos] == '\r';
                    String out = partial.length() == 0 ? new String(buffer, start, pos - start)
                            : partial.append(buffer, start, pos - start).toString();
                    pos++;
                    line++;
                    return out;
                }
                partial.append(buffer, start, pos - start);
            }
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    /**
     * One JSON-lines trade read into the CSV columns: an object whose keys are the columns (matched as CSV
     * headers are, {@link ColumnMapping#key}) and whose values are strings or numbers, each number kept as
     * its text so that it is read by {@link DecimalParser} like a CSV value. Not thread-safe.
     */
    static final class JsonLine {
        private static final com.fasterxml.jackson.core.JsonFactory FACTORY = new com.fasterxml.jackson.core.JsonFactory();
        private final List<String> columns;
        private final Map<String, Integer> at = new HashMap<>();
        private final String[] values;

        JsonLine(List<String> columns) {
            this.columns = columns;
            for (int k = 0; k < columns.size(); k++) {
                at.put(ColumnMapping.key(columns.get(k)), k);
            }
            this.values = new String[columns.size()];
        }

        /**
         * @return true with the values in {@code out} (column order); false with the line's violations added
         */
        boolean read(String line, int lineNo, List<String> out, List<Problem.Violation> violations) {
            java.util.Arrays.fill(values, null);
            String where = "lines[" + lineNo + "]";
            try (com.fasterxml.jackson.core.JsonParser p = FACTORY.createParser(line)) {
                if (p.nextToken() != com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
                    violations.add(new Problem.Violation(where, "must be one JSON object"));
                    return false;
                }
                com.fasterxml.jackson.core.JsonToken t;
                while ((t = p.nextToken()) == com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    Integer k = at.get(ColumnMapping.key(name));
                    com.fasterxml.jackson.core.JsonToken v = p.nextToken();
                    if (k == null) {
                        violations.add(new Problem.Violation(where, "unknown key '" + DecimalParser.show(name)
                                + "'; expected " + String.join(",", columns)));
                    } else if (values[k] != null) {
                        violations.add(new Problem.Violation(where + "." + columns.get(k), "appears twice"));
                    } else if (v == com.fasterxml.jackson.core.JsonToken.VALUE_STRING || v.isNumeric()) {
                        values[k] = p.getText();
                    } else {
                        violations.add(new Problem.Violation(where + "." + columns.get(k), "must be a string or a number"));
                    }
                    if (v.isStructStart()) {
                        p.skipChildren();
                    }
                }
                if (t != com.fasterxml.jackson.core.JsonToken.END_OBJECT || p.nextToken() != null) {
                    violations.add(new Problem.Violation(where, "must be one JSON object on one line"));
                }
            } catch (IOException e) {
                String message = e instanceof com.fasterxml.jackson.core.JsonProcessingException j ? j.getOriginalMessage()
                        : e.getMessage();
                violations.add(new Problem.Violation(where, "is not valid JSON: " + DecimalParser.show(
                        message.length() > 200 ? message.substring(0, 200) : message)));
                return false;
            }
            for (int k = 0; k < values.length; k++) {
                if (values[k] == null && violations.stream().noneMatch(v -> v.field().startsWith(where + "."))) {
                    violations.add(new Problem.Violation(where + "." + columns.get(k), "is missing"));
                }
            }
            if (!violations.isEmpty()) {
                return false;
            }
            out.clear();
            java.util.Collections.addAll(out, values);
            return true;
        }
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

    private static void closeQuietly(LineReader reader) {
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
