package dev.newspipe.enrich.messaging;

import io.smallrye.mutiny.CompositeException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.FencedInstanceIdException;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.apache.kafka.common.errors.UnsupportedVersionException;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Tells the failures of a transaction that the next attempt can get past (broker unavailable, a rebalance, a
 * timed-out or refused write: the transaction is aborted and the batch read again) from those after which
 * Kafka's producer refuses every further transactional call, so that only closing it helps: fenced (another
 * producer took the transactional.id), unsupported version, authorization. (An out-of-order sequence, seen
 * after a broker restart, is abortable for a transactional producer: the abort bumps the epoch.)
 */
final class ProducerFailures {

    private ProducerFailures() {
    }

    static boolean isFatal(Throwable failure) {
        return causes(failure).stream().anyMatch(t -> t instanceof ProducerFencedException
                || t instanceof FencedInstanceIdException || t instanceof UnsupportedVersionException || t instanceof AuthorizationException);
    }

    /** The failure and its distinct causes, one line, for the log (a failed batch fails many sends alike). */
    static String describe(Throwable failure) {
        Set<String> distinct = new LinkedHashSet<>();
        for (Throwable t : causes(failure)) {
            if (!(t instanceof CompositeException)) { // its parts follow
                distinct.add(t.getClass().getSimpleName() + ": " + t.getMessage());
            }
        }
        return String.join(" <- ", distinct);
    }

    /** Walks causes, suppressed exceptions and the parts of Mutiny's composite failures (abort after a failed send). */
    private static Set<Throwable> causes(Throwable failure) {
        Set<Throwable> seen = new LinkedHashSet<>();
        Deque<Throwable> todo = new ArrayDeque<>();
        todo.add(failure);
        while (!todo.isEmpty()) {
            Throwable t = todo.poll();
            if (t == null || !seen.add(t)) {
                continue;
            }
            if (t instanceof CompositeException composite) {
                todo.addAll(composite.getCauses());
            }
            if (t.getCause() != null) {
                todo.add(t.getCause());
            }
            todo.addAll(List.of(t.getSuppressed()));
        }
        return seen;
    }
}
