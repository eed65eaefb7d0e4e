package org.dataprice.api.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.exceptions.SerdeException;
import io.micronaut.serde.exceptions.path.CollectionItemReferencePath;
import io.micronaut.serde.exceptions.path.MapItemReferencePath;
import io.micronaut.serde.exceptions.path.PropertyReferencePath;
import io.micronaut.serde.exceptions.path.ReferencePath;

import java.util.ArrayList;
import java.util.List;
import java.util.ListIterator;

/**
 * The JSON path of a value inside a request body, written as the problem's {@code field}: property
 * names joined by dots, list indices in brackets, e.g. {@code parties[3].weight} or {@code matrix[1][0]}.
 * Built from a deserialization failure ({@link SerdeException#getPath()}, innermost step first) or from
 * a parser's position ({@link JsonParser#getParsingContext()}). Never longer than {@value #MAX_LENGTH}
 * characters (a deeply nested attack is cut, keeping its end). Stateless.
 */
public final class JsonPaths {
    /** Longest path written; longer ones keep their last characters after {@code "…"}. */
    public static final int MAX_LENGTH = 200;

    private JsonPaths() {
    }

    /**
     * @param exception a deserialization failure
     * @return its path, "" when it has none
     */
    public static String of(SerdeException exception) {
        StringBuilder path = new StringBuilder();
        List<ReferencePath> steps = exception.getPath();
        for (ListIterator<ReferencePath> it = steps.listIterator(steps.size()); it.hasPrevious(); ) {
            ReferencePath step = it.previous();
            if (step instanceof PropertyReferencePath property) {
                name(path, property.property().getName());
            } else if (step instanceof CollectionItemReferencePath item) {
                path.append('[').append(item.index()).append(']');
            } else if (step instanceof MapItemReferencePath entry) {
                name(path, entry.key());
            }
        }
        return bounded(path);
    }

    /**
     * @param parser a parser that stopped on a bad token; may be null
     * @return the path of the value being read, "" at the top level or without a parser
     */
    public static String of(@Nullable JsonParser parser) {
        if (parser == null) {
            return "";
        }
        List<String> steps = new ArrayList<>();
        for (JsonStreamContext c = parser.getParsingContext(); c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                steps.add("[" + Math.max(0, c.getCurrentIndex()) + "]");
            } else if (c.getCurrentName() != null) {
                steps.add("." + c.getCurrentName());
            }
            if (steps.size() > MAX_LENGTH) {
                break;
            }
        }
        StringBuilder path = new StringBuilder();
        for (int i = steps.size() - 1; i >= 0; i--) {
            String step = steps.get(i);
            path.append(path.length() == 0 && step.startsWith(".") ? step.substring(1) : step);
        }
        return bounded(path);
    }

    /**
     * @param parent a path; may be empty
     * @param name   a property name
     * @return {@code parent.name}, or {@code name} when parent is empty
     */
    public static String join(String parent, String name) {
        return parent.isEmpty() ? name : parent + "." + name;
    }

    private static void name(StringBuilder path, String name) {
        if (path.length() > 0) {
            path.append('.');
        }
        path.append(name);
    }

    private static String bounded(CharSequence path) {
        return path.length() <= MAX_LENGTH ? path.toString()
                : "…" + path.subSequence(path.length() - MAX_LENGTH + 1, path.length());
    }
}
