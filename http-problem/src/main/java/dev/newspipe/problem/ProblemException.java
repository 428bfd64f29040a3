package dev.newspipe.problem;

/** Thrown by application code to answer with a given problem. */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;
    private final transient Long retryAfterSeconds;

    public ProblemException(Problem problem) {
        this(problem, null);
    }

    public ProblemException(Problem problem, Long retryAfterSeconds) {
        super(problem.detail());
        this.problem = problem;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public Problem problem() {
        return problem;
    }

    /** For 429 and 503: when the client may try again. */
    public Long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
