package org.dataprice.api.json;

import io.micronaut.context.annotation.Primary;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.math.BigDecimal;

/** Reads every {@link BigDecimal} of a request through {@link JsonNumbers} (bounded digits and exponent). */
@Singleton
@Primary
public class BigDecimalDeserializer implements Deserializer<BigDecimal> {
    @Override
    public BigDecimal deserialize(Decoder decoder, DecoderContext context, Argument<? super BigDecimal> type)
            throws IOException {
        return JsonNumbers.decimal(JsonNumbers.text(decoder));
    }

    @Override
    public BigDecimal deserializeNullable(Decoder decoder, DecoderContext context, Argument<? super BigDecimal> type)
            throws IOException {
        return JsonNumbers.isAllowedNull(decoder, type) ? null : deserialize(decoder, context, type);
    }
}
