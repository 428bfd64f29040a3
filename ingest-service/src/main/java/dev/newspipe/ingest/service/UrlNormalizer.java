package dev.newspipe.ingest.service;

import crawlercommons.filters.basic.BasicURLNormalizer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The form of a URL that an article id is made from, so that one story has one id however its URL is written.
 * <p>
 * crawler-commons' {@link BasicURLNormalizer} does the RFC 3986 part: scheme and host lower-cased, internationalised
 * host names as punycode, the default port dropped, the fragment and user info dropped, dot segments and duplicate
 * slashes removed, percent-encoding normalised (unreserved characters decoded, the rest upper-case hex), an empty
 * query dropped, query parameters sorted by name. It knows nothing of news sites, so three rules follow:
 * <ol>
 *   <li>{@code http} and {@code https} are the same article: the scheme becomes {@code https};</li>
 *   <li>a trailing slash is dropped from a path other than {@code /}: {@code /a/b/} is {@code /a/b};</li>
 *   <li>tracking parameters are dropped: the names in {@code tracking-parameters.txt}, {@code utm_*} among them.</li>
 * </ol>
 * What is left alone, because it can name another page: the path's case, {@code www.} (many sites serve
 * {@code www.example.com} and {@code example.com} alike, not all), and every other query parameter.
 */
public final class UrlNormalizer {

    private static final String TRACKING_PARAMETERS = "/dev/newspipe/ingest/tracking-parameters.txt";

    private final BasicURLNormalizer basic = BasicURLNormalizer.newBuilder()
            .idnNormalization(BasicURLNormalizer.IdnNormalization.PUNYCODE)
            .queryParamsToRemove(Set.of())
            .build();
    private final Predicate<String> tracking;

    public UrlNormalizer() {
        this(readTrackingParameters());
    }

    /** @param trackingParameters names to drop, a trailing {@code *} making one a prefix */
    UrlNormalizer(List<String> trackingParameters) {
        Predicate<String> any = name -> false;
        for (String entry : trackingParameters) {
            String rule = entry.toLowerCase(Locale.ROOT);
            any = any.or(rule.endsWith("*") ? name -> name.startsWith(rule.substring(0, rule.length() - 1))
                    : rule::equals);
        }
        this.tracking = any;
    }

    /** The normal form of an absolute http(s) URL, or empty when it is not one that can be normalised. */
    public Optional<String> normalize(String url) {
        String basicForm = basic.filter(url);
        if (basicForm == null) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = new URI(basicForm);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        if (uri.getRawAuthority() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
            return Optional.empty();
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        while (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        String query = uri.getRawQuery() == null ? "" : withoutTracking(uri.getRawQuery());
        return Optional.of("https://" + uri.getRawAuthority() + path + (query.isEmpty() ? "" : "?" + query));
    }

    /** The query without tracking parameters, the others in the order the basic normaliser sorted them. */
    private String withoutTracking(String query) {
        List<String> kept = new ArrayList<>();
        for (String parameter : query.split("&")) {
            int equals = parameter.indexOf('=');
            String name = (equals < 0 ? parameter : parameter.substring(0, equals)).toLowerCase(Locale.ROOT);
            if (!parameter.isEmpty() && !tracking.test(name)) {
                kept.add(parameter);
            }
        }
        return String.join("&", kept);
    }

    private static List<String> readTrackingParameters() {
        try (InputStream in = UrlNormalizer.class.getResourceAsStream(TRACKING_PARAMETERS)) {
            if (in == null) {
                throw new IllegalStateException(TRACKING_PARAMETERS + " is missing from the class path");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
