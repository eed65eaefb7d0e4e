package org.dataprice.api.index;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.dataprice.api.problem.ProblemException;
import org.dataprice.api.problem.ProblemType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
    public IndexDefinitionService(IndexStore store, JsonMapper json, @Named(IndexClock.NAME) Clock clock) {
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
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        store.insertDefinition(def, write(request), now, by);
        return new IndexDefinitionResponse(request, now, by);
    }

    /**
     * @param id an index id
     * @return its definition; 404 problem when unknown
     */
    public IndexDefinition get(String id) {
        return IndexDefinitions.toModel(read(stored(id).json()));
    }

    /**
     * @param id an index id
     * @return the definition as stored, with who and when
     */
    public IndexDefinitionResponse response(String id) {
        IndexStore.StoredDefinition s = stored(id);
        return new IndexDefinitionResponse(read(s.json()), s.createdAt(), s.createdBy());
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
