package dev.newspipe.store.service;

import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Tells a failure that can succeed later (retried, holding the partition back) from one that cannot (the record is
 * dead-lettered, the partition goes on). Transient is what the state of the database or the network decides, not
 * the record: no connection, a timeout, the server shutting down or out of resources, a serialization failure or
 * deadlock, a read-only standby. Everything else is permanent: data the database refuses, and any bug (a
 * {@code NullPointerException}, an {@code IllegalArgumentException}, SQL that cannot run), which would fail the
 * same way on every attempt and stop the partition for good.
 * <p>
 * Decided by the exception's kind over its whole cause chain (causes, suppressed exceptions, chained SQL
 * exceptions): when the database answered, its SQL state says what happened (PostgreSQL's driver reports every
 * server error as a plain {@code PSQLException}, so the state is its kind); else the exception's class does.
 */
public final class StoreFailures {

    static final Duration FIRST_BACKOFF = Duration.ofMillis(200);
    static final Duration MAX_BACKOFF = Duration.ofSeconds(10);

    /**
     * SQL states (class, or exact state) that can succeed later: 08 connection exception; 40 transaction rollback
     * (serialization failure, deadlock); 53 insufficient resources (disk full, out of memory, too many connections);
     * 57P01–57P03 the server shutting down, restarting, not accepting connections yet; 57014 a statement timeout;
     * 55P03 a lock timeout; 25006 a read-only transaction (a standby, until failover promotes it); 58030 an I/O error.
     */
    private static final List<String> TRANSIENT_STATES = List.of(
            "08", "40", "53", "57P01", "57P02", "57P03", "57014", "55P03", "25006", "58030");

    /**
     * Kinds that mean "not now" wherever they come from: JDBC's transient and recoverable families (timeouts,
     * transaction rollbacks, transient connection failures), a refused, reset or timed-out connection, the
     * transaction manager failing to complete a commit (the writer's SQL has all run by then, so that is the
     * connection going away, not the data), and the lock and query timeouts and connection failures of Hibernate
     * and Jakarta Persistence.
     */
    private static final List<Class<? extends Throwable>> TRANSIENT_KINDS = List.of(
            SQLTransientException.class, SQLRecoverableException.class,
            ConnectException.class, SocketTimeoutException.class, SocketException.class,
            jakarta.transaction.RollbackException.class, jakarta.transaction.HeuristicMixedException.class,
            jakarta.transaction.HeuristicRollbackException.class, jakarta.transaction.SystemException.class,
            javax.transaction.xa.XAException.class,
            org.hibernate.exception.JDBCConnectionException.class, org.hibernate.exception.LockAcquisitionException.class,
            org.hibernate.QueryTimeoutException.class, org.hibernate.PessimisticLockException.class,
            jakarta.persistence.LockTimeoutException.class, jakarta.persistence.QueryTimeoutException.class,
            jakarta.persistence.PessimisticLockException.class);

    private StoreFailures() {
    }

    /** True when trying again later can succeed: see the class comment. */
    public static boolean isTransient(Throwable failure) {
        Set<Throwable> chain = chain(failure);
        List<String> states = new ArrayList<>();
        for (Throwable t : chain) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                states.add(sql.getSQLState());
            }
        }
        if (!states.isEmpty()) {
            // The database answered: its verdict, whatever wraps it (a rollback at commit, a pool's exception).
            return states.stream().anyMatch(StoreFailures::isTransientState);
        }
        for (Throwable t : chain) {
            if (TRANSIENT_KINDS.stream().anyMatch(kind -> kind.isInstance(t))) {
                return true;
            }
            // No SQL state, so not the server's answer: the client side gave up before it had one. That is the
            // connection pool's "Sorry, acquisition timeout!" (Agroal throws a bare SQLException) or a connection
            // closed under a statement; a statement the server refuses always has a state.
            if (t instanceof SQLException) {
                return true;
            }
        }
        return false;
    }

    /** Not {@link #isTransient}: the record is dead-lettered. */
    public static boolean isPermanent(Throwable failure) {
        return !isTransient(failure);
    }

    static boolean isTransientState(String state) {
        return TRANSIENT_STATES.stream().anyMatch(state::startsWith);
    }

    /** 200 ms, 400 ms, 800 ms, … up to 10 s between attempts. */
    public static Duration backoff(int attempt) {
        long millis = FIRST_BACKOFF.toMillis() << Math.min(attempt - 1, 16);
        return Duration.ofMillis(Math.min(millis, MAX_BACKOFF.toMillis()));
    }

    /** A short description for logs and dead-letter headers: the SQL state and message, else the exception. */
    public static String describe(Throwable failure) {
        for (Throwable t : chain(failure)) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return "SQLState " + sql.getSQLState() + ": " + sql.getMessage();
            }
        }
        return failure.toString();
    }

    /** {@code failure}, its causes, suppressed and chained SQL exceptions, outermost first, each once. */
    private static Set<Throwable> chain(Throwable failure) {
        Set<Throwable> seen = new LinkedHashSet<>();
        Deque<Throwable> todo = new ArrayDeque<>();
        todo.add(failure);
        while (!todo.isEmpty()) {
            Throwable t = todo.poll();
            if (t == null || !seen.add(t)) {
                continue;
            }
            if (t.getCause() != null) {
                todo.add(t.getCause());
            }
            if (t instanceof SQLException sql && sql.getNextException() != null) {
                todo.add(sql.getNextException());
            }
            todo.addAll(List.of(t.getSuppressed()));
        }
        return seen;
    }
}
