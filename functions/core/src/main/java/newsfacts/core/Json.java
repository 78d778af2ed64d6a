package newsfacts.core;

import com.fasterxml.jackson.jr.ob.JSON;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The one JSON mapping of the project, on jackson-jr: records in, records out, nulls left out,
 * unknown properties ignored. Free-form JSON (events, JSON-LD) is read as plain values: Map, List,
 * String, Number, Boolean or null. jackson-jr rather than databind because a fresh JVM sets it up in
 * a fraction of the time (infrastructure/benchmarks/README.md, cold start).
 */
public final class Json {
    /**
     * jackson-jr's defaults already leave nulls out (of maps too) and ignore unknown properties; a
     * key given twice keeps its last value, as databind did, instead of failing the whole document.
     * Maps are read whole, not deferred: every reader here walks what it reads.
     */
    private static final JSON JR = JSON.std
            .without(JSON.Feature.FAIL_ON_DUPLICATE_MAP_KEYS, JSON.Feature.USE_DEFERRED_MAPS);
    private static final JSON PRETTY = JR.with(JSON.Feature.PRETTY_PRINT_OUTPUT);

    private Json() {}

    public static String write(Object value) {
        try {
            return JR.asString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void write(Object value, OutputStream out) throws IOException {
        JR.write(value, out);
    }

    public static String writePretty(Object value) {
        try {
            return PRETTY.asString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static <T> T read(String json, Class<T> type) {
        try {
            return JR.beanFrom(type, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static <T> T read(byte[] json, Class<T> type) {
        try {
            return JR.beanFrom(type, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Any JSON value as plain Java values: Map (in the document's order), List, String, Number, Boolean or null. */
    public static Object parse(String json) {
        try {
            return JR.anyFrom(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Object parse(InputStream json) throws IOException {
        return JR.anyFrom(json);
    }

    /** The value as a JSON object, or an empty one when it is anything else: a path through a tree goes on safely. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> object(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    /** A field's text, or null where it is missing or JSON null. */
    public static String text(Map<String, Object> object, String field) {
        Object v = object.get(field);
        return v == null ? null : text(v);
    }

    /** A non-null value as text: a string itself, a number or boolean as written, an object or array "". */
    public static String text(Object value) {
        return value instanceof String s ? s : value instanceof Number || value instanceof Boolean ? value.toString() : "";
    }
}
