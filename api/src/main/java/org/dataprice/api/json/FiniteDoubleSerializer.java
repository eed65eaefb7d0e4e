package org.dataprice.api.json;

import io.micronaut.context.annotation.Primary;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.Encoder;
import io.micronaut.serde.Serializer;
import io.micronaut.serde.exceptions.SerdeException;
import jakarta.inject.Singleton;

import java.io.IOException;

/**
 * Writes doubles, refusing NaN and infinities: JSON has no such numbers, and the core models never
 * return them (they throw instead), so one reaching the wire is a bug. The response then becomes a
 * 500 problem instead of a {@code "NaN"} a client would mistake for data. Negative zero is written as
 * {@code 0.0}: IEEE 754 keeps the sign of a zero that underflowed from a negative value (a rounded tiny
 * loss, {@code -1e-300 * 1e-300}), which means nothing to a reader and would make equal answers differ
 * byte for byte.
 */
@Singleton
@Primary
public class FiniteDoubleSerializer implements Serializer<Double> {
    @Override
    public void serialize(Encoder encoder, EncoderContext context, Argument<? extends Double> type, Double value)
            throws IOException {
        if (!Double.isFinite(value)) {
            throw new SerdeException("refusing to write the non-finite number " + value + " as JSON");
        }
        encoder.encodeDouble(value == 0.0 ? 0.0 : value); // -0.0 == 0.0 is true: folds the sign of zero
    }
}
