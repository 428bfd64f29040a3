package dev.newspipe.store.service;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Tells a failure that retrying cannot fix from one that passes. Only PostgreSQL's data classes are
 * permanent: 22 (data exception: a NUL in a text, a value out of range), 23 (integrity constraint), 54
 * (program limit exceeded: a row too large). Everything else (no connection, PostgreSQL shutting down,
 * out of resources, a deadlock, a pool timeout, anything unknown) is taken as transient and retried:
 * holding a partition back is recoverable, dead-lettering a good article because the database was down
 * is not.
 */
public final class StoreFailures {

    static final Duration FIRST_BACKOFF = Duration.ofMillis(200);
    static final Duration MAX_BACKOFF = Duration.ofSeconds(10);

    private StoreFailures() {
    }

    public static boolean isPermanent(Throwable failure) {
        for (SQLException sql : sqlCauses(failure)) {
            for (SQLException e = sql; e != null; e = e.getNextException()) {
                String state = e.getSQLState();
                if (state != null && (state.startsWith("22") || state.startsWith("23") || state.startsWith("54"))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** 200 ms, 400 ms, 800 ms, … up to 10 s between attempts. */
    public static Duration backoff(int attempt) {
        long millis = FIRST_BACKOFF.toMillis() << Math.min(attempt - 1, 16);
        return Duration.ofMillis(Math.min(millis, MAX_BACKOFF.toMillis()));
    }

    /** A short description for logs and dead-letter headers: the SQL state and message, else the exception. */
    public static String describe(Throwable failure) {
        List<SQLException> sql = sqlCauses(failure);
        return sql.isEmpty() ? failure.toString() : "SQLState " + sql.get(0).getSQLState() + ": " + sql.get(0).getMessage();
    }

    /** The SQL exceptions in {@code failure}'s cause chain, outermost first. */
    private static List<SQLException> sqlCauses(Throwable failure) {
        List<SQLException> found = new ArrayList<>();
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql) {
                found.add(sql);
            }
        }
        return found;
    }
}
