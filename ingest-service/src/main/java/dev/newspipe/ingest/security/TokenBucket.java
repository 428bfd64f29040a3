package dev.newspipe.ingest.security;

/**
 * A token bucket: holds up to {@code burst} tokens, refilled at {@code perSecond}; each request takes one.
 * Time comes from the caller, so that the arithmetic is tested without a clock.
 */
final class TokenBucket {

    private final double perSecond;
    private final double burst;
    private double tokens;
    private long lastNanos;

    TokenBucket(double perSecond, double burst, long nowNanos) {
        this.perSecond = perSecond;
        this.burst = burst;
        this.tokens = burst;
        this.lastNanos = nowNanos;
    }

    /** 0 if a token was taken; otherwise the whole seconds to wait until one will be there (at least 1). */
    synchronized long tryTake(long nowNanos) {
        tokens = Math.min(burst, tokens + Math.max(0, nowNanos - lastNanos) / 1e9 * perSecond);
        lastNanos = nowNanos;
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        return Math.max(1, (long) Math.ceil((1 - tokens) / perSecond));
    }
}
