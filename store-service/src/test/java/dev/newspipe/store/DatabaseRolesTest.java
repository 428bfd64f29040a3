package dev.newspipe.store;

import dev.newspipe.infra.QuarkusInfraResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The store writes through a role that owns its tables and nothing more (no superuser, no role or database
 * creation); people who query PostgreSQL directly use newspipe_reader, which can read every table and view but
 * change none. Both checked on the real database the migrations built.
 */
@QuarkusTest
@WithTestResource(value = QuarkusInfraResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "postgres", value = "true"))
class DatabaseRolesTest {

    @Inject
    AgroalDataSource storeDataSource;

    @Inject
    DatabaseAdmin admin;

    @Test
    void theStoreWritesAsTheOwnerOfItsTablesWithoutAdministrativeRights() throws SQLException {
        try (Connection c = storeDataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("""
                     select current_user, r.rolsuper, r.rolcreaterole, r.rolcreatedb,
                            (select count(*) from pg_tables where schemaname = 'public') as tables,
                            (select count(*) from pg_tables where schemaname = 'public' and tableowner <> current_user) as foreign_owned
                     from pg_roles r where r.rolname = current_user""")) {
            assertTrue(rs.next());
            String role = rs.getString(1);
            assertFalse(rs.getBoolean(2), role + " must not be a superuser");
            assertFalse(rs.getBoolean(3), role + " must not create roles");
            assertFalse(rs.getBoolean(4), role + " must not create databases");
            assertTrue(rs.getLong(5) >= 9, "the migrations created the store's tables");
            assertEquals(0, rs.getLong(6), "every table is owned by the store's role " + role);
        }
    }

    @Test
    void theReaderRoleReadsEveryTableAndViewButChangesNothing() throws SQLException {
        try (Connection c = admin.connect(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            List<String> relations = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("""
                    select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                    where n.nspname = 'public' and c.relkind in ('r', 'v') and c.relname <> 'flyway_schema_history'
                    order by 1""")) {
                while (rs.next()) {
                    relations.add(rs.getString(1));
                }
            }
            assertTrue(relations.containsAll(List.of("articles", "mentions", "article_entities_v", "article_topics_v",
                    "article_dates_v")), relations.toString());
            s.execute("set local role newspipe_reader");
            for (String relation : relations) {
                s.executeQuery("select * from " + relation + " limit 1").close();
            }
            for (String change : List.of("delete from articles", "update entities set canonical = 'x'",
                    "insert into topics (code, top_code, level, label) values ('x', 'x', 1, 'x')",
                    "truncate article_topics", "create table reader_scratch (id int)")) {
                s.execute("savepoint attempt");
                SQLException denied = assertThrows(SQLException.class, () -> s.execute(change), change);
                assertEquals("42501", denied.getSQLState(), change + ": " + denied.getMessage());
                s.execute("rollback to savepoint attempt");
            }
            c.rollback();
        }
    }
}
