package org.dataprice.api;

import org.dataprice.api.explain.ExplanationResponse;
import org.dataprice.explain.Explanation;
import org.dataprice.money.Money;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The assertions of the mapper round-trip tests ("no silent data drops", issue 12): a fixture is fully populated
 * (every optional field set, so a field the mapper forgets cannot hide behind a null), and every component of one
 * record is carried into another by name (request → core, core → response, row → core → row), with its value.
 *
 * <p>Values are compared after normalisation, so that the same figure in two representations compares equal: a
 * number (any boxed type or {@link BigDecimal}) by its decimal value ({@code 0.10} = {@code 0.1} = {@code 0.1d});
 * {@link Money} by its amount; a {@link Currency} by its code; a date or month by its ISO text;
 * an enum by its name (so a core enum equals the
 * request's enum or string of the same name); an {@link Explanation} by its {@link ExplanationResponse}; an
 * {@code Optional} by its content; a value with a {@code double[] toArray()} (the core's immutable vectors) by its
 * list; records of one type (an explanation) by {@code equals}, records of two types component by component (recursively, by
 * name); lists element by element. A component that is
 * deliberately not carried must be named, so the exemption is visible in the test.
 */
public final class MapperRoundTrip {
    private MapperRoundTrip() {
    }

    /**
     * Asserts that every record component, recursively through records, lists and optionals, is set: not null, not
     * an empty {@code Optional}, not an empty list.
     *
     * @param value     the fixture
     * @param allowNull dotted paths (list indices as {@code [i]}) that may be null because their kind does not use them
     */
    public static void assertFullyPopulated(Object value, Set<String> allowNull) {
        populated(value, "", allowNull);
    }

    private static void populated(Object value, String path, Set<String> allowNull) {
        if (allowNull.contains(path)) {
            return;
        }
        if (value == null) {
            fail("fixture leaves " + path + " null: set it, so a mapper that drops it fails");
        }
        if (value instanceof Optional<?> o) {
            assertThat(o).as(path).isPresent();
            populated(o.get(), path, allowNull);
        } else if (value instanceof Collection<?> c) {
            assertThat(c).as(path + " (empty in the fixture)").isNotEmpty();
            int i = 0;
            for (Object e : c) {
                populated(e, path + "[" + i++ + "]", allowNull);
            }
        } else if (value instanceof Record r) {
            for (RecordComponent rc : r.getClass().getRecordComponents()) {
                populated(read(r, rc), path.isEmpty() ? rc.getName() : path + "." + rc.getName(), allowNull);
            }
        }
    }

    /**
     * Asserts that each component of {@code from} appears in {@code to} under the same name (or its new name),
     * with the same value (normalised, see the class comment), recursively for nested records and lists of records.
     *
     * @param from     the source record
     * @param to       the target record
     * @param renamed  source name → target name, for components (at any depth) the target calls differently
     * @param notShown source component names (at any depth) deliberately not carried, each to be justified in the test
     */
    public static void assertCarried(Record from, Record to, Map<String, String> renamed, Set<String> notShown) {
        carried(from, to, from.getClass().getSimpleName(), renamed, notShown);
    }

    private static void carried(Record from, Record to, String path, Map<String, String> renamed, Set<String> notShown) {
        Map<String, RecordComponent> target = new LinkedHashMap<>();
        for (RecordComponent rc : to.getClass().getRecordComponents()) {
            target.put(rc.getName(), rc);
        }
        for (RecordComponent rc : from.getClass().getRecordComponents()) {
            String name = rc.getName();
            if (notShown.contains(name)) {
                continue;
            }
            String as = renamed.getOrDefault(name, name);
            RecordComponent t = target.get(as);
            String here = path + "." + name;
            assertThat(t).as(here + " is dropped: " + to.getClass().getSimpleName() + " has no component '" + as
                    + "' (components: " + target.keySet() + ")").isNotNull();
            same(read(from, rc), read(to, t), here, renamed, notShown);
        }
    }

    private static void same(Object a, Object b, String path, Map<String, String> renamed, Set<String> notShown) {
        Object x = normalise(a);
        Object y = normalise(b);
        if (x instanceof Record rx && y instanceof Record ry && rx.getClass() != ry.getClass()) {
            carried(rx, ry, path, renamed, notShown);
        } else if (x instanceof List<?> lx && y instanceof List<?> ly) {
            assertThat(ly).as(path + " size").hasSize(lx.size());
            for (int i = 0; i < lx.size(); i++) {
                same(lx.get(i), ly.get(i), path + "[" + i + "]", renamed, notShown);
            }
        } else {
            assertThat(y).as(path).isEqualTo(x);
        }
    }

    /**
     * @param value a value of a record component
     * @return its comparable form (see the class comment)
     */
    public static Object normalise(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Money m) {
            return decimal(m.amount());
        }
        if (value instanceof BigDecimal d) {
            return decimal(d);
        }
        if (value instanceof Number n) {
            return decimal(new BigDecimal(n.toString()));
        }
        if (value instanceof Currency c) {
            return c.getCurrencyCode();
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof java.time.temporal.TemporalAccessor t) {
            return t.toString();
        }
        if (value instanceof Explanation e) {
            return ExplanationResponse.from(e);
        }
        if (value instanceof Optional<?> o) {
            return normalise(o.orElse(null));
        }
        if (value instanceof OptionalDouble o) {
            return o.isPresent() ? normalise(o.getAsDouble()) : null;
        }
        if (value instanceof double[] d) {
            List<Object> out = new ArrayList<>(d.length);
            for (double v : d) {
                out.add(normalise(v));
            }
            return out;
        }
        if (value instanceof Collection<?> c) {
            List<Object> out = new ArrayList<>(c.size());
            for (Object e : c) {
                out.add(normalise(e));
            }
            return out;
        }
        if (!(value instanceof Record) && !(value instanceof CharSequence)) {
            try {
                Method toArray = value.getClass().getMethod("toArray");
                if (toArray.getReturnType() == double[].class) {
                    return normalise(toArray.invoke(value));
                }
            } catch (ReflectiveOperationException e) {
                // not a vector: compared as is
            }
        }
        return value;
    }

    private static BigDecimal decimal(BigDecimal d) {
        return d.signum() == 0 ? BigDecimal.ZERO : d.stripTrailingZeros();
    }

    private static Object read(Record r, RecordComponent rc) {
        try {
            Method m = rc.getAccessor();
            m.setAccessible(true);
            return m.invoke(r);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(rc.toString(), e);
        }
    }
}
