package dev.newspipe.store;

import dev.newspipe.store.service.StoreFailures;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which database failures are retried (the database is down) and which dead-letter a record (it is bad). */
class StoreFailuresTest {

    private static RuntimeException wrapped(SQLException e) {
        return new IllegalStateException("Storing 1 article(s) failed", e);
    }

    @Test
    void dataErrorsArePermanent() {
        assertTrue(StoreFailures.isPermanent(wrapped(new SQLException("invalid byte sequence for encoding UTF8: 0x00", "22021"))));
        assertTrue(StoreFailures.isPermanent(wrapped(new SQLException("value too long", "22001"))));
        assertTrue(StoreFailures.isPermanent(wrapped(new SQLException("violates check constraint", "23514"))));
        assertTrue(StoreFailures.isPermanent(wrapped(new SQLException("row is too big", "54000"))));
    }

    @Test
    void aDatabaseThatIsDownOrBusyIsTransient() {
        assertFalse(StoreFailures.isPermanent(wrapped(new SQLException("Connection refused", "08001"))));
        assertFalse(StoreFailures.isPermanent(wrapped(new SQLException("terminating connection due to administrator command", "57P01"))));
        assertFalse(StoreFailures.isPermanent(wrapped(new SQLException("the database system is starting up", "57P03"))));
        assertFalse(StoreFailures.isPermanent(wrapped(new SQLException("deadlock detected", "40P01"))));
        assertFalse(StoreFailures.isPermanent(wrapped(new SQLException("out of memory", "53200"))));
        assertFalse(StoreFailures.isPermanent(new SQLTransientConnectionException("Sorry, acquisition timeout!")));
        assertFalse(StoreFailures.isPermanent(new IllegalStateException("anything unknown")));
    }

    @Test
    void backoffDoublesUpToTenSeconds() {
        assertEquals(Duration.ofMillis(200), StoreFailures.backoff(1));
        assertEquals(Duration.ofMillis(400), StoreFailures.backoff(2));
        assertEquals(Duration.ofMillis(6_400), StoreFailures.backoff(6));
        assertEquals(Duration.ofSeconds(10), StoreFailures.backoff(7));
        assertEquals(Duration.ofSeconds(10), StoreFailures.backoff(500));
    }
}
