package org.iblrnn.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/**
 * The JSON conventions of metrics.json: snake_case field names for records, non-finite numbers as null (JSON has
 * no NaN), pretty-printed.
 */
public final class MetricsJson {

    private MetricsJson() {
    }

    /** A configured mapper (new instance: cheap enough, and no shared mutable state). */
    public static ObjectMapper mapper() {
        SimpleModule m = new SimpleModule("metrics-json");
        m.addSerializer(Double.class, new FiniteOrNull());
        m.addSerializer(double.class, new FiniteOrNull());
        m.addSerializer(double[].class, new FiniteArray());
        ObjectMapper om = new ObjectMapper();
        om.registerModule(m);
        om.setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
        om.enable(SerializationFeature.INDENT_OUTPUT);
        om.disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
        return om;
    }

    /** Serialises to the metrics.json form. */
    public static String write(Object value) {
        try {
            return mapper().writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise metrics: " + e.getOriginalMessage(), e);
        }
    }

    private static final class FiniteArray extends StdSerializer<double[]> {
        FiniteArray() {
            super(double[].class);
        }

        @Override
        public void serialize(double[] v, JsonGenerator g, SerializerProvider p) throws IOException {
            g.writeStartArray();
            for (double x : v) {
                if (Double.isFinite(x)) {
                    g.writeNumber(x);
                } else {
                    g.writeNull();
                }
            }
            g.writeEndArray();
        }
    }

    private static final class FiniteOrNull extends StdSerializer<Double> {
        FiniteOrNull() {
            super(Double.class);
        }

        @Override
        public void serialize(Double v, JsonGenerator g, SerializerProvider p) throws IOException {
            if (v == null || !Double.isFinite(v)) {
                g.writeNull();
            } else {
                g.writeNumber(v);
            }
        }
    }
}
