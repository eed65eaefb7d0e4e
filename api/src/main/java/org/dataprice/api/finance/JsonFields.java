package org.dataprice.api.finance;

import org.dataprice.error.CalculationException;
import org.dataprice.error.DatapriceException;
import org.dataprice.error.InvalidInputException;

/**
 * Renames the {@code field} of a core exception to the JSON name of the same figure, where the core
 * and the JSON call it differently (e.g. the core's {@code price} is the request's {@code marketPrice};
 * an IRR without a root is reported by the core on {@code flows} or {@code irr}, by the API on the
 * request's {@code amounts}). Stateless.
 */
public final class JsonFields {
    private JsonFields() {
    }

    /**
     * @param e    the core exception; not null
     * @param core the core field name
     * @param json the JSON field name
     * @return an exception of the same kind and rule naming {@code json}, or {@code e} when its field is another
     */
    public static DatapriceException rename(DatapriceException e, String core, String json) {
        if (!e.field().equals(core)) {
            return e;
        }
        if (e instanceof InvalidInputException invalid) {
            return new InvalidInputException(json, invalid.value(), invalid.rule(), invalid.bounds());
        }
        if (e instanceof CalculationException calc) {
            String prefix = core + " " + calc.rule().describe("");
            String message = calc.getMessage();
            String reason = message.startsWith(prefix) ? message.substring(prefix.length()) : message;
            int after = reason.lastIndexOf(" (after ");
            if (calc.iterations() > 0 && after >= 0) {
                reason = reason.substring(0, after); // the constructor appends the iterations again
            }
            return new CalculationException(json, calc.rule(), reason, calc.iterations(), calc.tolerance());
        }
        return e;
    }
}
