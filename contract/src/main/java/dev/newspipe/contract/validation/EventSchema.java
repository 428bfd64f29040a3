package dev.newspipe.contract.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;

import java.util.ArrayList;
import java.util.List;

/**
 * The JSON Schema of each topic's value, read once from {@code schemas/} on the classpath (the one copy, in this
 * module) and compiled once; validation is thread-safe. Formats ({@code date-time}, {@code date}, {@code uri}) are
 * asserted, not just annotated, and nothing is fetched from the network: every {@code $ref} resolves to these files.
 */
public enum EventSchema {
    SUBMITTED("news.articles.submitted.v1.json"),
    ENRICHED("news.articles.enriched.v1.json");

    /** The schemas' {@code $id} prefix, served from {@code classpath:schemas/}. */
    public static final String ID_PREFIX = "https://newspipe.dev/schemas/";

    private final String file;
    private final Schema schema;

    EventSchema(String file) {
        this.file = file;
        this.schema = Registry.INSTANCE.getSchema(SchemaLocation.of(ID_PREFIX + file));
    }

    /** The schema's file name under {@code schemas/}, e.g. {@code news.articles.enriched.v1.json}. */
    public String file() {
        return file;
    }

    /** The schema document itself. */
    public JsonNode document() {
        return schema.getSchemaNode();
    }

    /**
     * Everything in {@code event} the schema refuses, fields it does not know included: what a producer of this
     * version must meet. Empty when the event is valid.
     */
    public List<Violation> violations(JsonNode event) {
        List<Violation> found = new ArrayList<>();
        for (Error error : schema.validate(event)) {
            found.add(violation(error));
        }
        return found;
    }

    /**
     * As {@link #violations}, except for fields the schema does not know: a consumer accepts those (a later minor
     * version's optional fields, which {@code EventJson} ignores), so that producers can be upgraded first.
     */
    public List<Violation> readerViolations(JsonNode event) {
        List<Violation> found = new ArrayList<>();
        for (Error error : schema.validate(event)) {
            if (!"additionalProperties".equals(error.getKeyword())) {
                found.add(violation(error));
            }
        }
        return found;
    }

    private static Violation violation(Error error) {
        String at = error.getInstanceLocation().toString();
        // A missing (or unknown) property is reported at the object that should (not) hold it: name the field itself.
        if (error.getProperty() != null && ("required".equals(error.getKeyword())
                || "additionalProperties".equals(error.getKeyword()) || "dependentRequired".equals(error.getKeyword()))) {
            at = at + "/" + error.getProperty();
        }
        return new Violation(at, error.getMessage());
    }

    /** Holder: the enum's constants are built before its own static fields would be. */
    private static final class Registry {
        static final SchemaRegistry INSTANCE = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder
                        .schemaRegistryConfig(SchemaRegistryConfig.builder()
                                .formatAssertionsEnabled(true)
                                .pathType(PathType.JSON_POINTER)
                                .build())
                        .schemaLoader(loader -> loader
                                .fetchRemoteResources(false)
                                .schemaIdResolvers(ids -> ids.mapPrefix(ID_PREFIX, "classpath:schemas/"))));
    }
}
