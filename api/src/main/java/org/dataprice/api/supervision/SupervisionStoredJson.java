package org.dataprice.api.supervision;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The supervision area's one JSON writer and reader of stored documents (negative-list entries, admission
 * declarations, credit records), through the service's {@link JsonMapper}. Thread-safe.
 */
@Singleton
public class SupervisionStoredJson {
    private final JsonMapper json;

    /**
     * @param json the service's JSON mapper
     */
    public SupervisionStoredJson(JsonMapper json) {
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
