package org.dataprice.api.json;

import com.fasterxml.jackson.core.StreamReadConstraints;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.serde.jackson.SerdeJacksonConfiguration;
import jakarta.inject.Singleton;
import org.dataprice.money.DecimalParser;

/**
 * The outer guard on every JSON body, enforced by the Jackson parser while it reads the bytes and
 * before any value is built: a number token longer than {@value #MAX_NUMBER_LENGTH} characters, a
 * string longer than {@value #MAX_STRING_LENGTH}
 * characters, or arrays and objects nested deeper than {@value #MAX_NESTING_DEPTH} levels stop the
 * parse; the service answers 422 naming the field ({@code number-limits} or {@code limit-exceeded}).
 *
 * <p>Jackson reads its {@link StreamReadConstraints} when the JSON factory is built, which Micronaut
 * does in the JSON mapper's constructor; the mapper depends on {@link SerdeJacksonConfiguration}, so
 * setting the process-wide defaults when that configuration is created puts them in place first.
 * The service is the only application in its JVM, so a process-wide default is what we want.
 */
@Singleton
public class JsonReadLimits implements BeanCreatedEventListener<SerdeJacksonConfiguration> {
    /**
     * Longest number token, in characters. Above the {@link DecimalParser} text limit on purpose: Jackson
     * reads a value token ahead, before the field's deserializer runs, and its error does not know the
     * field; a token up to this length reaches {@link DecimalParser}, whose error names the field.
     */
    public static final int MAX_NUMBER_LENGTH = 1_000;
    /** Longest string value or property name, in characters. */
    public static final int MAX_STRING_LENGTH = 1_000_000;
    /** Deepest nesting of arrays and objects. */
    public static final int MAX_NESTING_DEPTH = 100;

    static {
        install();
    }

    @Override
    public SerdeJacksonConfiguration onCreated(BeanCreatedEvent<SerdeJacksonConfiguration> event) {
        install();
        return event.getBean();
    }

    /** Sets the limits as the process-wide defaults of every JSON factory built from now on. */
    public static void install() {
        StreamReadConstraints.overrideDefaultStreamReadConstraints(StreamReadConstraints.builder()
                .maxNumberLength(MAX_NUMBER_LENGTH)
                .maxStringLength(MAX_STRING_LENGTH)
                .maxNameLength(MAX_STRING_LENGTH)
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .build());
    }
}
