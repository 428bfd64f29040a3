package dev.newspipe.store.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * SQL assembled from fixed fragments written in this package, with every user-supplied value bound as a
 * parameter ({@code ?}): user input never becomes SQL text.
 */
final class SqlBuilder {

    private final StringBuilder sql = new StringBuilder();
    private final List<Object> params = new ArrayList<>();

    /** Appends a fixed fragment and the values of its placeholders, in order. */
    SqlBuilder append(String fragment, Object... values) {
        sql.append(fragment);
        params.addAll(List.of(values));
        return this;
    }

    SqlBuilder append(SqlBuilder other) {
        sql.append(other.sql);
        params.addAll(other.params);
        return this;
    }

    PreparedStatement prepare(Connection c) throws SQLException {
        PreparedStatement statement = c.prepareStatement(sql.toString());
        for (int i = 0; i < params.size(); i++) {
            statement.setObject(i + 1, params.get(i));
        }
        return statement;
    }

    @Override
    public String toString() {
        return sql.toString();
    }
}
