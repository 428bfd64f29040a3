package dev.newspipe.ingest.security;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.newspipe.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Buckets of credentials that went quiet are forgotten, so that the limiter does not grow with every JWT subject it
 * ever saw, and never before they have refilled: forgetting a bucket gives its client nothing it would not have had.
 * On a ticker the test moves.
 */
class PublishRateLimiterTest {

    private static final long SECOND = 1_000_000_000L;

    private final AtomicLong now = new AtomicLong();
    private final Ticker ticker = now::get;

    private static boolean accepted(PublishRateLimiter limiter, String credential) {
        try {
            limiter.acquire(credential);
            return true;
        } catch (ProblemException tooMany) {
            return false;
        }
    }

    @Test
    void bucketsOfCredentialsThatWentQuietAreForgotten() {
        // 1 request/s, burst 3: a bucket left alone for 3 s is full again.
        PublishRateLimiter limiter = new PublishRateLimiter(1, 3, ticker);
        for (int round = 0; round < 10; round++) {
            for (int i = 0; i < 1000; i++) {
                limiter.acquire("jwt:subject-" + round + "-" + i);
            }
            assertEquals(1000, limiter.buckets(), "round " + round + ": this round's subjects only");
            now.addAndGet(3 * SECOND);
        }
        limiter.acquire("jwt:one-more");
        assertEquals(1, limiter.buckets());
    }

    @Test
    void aClientThatKeepsTryingGetsTheRateAndNoFreshBurst() {
        PublishRateLimiter limiter = new PublishRateLimiter(1, 3, ticker);
        for (int i = 0; i < 3; i++) {
            limiter.acquire("api-key:flood");
        }
        assertThrows(ProblemException.class, () -> limiter.acquire("api-key:flood"));

        int accepted = 0;
        for (int step = 1; step <= 40; step++) {
            now.addAndGet(SECOND / 4);
            // Others come and go meanwhile, so that the cache has every chance to sweep.
            limiter.acquire("jwt:passer-by-" + step);
            accepted += accepted(limiter, "api-key:flood") ? 1 : 0;
        }
        assertEquals(10, accepted, "10 s at 1/s: 10 requests, not a new burst of 3 now and then");
    }

    @Test
    void aClientBackBeforeItsBucketRefilledFindsItWhereItLeftIt() {
        PublishRateLimiter limiter = new PublishRateLimiter(1, 3, ticker);
        for (int i = 0; i < 3; i++) {
            limiter.acquire("api-key:bursty");
        }
        // 2.75 s later: 2.75 tokens back, while 500 others passed.
        for (int i = 0; i < 500; i++) {
            now.addAndGet(SECOND * 11 / 4 / 500);
            limiter.acquire("jwt:other-" + i);
        }
        assertEquals(true, accepted(limiter, "api-key:bursty"));
        assertEquals(true, accepted(limiter, "api-key:bursty"));
        assertEquals(false, accepted(limiter, "api-key:bursty"), "the third of a fresh burst is not there");
    }

    @Test
    void aClientBackAfterItsBucketRefilledHasItsBurst() {
        PublishRateLimiter limiter = new PublishRateLimiter(1, 3, ticker);
        for (int i = 0; i < 4; i++) {
            accepted(limiter, "api-key:returning");
        }
        now.addAndGet(60 * SECOND);
        assertEquals(true, accepted(limiter, "api-key:returning"));
        assertEquals(true, accepted(limiter, "api-key:returning"));
        assertEquals(true, accepted(limiter, "api-key:returning"));
        assertEquals(false, accepted(limiter, "api-key:returning"));
    }
}
