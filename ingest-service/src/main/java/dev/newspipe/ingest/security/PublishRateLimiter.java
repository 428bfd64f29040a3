package dev.newspipe.ingest.security;

import dev.newspipe.problem.Problem;
import dev.newspipe.problem.ProblemException;
import dev.newspipe.security.Credentials;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Per-credential rate limit on POST /articles: one token bucket per API key or token subject, so that one
 * client's flood slows that client only. Over the limit: 429 problem+json with Retry-After (whole seconds,
 * rounded up). Buckets live in this process; with several ingest replicas each enforces its own share.
 */
@ApplicationScoped
public class PublishRateLimiter {

    private final double perSecond;
    private final int burst;
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    public PublishRateLimiter(@ConfigProperty(name = "newspipe.rate-limit.per-second") double perSecond,
            @ConfigProperty(name = "newspipe.rate-limit.burst") int burst) {
        if (perSecond <= 0 || burst < 1) {
            throw new IllegalArgumentException("newspipe.rate-limit.per-second must be > 0 and .burst >= 1");
        }
        this.perSecond = perSecond;
        this.burst = burst;
    }

    /** Takes one request's token for this identity's credential, or throws the 429. */
    public void acquire(SecurityIdentity identity) {
        long now = System.nanoTime();
        long retryAfter = buckets.computeIfAbsent(Credentials.idOf(identity), id -> new TokenBucket(perSecond, burst, now))
                .tryTake(now);
        if (retryAfter > 0) {
            throw new ProblemException(Problem.of(429, "Too Many Requests", "This credential has sent more than "
                    + BigDecimal.valueOf(perSecond).stripTrailingZeros().toPlainString() + " requests per second (burst " + burst + "); retry after " + retryAfter + " s."),
                    retryAfter);
        }
    }
}
