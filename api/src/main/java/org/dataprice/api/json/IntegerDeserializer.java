package org.dataprice.api.json;

import io.micronaut.context.annotation.Primary;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import jakarta.inject.Singleton;

import java.io.IOException;

/**
 * Reads every {@code int} and {@link Integer} of a request through {@link JsonNumbers}: a whole number
 * (a fraction is rejected, never truncated) within the range of {@code int} ({@code out-of-range} beyond).
 */
@Singleton
@Primary
public class IntegerDeserializer implements Deserializer<Integer> {
    @Override
    public Integer deserialize(Decoder decoder, DecoderContext context, Argument<? super Integer> type)
            throws IOException {
        return (int) JsonNumbers.toLong(JsonNumbers.text(decoder), Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    @Override
    public Integer deserializeNullable(Decoder decoder, DecoderContext context, Argument<? super Integer> type)
            throws IOException {
        return JsonNumbers.isAllowedNull(decoder, type) ? null : deserialize(decoder, context, type);
    }
}
