package org.dataprice.api.template;

import ognl.ObjectPropertyAccessor;
import ognl.OgnlContext;
import ognl.OgnlException;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;

/**
 * How the templates' OGNL expressions read a component of one of the service's records ({@code ${r.value}} on a
 * {@code ReportModel}): the record's accessor method, looked up once per record class, instead of OGNL's general
 * property search (getter, then field, then method, each through Thymeleaf's member-access check), which was about a
 * fifth of the CPU of rendering a valuation report (issue 14; same bytes out, checked by the report tests).
 *
 * <p>Only components of records outside the JDK ({@code java.}, {@code javax.}, {@code jdk.}, {@code sun.}) are read
 * this way, and only their accessors, which are plain reads by definition: anything else (another name, a JDK record,
 * any other object, every method call) goes through OGNL and Thymeleaf's checks as before. Registered once for
 * {@link Record} by {@link TemplateEngines} before any engine exists (OGNL caches the accessor per class).
 * Thread-safe (the per-class table is a {@link ClassValue} of immutable maps).
 */
final class RecordPropertyAccessor extends ObjectPropertyAccessor {
    private static final ClassValue<Map<String, Method>> COMPONENTS = new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
            String name = type.getName();
            if (!type.isRecord() || name.startsWith("java.") || name.startsWith("javax.") || name.startsWith("jdk.")
                    || name.startsWith("sun.")) {
                return Map.of();
            }
            Map<String, Method> out = new HashMap<>();
            for (RecordComponent component : type.getRecordComponents()) {
                Method accessor = component.getAccessor();
                try {
                    accessor.setAccessible(true); // a nested or package-private record's public accessor
                    out.put(component.getName(), accessor);
                } catch (RuntimeException e) {
                    // not accessible from here: OGNL's general search decides, as before
                }
            }
            return Map.copyOf(out);
        }
    };

    @Override
    public Object getProperty(OgnlContext context, Object target, Object name) throws OgnlException {
        if (target != null && name instanceof String property) {
            Method accessor = COMPONENTS.get(target.getClass()).get(property);
            if (accessor != null) {
                try {
                    return accessor.invoke(target);
                } catch (ReflectiveOperationException e) {
                    throw new OgnlException(property, e);
                }
            }
        }
        return super.getProperty(context, target, name);
    }
}
