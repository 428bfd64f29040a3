package dev.newspipe.ingest.service;

import dev.newspipe.contract.ArticleSubmitted;
import dev.newspipe.observability.ArticleMdc;
import dev.newspipe.problem.Problem;
import dev.newspipe.problem.ProblemException;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Who owns an article id and which version of its content is current, in ingest's own PostgreSQL database
 * ({@code article_ids}, db/migration). Decided when {@code POST /articles} is answered, atomically whatever the
 * number of ingest replicas: the upsert below takes the id's row lock, so two posts of one id are decided one
 * after the other.
 * <ul>
 *   <li>a new id: version 1, owned by the caller;</li>
 *   <li>the owner, the same content: a retry (its earlier publish may have failed), the same version again;</li>
 *   <li>the owner, other content: the next version;</li>
 *   <li>another publisher: a conflict, answered 409.</li>
 * </ul>
 * A registry that cannot be reached is a 503 with Retry-After: nothing is published without an owner.
 */
@ApplicationScoped
public class IdRegistry {

    private static final Logger LOG = Logger.getLogger(IdRegistry.class);
    /** A restarting or failing-over PostgreSQL is usually back within seconds. */
    static final long RETRY_AFTER_SECONDS = 5;

    /**
     * Inserts version 1, or moves the owner's id to the next version when the content differs. Returns nothing when
     * the row is left as it was (a retry, or another publisher's id), having locked it all the same.
     */
    private static final String CLAIM = """
            insert into article_ids as r (id, publisher, digest, version, created_at, updated_at)
            values (?, ?, ?, 1, ?, ?)
            on conflict (id) do update set digest = excluded.digest, version = r.version + 1,
                                           updated_at = excluded.updated_at
            where r.publisher = excluded.publisher and r.digest <> excluded.digest
            returning version, updated_at
            """;
    private static final String CURRENT = "select publisher, version, updated_at from article_ids where id = ?";

    /** What a post of an id is. */
    public enum Outcome { NEW, RETRY, UPDATE, CONFLICT }

    /** The decision: the version the post is (for a conflict, the owner's current one) and when it was accepted. */
    public record Claim(Outcome outcome, int version, Instant updatedAt) {

        /** {@code article} as that version, by {@code publisher}. */
        public ArticleSubmitted stamp(ArticleSubmitted article, String publisher) {
            return new ArticleSubmitted(article.schemaVersion(), article.id(), article.title(), article.body(),
                    article.publishedAt(), article.source(), article.url(), article.author(), article.languageHint(),
                    article.ingestedAt(), version, updatedAt, publisher);
        }
    }

    private final AgroalDataSource dataSource;
    private final Clock clock;

    public IdRegistry(AgroalDataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /**
     * Decides what {@code publisher}'s post of {@code id} with content {@code digest} is, in one database transaction
     * of its own (not JTA's: a failed commit too must be the 503 below, not a 500).
     */
    public Claim claim(String id, String publisher, byte[] digest) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                Claim claim = claim(c, id, publisher, digest);
                c.commit();
                return claim;
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(c);
                throw e;
            }
        } catch (SQLException e) {
            try (ArticleMdc ignored = ArticleMdc.of(id)) {
                LOG.warnf("Id registry unavailable for %s: %s (SQLState %s)", id, e.getMessage(), e.getSQLState());
            }
            throw new ProblemException(Problem.of(Response.Status.SERVICE_UNAVAILABLE,
                    "The id registry cannot be reached; nothing was accepted. Retry later with the same body."),
                    RETRY_AFTER_SECONDS);
        }
    }

    private Claim claim(Connection c, String id, String publisher, byte[] digest) throws SQLException {
        // PostgreSQL keeps microseconds: the instant published is the one stored.
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
        try (PreparedStatement claim = c.prepareStatement(CLAIM)) {
            claim.setString(1, id);
            claim.setString(2, publisher);
            claim.setBytes(3, digest);
            claim.setObject(4, now);
            claim.setObject(5, now);
            try (ResultSet rs = claim.executeQuery()) {
                if (rs.next()) {
                    int version = rs.getInt(1);
                    return new Claim(version == 1 ? Outcome.NEW : Outcome.UPDATE, version, instant(rs, 2));
                }
            }
        }
        // Left alone, and locked by the upsert until this transaction ends: read it as it is.
        try (PreparedStatement current = c.prepareStatement(CURRENT)) {
            current.setString(1, id);
            try (ResultSet rs = current.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("article_ids has no row for " + id + " after claiming it");
                }
                Outcome outcome = publisher.equals(rs.getString(1)) ? Outcome.RETRY : Outcome.CONFLICT;
                return new Claim(outcome, rs.getInt(2), instant(rs, 3));
            }
        }
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static void rollbackQuietly(Connection c) {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // the connection is gone: so is its transaction
        }
    }
}
