package dev.newspipe.store.query;

import io.agroal.api.AgroalDataSource;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * One query API request on one connection, in one transaction: its page, total and facets see the same
 * snapshot, and its statements are planned for their values every time ({@code plan_cache_mode =
 * force_custom_plan}, for this transaction only). A search's best plan depends on its values (one entity is
 * in 10 articles, another in 10,000); after five executions PostgreSQL would otherwise settle on one generic
 * plan. The store's writes, whose statements carry megabytes of arrays, keep the default.
 */
final class QueryTransaction {

    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private QueryTransaction() {
    }

    static <T> T run(AgroalDataSource dataSource, Work<T> work) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                try (Statement s = c.createStatement()) {
                    s.execute("set local plan_cache_mode = force_custom_plan");
                }
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }
}
