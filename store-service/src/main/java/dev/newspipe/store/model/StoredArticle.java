package dev.newspipe.store.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.OffsetDateTime;

/** A row of {@code articles} (schema: db/migration). */
@Entity
@Table(name = "articles")
public class StoredArticle extends PanacheEntityBase {

    @Id
    public String id;
    public String title;
    public String body;
    public String url;
    public String source;
    public String author;
    public String language;
    @Column(name = "published_at")
    public OffsetDateTime publishedAt;
    @Column(name = "ingested_at")
    public Instant ingestedAt;
    @Column(name = "enriched_at")
    public Instant enrichedAt;
    @Column(name = "stored_at")
    public Instant storedAt;
    @Column(name = "schema_version")
    public int schemaVersion;
    /** The current version (1 as first posted); earlier ones are {@link ArticleVersion}s. */
    public int version;
    @Column(name = "updated_at")
    public Instant updatedAt;
    /** The credential that posted the article and owns its id; null for rows stored before versions. */
    public String publisher;
    /** Enriched events applied to this row: one per version, never raised by a redelivery. */
    public int writes;
    /** The enriched event's JSON exactly as it was on the topic. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public String event;
}
