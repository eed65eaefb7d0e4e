package org.dataprice.api.index;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import org.dataprice.api.time.ServiceClock;
import org.dataprice.api.problem.ProblemException;
import org.dataprice.api.problem.ProblemType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Defines indices and reads their definitions. A definition is immutable once stored (a new
 * methodology version is a new index id for now). Thread-safe.
 */
@Singleton
public class IndexDefinitionService {
    private final IndexStore store;
    private final JsonMapper json;
    private final Clock clock;

    /**
     * @param store the tables
     * @param json  the JSON mapper
     * @param clock the index clock
     */
    public IndexDefinitionService(IndexStore store, JsonMapper json, Clock clock) {
        this.store = store;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Validates and stores a definition.
     *
     * @param request the definition
     * @param by      the principal
     * @return the stored definition
     */
    public IndexDefinitionResponse define(IndexDefinitionRequest request, String by) {
        IndexDefinition def = IndexDefinitions.toModel(request);
        Instant now = ServiceClock.now(clock);
        store.insertDefinition(def, write(request), now, by);
        return new IndexDefinitionResponse(request, now, by);
    }

    /**
     * @param id an index id
     * @return its definition; 404 problem when unknown
     */
    public IndexDefinition get(String id) {
        return IndexDefinitions.toModel(read(stored(id).json())).withCalendar(store.calendar(id));
    }

    /**
     * @param id an index id
     * @return the definition as stored, with who and when, and the effective calendar
     */
    public IndexDefinitionResponse response(String id) {
        IndexStore.StoredDefinition s = stored(id);
        IndexDefinitionRequest r = read(s.json());
        java.time.ZoneId zone = IndexDefinitions.toModel(r).zone();
        List<IndexDefinitionRequest.ReleaseDate> calendar = store.calendar(id).entrySet().stream()
                .map(e -> new IndexDefinitionRequest.ReleaseDate(e.getKey().toString(),
                        e.getValue().atZone(zone).toOffsetDateTime())).toList();
        IndexDefinitionRequest effective = new IndexDefinitionRequest(r.id(), r.nameEn(), r.nameZh(), r.method(),
                r.parameters(), r.base(), r.categories(), r.composite(), r.weightPeriod(), r.cleaning(), r.sufficiency(),
                r.provisionalMonths(), r.decimals(), calendar, r.embargo(), r.methodology(), r.columns());
        return new IndexDefinitionResponse(effective, s.createdAt(), s.createdBy());
    }

    /**
     * Appends release dates to the calendar of an index (periods after the last scheduled one).
     *
     * @param id    the index
     * @param dates the new dates
     * @return the definition with the effective calendar
     */
    public IndexDefinitionResponse extendCalendar(String id, List<IndexDefinitionRequest.ReleaseDate> dates) {
        IndexDefinition def = get(id);
        java.util.Map.Entry<java.time.YearMonth, Instant> last = def.calendar().isEmpty() ? null
                : java.util.Map.entry(def.calendar().lastKey(), def.calendar().get(def.calendar().lastKey()));
        store.appendCalendar(id, IndexDefinitions.calendar(dates, def.zone(), last == null ? null : last.getKey(),
                last == null ? null : last.getValue()));
        return response(id);
    }

    /** @return every index id */
    public List<String> ids() {
        return store.definitionIds();
    }

    private IndexStore.StoredDefinition stored(String id) {
        return store.definition(id).orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "no index '" + id + "'"));
    }

    private String write(IndexDefinitionRequest request) {
        try {
            return new String(json.writeValueAsBytes(request), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private IndexDefinitionRequest read(String text) {
        try {
            return json.readValue(text, IndexDefinitionRequest.class);
        } catch (IOException e) {
            throw new UncheckedIOException("stored index definition unreadable", e);
        }
    }
}
