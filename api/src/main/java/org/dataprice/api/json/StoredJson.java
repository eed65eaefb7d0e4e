package org.dataprice.api.json;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The one JSON writer and reader of stored documents of the admission and credit areas (negative-list entries, admission
 * declarations, credit records), through the service's {@link JsonMapper}. Thread-safe.
 */
@Singleton
public class StoredJson {
    private final JsonMapper json;

    /**
     * @param json the service's JSON mapper
     */
    public StoredJson(JsonMapper json) {
        this.json = json;
    }

    /**
     * @param value a serialisable value
     * @return its JSON
     */
    public String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param text JSON as stored
     * @param type the type to read
     * @param <T>  the type
     * @return the value
     */
    public <T> T read(String text, Argument<T> type) {
        try {
            return json.readValue(text, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
