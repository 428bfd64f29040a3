package dev.newspipe.enrichment.entities.model;

import dev.newspipe.contract.EntityType;

import java.util.List;

/**
 * The labels of a unit, BIO over the three types: a name is a B- unit followed by I- units of its type.
 * The order of {@link #ALL} is the model's outcome order.
 */
final class Labels {

    static final String OUTSIDE = "O";
    static final List<String> ALL = List.of(OUTSIDE,
            "B-PERSON", "I-PERSON", "B-ORGANIZATION", "I-ORGANIZATION", "B-LOCATION", "I-LOCATION");
    /** The label before the first unit, as the previous-label features see it. */
    static final String START = "S";

    private Labels() {
    }

    /** B-TYPE for a type name (PERSON, ORGANIZATION, LOCATION), or null for any other. */
    static String begin(String type) {
        return switch (type) {
            case "PERSON" -> ALL.get(1);
            case "ORGANIZATION" -> ALL.get(3);
            case "LOCATION" -> ALL.get(5);
            default -> null;
        };
    }

    static String inside(String type) {
        String b = begin(type);
        return b == null ? null : ALL.get(ALL.indexOf(b) + 1);
    }

    static boolean isBegin(String label) {
        return label.startsWith("B-");
    }

    static boolean isInside(String label) {
        return label.startsWith("I-");
    }

    static EntityType type(String label) {
        return EntityType.valueOf(label.substring(2));
    }

    /** Whether {@code label} may follow {@code previous}: an I- only continues a name of its own type. */
    static boolean allowed(String previous, String label) {
        if (!isInside(label)) {
            return true;
        }
        return (isBegin(previous) || isInside(previous)) && previous.regionMatches(2, label, 2, label.length() - 2)
                && previous.length() == label.length();
    }
}
