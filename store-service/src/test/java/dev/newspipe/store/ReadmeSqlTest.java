package dev.newspipe.store;

import dev.newspipe.infra.QuarkusInfraResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The README's example queries run as written, as the read-only role, which can read but not write. */
@QuarkusTest
@WithTestResource(value = QuarkusInfraResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "postgres", value = "true"))
class ReadmeSqlTest {

    @Inject
    DatabaseAdmin admin;

    static List<String> readmeQueries() throws Exception {
        Path readme = null;
        for (Path dir = Path.of("").toAbsolutePath(); dir != null && readme == null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve("README.md")) && Files.exists(dir.resolve("store-service"))) {
                readme = dir.resolve("README.md");
            }
        }
        String text = Files.readString(readme);
        String section = text.substring(text.indexOf("<!-- sql-examples -->"), text.indexOf("<!-- /sql-examples -->"));
        List<String> queries = new ArrayList<>();
        Matcher block = Pattern.compile("```sql\\n(.*?)```", Pattern.DOTALL).matcher(section);
        while (block.find()) {
            queries.add(block.group(1));
        }
        return queries;
    }

    @Test
    void readmeQueriesRunAsTheReaderRole() throws Exception {
        List<String> queries = readmeQueries();
        assertEquals(4, queries.size(), "the README shows four example queries");
        // As the administrator: the store's own role is not a member of newspipe_reader and cannot switch to it.
        try (Connection c = admin.connect(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("set local role newspipe_reader");
            for (String query : queries) {
                s.executeQuery(query).close();
            }
            SQLException denied = assertThrows(SQLException.class,
                    () -> s.executeUpdate("delete from articles"), "the reader role cannot write");
            assertTrue(denied.getMessage().contains("permission denied"), denied.getMessage());
            c.rollback();
        }
    }
}
