package dev.newspipe.store.rest;

import dev.newspipe.problem.Problem;
import dev.newspipe.problem.Problem.FieldError;
import dev.newspipe.problem.ProblemException;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Parsing of query parameters shared by the resources: a bad value is a 400 that names the parameter. */
final class QueryParams {

    private static final Set<String> ENTITY_TYPES = Set.of("PERSON", "ORGANIZATION", "LOCATION");

    private QueryParams() {
    }

    static int limit(String value, int fallback, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int limit = Integer.parseInt(value.strip());
            if (limit >= 1 && limit <= max) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw bad("limit", "must be a whole number from 1 to " + max);
    }

    /** A path or query parameter that must be a whole number from 1 up (a version). */
    static int positive(String name, String value) {
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= 1) {
                return number;
            }
        } catch (NumberFormatException | NullPointerException e) {
            // reported below
        }
        throw bad(name, "must be a whole number from 1 up");
    }

    static boolean flag(String name, String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw bad(name, "must be true or false");
        };
    }

    static String entityType(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String type = value.strip().toUpperCase(Locale.ROOT);
        if (!ENTITY_TYPES.contains(type)) {
            throw bad("type", "must be PERSON, ORGANIZATION or LOCATION");
        }
        return type;
    }

    static ProblemException bad(String parameter, String message) {
        return new ProblemException(Problem.invalid("Invalid query parameter(s).", List.of(new FieldError(parameter, message))));
    }
}
