package dev.newspipe.store.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** A row of {@code article_versions}: a version of an article that is not (or no longer) its current one. */
@Entity
@Table(name = "article_versions")
@IdClass(ArticleVersion.Key.class)
public class ArticleVersion extends PanacheEntityBase {

    /** The composite primary key. */
    public static class Key implements Serializable {
        public String articleId;
        public int version;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(articleId, k.articleId) && version == k.version;
        }

        @Override
        public int hashCode() {
            return Objects.hash(articleId, version);
        }
    }

    @Id
    @Column(name = "article_id")
    public String articleId;
    @Id
    public int version;
    @Column(name = "updated_at")
    public Instant updatedAt;
    public String publisher;
    @Column(name = "enriched_at")
    public Instant enrichedAt;
    @Column(name = "stored_at")
    public Instant storedAt;
    /** The enriched event of this version, as it was on the topic. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public String event;

    /** The earlier versions of an article, newest first. */
    public static List<ArticleVersion> of(String articleId) {
        return list("articleId = ?1 order by version desc", articleId);
    }
}
