package dev.newspipe.ingest.security;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The bucket's arithmetic, on a clock the test moves. */
class TokenBucketTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void burstThenRefillAtTheRateWithRetryAfterRoundedUp() {
        TokenBucket bucket = new TokenBucket(2, 3, 0);
        assertEquals(0, bucket.tryTake(0));
        assertEquals(0, bucket.tryTake(0));
        assertEquals(0, bucket.tryTake(0));
        assertEquals(1, bucket.tryTake(0), "empty: half a second to the next token, rounded up to 1 s");
        assertEquals(1, bucket.tryTake(SECOND / 4));
        assertEquals(0, bucket.tryTake(SECOND / 2), "one token back after 0.5 s at 2/s");
        assertEquals(1, bucket.tryTake(SECOND / 2));
        assertEquals(0, bucket.tryTake(100 * SECOND));
        assertEquals(0, bucket.tryTake(100 * SECOND));
        assertEquals(0, bucket.tryTake(100 * SECOND), "refill stops at the burst");
        assertEquals(1, bucket.tryTake(100 * SECOND));
    }

    @Test
    void slowRatesWaitWholeSecondsRoundedUp() {
        TokenBucket bucket = new TokenBucket(0.4, 1, 0);
        assertEquals(0, bucket.tryTake(0));
        assertEquals(3, bucket.tryTake(0), "1 token at 0.4/s: 2.5 s, rounded up");
        assertEquals(2, bucket.tryTake(SECOND), "0.4 tokens back: 1.5 s to go");
    }
}
