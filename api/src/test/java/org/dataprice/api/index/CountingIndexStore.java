package org.dataprice.api.index;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import org.dataprice.api.ledger.LedgerChain;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The index store, counting what the release path reads of past releases: rows of
 * {@code index_observation} and of {@code index_release}, and the write transactions it opens. Replaces {@link IndexStore} only in a test
 * context with {@value #PROPERTY} = true ({@link ReleaseReadsTest}, {@link SpoolFirstLoadTest}).
 */
@Singleton
@Replaces(IndexStore.class)
@Requires(property = CountingIndexStore.PROPERTY, value = "true")
class CountingIndexStore extends IndexStore {
    static final String PROPERTY = "dataprice.test.counting-index-store";

    /** Observation rows of stored vintages read. */
    final AtomicLong observationRows = new AtomicLong();
    /** Release rows read. */
    final AtomicLong releaseRows = new AtomicLong();
    /** Distinct vintages whose observations were read. */
    final AtomicLong vintagesRead = new AtomicLong();
    /** Write transactions opened through {@link #write} ({@link SpoolFirstLoadTest}). */
    final AtomicLong writes = new AtomicLong();

    CountingIndexStore(org.dataprice.api.transaction.Transactions tx, LedgerChain chain) {
        super(tx, chain);
    }

    void reset() {
        observationRows.set(0);
        releaseRows.set(0);
        vintagesRead.set(0);
        writes.set(0);
    }

    @Override
    public <T> T write(org.dataprice.api.transaction.Transactions.ConnectionWork<T> work) {
        writes.incrementAndGet();
        return super.write(work);
    }

    @Override
    public List<ObservationRow> observations(String indexId, int maxVintage) {
        List<ObservationRow> out = super.observations(indexId, maxVintage);
        observationRows.addAndGet(out.size());
        vintagesRead.addAndGet(out.stream().mapToInt(ObservationRow::vintage).distinct().count());
        return out;
    }

    @Override
    public List<ObservationRow> vintageObservations(String indexId, int vintage) {
        List<ObservationRow> out = super.vintageObservations(indexId, vintage);
        observationRows.addAndGet(out.size());
        vintagesRead.incrementAndGet();
        return out;
    }

    @Override
    public List<ReleaseRow> releases(String indexId) {
        List<ReleaseRow> out = super.releases(indexId);
        releaseRows.addAndGet(out.size());
        return out;
    }

    @Override
    public Optional<ReleaseRow> latestRelease(String indexId) {
        Optional<ReleaseRow> out = super.latestRelease(indexId);
        releaseRows.addAndGet(out.isPresent() ? 1 : 0);
        return out;
    }

    @Override
    public Optional<ReleaseRow> release(String indexId, YearMonth period) {
        Optional<ReleaseRow> out = super.release(indexId, period);
        releaseRows.addAndGet(out.isPresent() ? 1 : 0);
        return out;
    }

    @Override
    public Set<String> appliedCorrections(String indexId) {
        Set<String> out = super.appliedCorrections(indexId);
        releaseRows.addAndGet(out.size());
        return out;
    }
}
