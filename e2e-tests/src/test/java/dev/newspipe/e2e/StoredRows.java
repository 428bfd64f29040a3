package dev.newspipe.e2e;

import dev.newspipe.infra.PostgresServer;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

/** Waiting for the store: what the end-to-end tests and benchmarks poll for in its database. */
public final class StoredRows {

    private StoredRows() {
    }

    /**
     * Polls {@code countSql} in {@code database} until it reaches {@code n} or {@code timeout} passes, and
     * returns the last count. While the database does not answer (not migrated yet, not up yet) the count
     * stays where it was.
     */
    public static long awaitCount(PostgresServer pg, String database, String countSql, long n, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long count = 0;
        while (System.nanoTime() < deadline) {
            try {
                count = pg.scalar(database, countSql);
                if (count >= n) {
                    return count;
                }
            } catch (SQLException notYet) {
                // not migrated, or not accepting connections, yet
            }
            Thread.sleep(250);
        }
        return count;
    }

    /** The first column of every row {@code sql} returns in {@code database}: the ids it selects. */
    public static Set<String> ids(PostgresServer pg, String database, String sql) throws SQLException {
        Set<String> ids = new HashSet<>();
        try (Connection c = pg.connect(database); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }
}
