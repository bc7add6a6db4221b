package org.iblrnn.behaviour;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;

/**
 * The JSON conventions of the behaviour outputs: standard JSON (a NaN — a ratio with nothing to divide by — is
 * written as {@code null} and read back as NaN), two-space indentation, and strict reading (unknown keys are
 * errors, so a stale or hand-edited summary fails loudly instead of silently losing fields).
 */
public final class BehaviourJson {

    private BehaviourJson() {
    }

    /** A new mapper with these conventions (mappers are cheap enough to make per use and are not shared). */
    public static ObjectMapper mapper() {
        SimpleModule nan = new SimpleModule("nan-as-null");
        JsonSerializer<Double> writer = new JsonSerializer<>() {
            @Override
            public void serialize(Double value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
                if (value == null || !Double.isFinite(value)) {
                    gen.writeNull();
                } else {
                    gen.writeNumber(value);
                }
            }
        };
        JsonDeserializer<Double> reader = new JsonDeserializer<>() {
            @Override
            public Double deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                if (p.currentToken() == JsonToken.VALUE_NULL) {
                    return Double.NaN;
                }
                if (!p.currentToken().isNumeric()) {
                    return (Double) ctxt.handleUnexpectedToken(Double.class, p);
                }
                return p.getDoubleValue();
            }

            @Override
            public Double getNullValue(DeserializationContext ctxt) {
                return Double.NaN;
            }
        };
        nan.addSerializer(Double.class, writer);
        nan.addSerializer(double.class, writer);
        nan.addDeserializer(Double.class, reader);
        nan.addDeserializer(double.class, reader);
        return new ObjectMapper().registerModule(nan).enable(SerializationFeature.INDENT_OUTPUT)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES);
    }
}
