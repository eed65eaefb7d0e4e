package org.dataprice.api.json;

import io.micronaut.context.annotation.Primary;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import jakarta.inject.Singleton;

import java.io.IOException;

/**
 * Reads every {@code long} and {@link Long} of a request through {@link JsonNumbers}: a whole number
 * (a fraction is rejected, never truncated) within the range of {@code long} ({@code out-of-range} beyond).
 */
@Singleton
@Primary
public class LongDeserializer implements Deserializer<Long> {
    @Override
    public Long deserialize(Decoder decoder, DecoderContext context, Argument<? super Long> type) throws IOException {
        return JsonNumbers.toLong(JsonNumbers.text(decoder), Long.MIN_VALUE, Long.MAX_VALUE);
    }

    @Override
    public Long deserializeNullable(Decoder decoder, DecoderContext context, Argument<? super Long> type)
            throws IOException {
        return JsonNumbers.isAllowedNull(decoder, type) ? null : deserialize(decoder, context, type);
    }
}
