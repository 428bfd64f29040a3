package dev.newspipe.ingest.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import dev.newspipe.problem.Problem;
import dev.newspipe.problem.ProblemException;
import dev.newspipe.security.Credentials;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.math.BigDecimal;
import java.time.Duration;

/**
 * Per-credential rate limit on POST /articles: one token bucket per API key or token subject, so that one
 * client's flood slows that client only. Over the limit: 429 problem+json with Retry-After (whole seconds,
 * rounded up). Buckets live in this process; with several ingest replicas each enforces its own share.
 * A bucket left alone until it has refilled to the burst is the same as a new one, so it is forgotten then: there
 * are never more buckets than credentials seen within that time, however many JWT subjects come and go.
 */
@ApplicationScoped
public class PublishRateLimiter {

    private final double perSecond;
    private final int burst;
    private final Ticker ticker;
    private final Cache<String, TokenBucket> buckets;

    @Inject
    public PublishRateLimiter(@ConfigProperty(name = "newspipe.rate-limit.per-second") double perSecond,
            @ConfigProperty(name = "newspipe.rate-limit.burst") int burst) {
        this(perSecond, burst, Ticker.systemTicker());
    }

    /** On {@code ticker}'s time, for the buckets and their expiry alike. */
    PublishRateLimiter(double perSecond, int burst, Ticker ticker) {
        if (perSecond <= 0 || burst < 1) {
            throw new IllegalArgumentException("newspipe.rate-limit.per-second must be > 0 and .burst >= 1");
        }
        this.perSecond = perSecond;
        this.burst = burst;
        this.ticker = ticker;
        this.buckets = Caffeine.newBuilder()
                .expireAfterAccess(Duration.ofNanos((long) Math.ceil(burst / perSecond * 1e9)))
                .ticker(ticker)
                // Expired buckets are swept on the requests' threads: no background task, and tests see it happen.
                .executor(Runnable::run)
                .build();
    }

    /** Takes one request's token for this identity's credential, or throws the 429. */
    public void acquire(SecurityIdentity identity) {
        acquire(Credentials.idOf(identity));
    }

    void acquire(String credential) {
        long now = ticker.read();
        long[] retryAfter = new long[1];
        // In one step with the lookup: a bucket is never evicted between being found and being taken from.
        buckets.asMap().compute(credential, (id, bucket) -> {
            TokenBucket current = bucket != null ? bucket : new TokenBucket(perSecond, burst, now);
            retryAfter[0] = current.tryTake(now);
            return current;
        });
        if (retryAfter[0] > 0) {
            throw new ProblemException(Problem.of(429, "Too Many Requests", "This credential has sent more than "
                    + BigDecimal.valueOf(perSecond).stripTrailingZeros().toPlainString() + " requests per second (burst "
                    + burst + "); retry after " + retryAfter[0] + " s."), retryAfter[0]);
        }
    }

    /** The buckets held now, expired ones swept first. */
    long buckets() {
        buckets.cleanUp();
        return buckets.estimatedSize();
    }
}
