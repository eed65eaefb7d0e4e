package org.dataprice.api.json;

import io.micronaut.context.annotation.Primary;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import jakarta.inject.Singleton;

import java.io.IOException;

/**
 * Reads every {@code double} and {@link Double} of a request through {@link JsonNumbers}: bounded digits
 * and exponent, so the value is always finite (no NaN, no infinity, no silent underflow to 0).
 */
@Singleton
@Primary
public class DoubleDeserializer implements Deserializer<Double> {
    @Override
    public Double deserialize(Decoder decoder, DecoderContext context, Argument<? super Double> type)
            throws IOException {
        return JsonNumbers.toDouble(JsonNumbers.text(decoder));
    }

    @Override
    public Double deserializeNullable(Decoder decoder, DecoderContext context, Argument<? super Double> type)
            throws IOException {
        return JsonNumbers.isAllowedNull(decoder, type) ? null : deserialize(decoder, context, type);
    }
}
