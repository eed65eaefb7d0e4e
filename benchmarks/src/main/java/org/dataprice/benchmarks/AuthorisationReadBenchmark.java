package org.dataprice.benchmarks;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dataprice.registry.DataClassification;
import org.dataprice.registry.HashChain;
import org.dataprice.registry.Term;
import org.dataprice.registry.authorisation.AuthorisationEntry;
import org.dataprice.registry.authorisation.AuthorisationLedger;
import org.dataprice.registry.authorisation.AuthorisationRecord;
import org.dataprice.registry.authorisation.DataAuthorisation;
import org.dataprice.registry.json.CanonicalJson;
import org.dataprice.registry.json.JsonParser;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A read of the authorisation ledger (issue 16: "authorisation reads replay the whole ledger") at
 * {@link AuthorisationLedger#MAX_RECORDS} = 100 000 records, the core part of what
 * {@code org.dataprice.api.registry.AuthorisationLedgers} does per read:
 * <ul>
 *   <li>{@link #fullReplay}: what every read cost before — parse every stored body and replay
 *       ({@link AuthorisationLedger#replay}: every hash recomputed, every rule checked);</li>
 *   <li>{@link #headUnchanged}: a read when nothing was recorded since the cached read — compare the head's
 *       sequence and hash (the service adds one indexed row read);</li>
 *   <li>{@link #oneNewerRecord}: a read after one record was added elsewhere — parse and check that record from the
 *       cached head ({@link AuthorisationLedger#extendedBy}; the O(records) part is the copy of the index).</li>
 * </ul>
 *
 * <p><b>Target: a read of a 100 000-record ledger ≤ 1 ms in core CPU when the head is unchanged and ≤ 50 ms after one
 * newer record, against the full replay (measured alongside, for the ratio).</b>
 *
 * <p>Setup: 100 000 enterprise and personal data authorisations (one grantor each, one grantee), chained as stored.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
public class AuthorisationReadBenchmark {
    private static final int RECORDS = AuthorisationLedger.MAX_RECORDS - 1;
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private List<byte[]> stored;
    private List<String> hashes;
    private AuthorisationLedger cached;
    private byte[] newerBody;
    private String newerHash;
    private long headSequence;
    private String headHash;

    /** Builds the stored ledger and the cached copy of it. */
    @Setup(Level.Trial)
    public void setUp() {
        List<AuthorisationRecord> records = new ArrayList<>(RECORDS);
        String previous = HashChain.GENESIS;
        for (int i = 0; i < RECORDS; i++) {
            AuthorisationRecord r = AuthorisationRecord.of(i + 1L, "grantor-" + i, T0.plusSeconds(i), "consent " + i,
                    new AuthorisationEntry.Authorise(authorisation(i)), previous);
            records.add(r);
            previous = r.hash();
        }
        stored = new ArrayList<>(RECORDS);
        hashes = new ArrayList<>(RECORDS);
        for (AuthorisationRecord r : records) {
            stored.add(CanonicalJson.bytes(r.body()));
            hashes.add(r.hash());
        }
        cached = AuthorisationLedger.replay(records);
        AuthorisationRecord newer = AuthorisationRecord.of(RECORDS + 1L, "grantor-new", T0.plusSeconds(RECORDS),
                "consent new", new AuthorisationEntry.Authorise(authorisation(RECORDS)), previous);
        newerBody = CanonicalJson.bytes(newer.body());
        newerHash = newer.hash();
        headSequence = RECORDS;
        headHash = previous;
    }

    private static DataAuthorisation authorisation(int i) {
        return new DataAuthorisation("DAU-" + i, i % 2 == 0 ? DataClassification.ENTERPRISE : DataClassification.PERSONAL,
                "grantor-" + i, "operator-x", "analytics " + (i % 100),
                Term.of(LocalDate.of(2026, 1, 1), LocalDate.of(2028, 1, 1)), true);
    }

    /** @return the ledger replayed from its stored bodies (the cost of every read before the cache) */
    @Benchmark
    public AuthorisationLedger fullReplay() {
        List<AuthorisationRecord> records = new ArrayList<>(stored.size());
        for (int i = 0; i < stored.size(); i++) {
            records.add(AuthorisationRecord.fromJson(JsonParser.parseObject(stored.get(i), "records[" + i + "]"),
                    hashes.get(i)));
        }
        return AuthorisationLedger.replay(records);
    }

    /** @return the cached ledger, its head compared with the stored head */
    @Benchmark
    public AuthorisationLedger headUnchanged() {
        return cached.records().size() == headSequence && cached.head().equals(headHash) ? cached : null;
    }

    /** @return the cached ledger continued by one newer stored record */
    @Benchmark
    public AuthorisationLedger oneNewerRecord() {
        AuthorisationRecord r = AuthorisationRecord.fromJson(JsonParser.parseObject(
                newerBody.clone(), "records[" + RECORDS + "]"), newerHash);
        return cached.extendedBy(List.of(r));
    }
}
