package org.dataprice.api.index;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The JSON columns of a release ({@code index_release.settings_json}, {@code explanation_json}): the one
 * place that writes them and reads them back, so the release answer ({@link ReleaseService}) and the
 * warnings of the public page ({@link IndexReadService#warnings}) read the stored hedonic explanation
 * the same way. Thread-safe.
 */
@Singleton
public class ReleaseJson {
    private final IndexStore store;
    private final JsonMapper json;

    /**
     * @param store the tables
     * @param json  the JSON mapper
     */
    public ReleaseJson(IndexStore store, JsonMapper json) {
        this.store = store;
        this.json = json;
    }

    /**
     * @param value a settings or explanation view
     * @return it as JSON text
     */
    String write(Object value) {
        try {
            return new String(json.writeValueAsBytes(value), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param release a stored release
     * @return the settings of its composite
     */
    IndexViews.Settings settings(IndexStore.ReleaseRow release) {
        return read(release.settingsJson(), IndexViews.Settings.class);
    }

    /**
     * @param indexId the index
     * @param vintage one of its vintages
     * @return the hedonic explanation stored with that release; empty for any other method
     */
    Optional<IndexViews.HedonicExplanation> explanation(String indexId, int vintage) {
        return store.releaseExplanation(indexId, vintage).map(text -> read(text, IndexViews.HedonicExplanation.class));
    }

    private <T> T read(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
