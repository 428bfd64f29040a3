package dev.newspipe.infra;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

/**
 * A JVM that owns an embedded PostgreSQL, as the launcher does, for a test to kill: starts the server on the data
 * directory {@code args[0]}, commits {@code args[1]} rows into {@code kept} of database {@code orphan}, says
 * {@code READY} and waits to be killed.
 */
public final class EmbeddedPostgresOwner {

    private EmbeddedPostgresOwner() {
    }

    public static void main(String[] args) throws Exception {
        PostgresServer pg = PostgresServer.embedded(Path.of(args[0]));
        pg.ensureDatabase("orphan");
        try (Connection c = pg.connect("orphan"); Statement s = c.createStatement()) {
            s.execute("create table kept (n int primary key)");
            s.execute("insert into kept select generate_series(1, " + Integer.parseInt(args[1]) + ")");
        }
        System.out.println("READY");
        Thread.sleep(Long.MAX_VALUE);
    }
}
