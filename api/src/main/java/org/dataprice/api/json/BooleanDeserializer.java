package org.dataprice.api.json;

import io.micronaut.context.annotation.Primary;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import jakarta.inject.Singleton;

import java.io.IOException;

/**
 * Reads every {@link Boolean} of a request as the serde default does, except that a {@code null} where
 * the field is a primitive or marked {@code @NotNull} is rejected while reading, exactly as for numbers
 * ({@link JsonNumbers#isAllowedNull}): 400 {@code invalid-value}, rule {@code not-null}, "null is not
 * allowed here", so a null is never confused with a missing value whatever the body's arrival.
 */
@Singleton
@Primary
public class BooleanDeserializer implements Deserializer<Boolean> {
    @Override
    public Boolean deserialize(Decoder decoder, DecoderContext context, Argument<? super Boolean> type)
            throws IOException {
        return decoder.decodeBoolean();
    }

    @Override
    public Boolean deserializeNullable(Decoder decoder, DecoderContext context, Argument<? super Boolean> type)
            throws IOException {
        return JsonNumbers.isAllowedNull(decoder, type) ? null : deserialize(decoder, context, type);
    }
}
