package dev.newspipe.security;

import io.quarkus.security.identity.SecurityIdentity;

/** Which credential a request came with, as one stable name: what per-credential limits are counted by. */
public final class Credentials {

    static final String KIND_ATTRIBUTE = "newspipe.credential-kind";
    static final String API_KEY = "api-key";
    static final String JWT = "jwt";

    private Credentials() {
    }

    /**
     * {@code api-key:<entry name>} or {@code jwt:<principal name>}: the kind is part of it, so that a key
     * and a token subject of the same name never share a limit.
     */
    public static String idOf(SecurityIdentity identity) {
        Object kind = identity.getAttribute(KIND_ATTRIBUTE);
        return (kind == null ? JWT : kind) + ":" + identity.getPrincipal().getName();
    }
}
