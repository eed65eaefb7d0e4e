package org.dataprice.registry;

import java.time.LocalDate;
import java.util.Map;
import org.dataprice.error.InvalidInputException;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;
import org.dataprice.registry.json.JsonFields;

/**
 * The term of a licence, agreement or authorisation: the half-open date interval {@code [from, until)} —
 * in force from the first day {@code from}, no longer on {@code until}.
 *
 * @param from  the first day in force; not null
 * @param until the first day no longer in force; after {@code from} ({@code until}, {@link Rule#GREATER_THAN})
 */
public record Term(LocalDate from, LocalDate until) {
    /** Checks the components. */
    public Term {
        Require.notNull(from, "from");
        Require.notNull(until, "until");
        Require.that(until.isAfter(from), "until", until, Rule.GREATER_THAN, from);
    }

    /**
     * @param from  the first day in force
     * @param until the first day no longer in force
     * @return the term
     */
    public static Term of(LocalDate from, LocalDate until) {
        return new Term(from, until);
    }

    /**
     * @param date a day
     * @return whether the term covers it: {@code from ≤ date < until}
     */
    public boolean covers(LocalDate date) {
        return !date.isBefore(from) && date.isBefore(until);
    }

    /**
     * Writes {@code "from"} and {@code "until"} (ISO-8601 dates) into a JSON object.
     *
     * @param json the object; modifiable
     */
    public void writeTo(Map<String, Object> json) {
        json.put("from", from.toString());
        json.put("until", until.toString());
    }

    /**
     * @param json an object holding {@code "from"} and {@code "until"}
     * @return the term
     */
    public static Term fromJson(JsonFields json) {
        try {
            return new Term(json.date("from"), json.date("until"));
        } catch (InvalidInputException e) {
            throw e.within(json.path());
        }
    }
}
