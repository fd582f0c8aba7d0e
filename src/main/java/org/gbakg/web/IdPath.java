package org.gbakg.web;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The part of a request path after {@code /id/}, checked before it becomes an IRI: ASCII slug
 * segments only (the contract's slugs are ASCII), no empty, {@code .} or {@code ..} segment, so
 * no request can name anything outside the instance namespace.
 *
 * @param path   the path below the namespace, e.g. {@code person/qin-weizhong}
 * @param suffix a trailing {@code .ttl}, {@code .html}, ... naming a syntax, when the path has one
 */
record IdPath(String path, Optional<EntitySyntax> suffix) {
    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_~-][A-Za-z0-9._~-]*");

    /** The checked path, or none for anything that is not a well-formed entity path. */
    static Optional<IdPath> parse(String pathInfo) {
        if (pathInfo == null || !pathInfo.startsWith("/") || pathInfo.length() > 512) {
            return Optional.empty();
        }
        String path = pathInfo.substring(1);
        for (String segment : path.split("/", -1)) {
            if (!SEGMENT.matcher(segment).matches()) { // a segment cannot start with a dot: no "." or ".."
                return Optional.empty();
            }
        }
        int dot = path.lastIndexOf('.');
        Optional<EntitySyntax> suffix = dot > path.lastIndexOf('/') + 1 ? EntitySyntax.named(path.substring(dot + 1))
                .filter(s -> s.suffix().equalsIgnoreCase(path.substring(dot + 1))) : Optional.empty();
        return Optional.of(new IdPath(path, suffix));
    }

    /** The path without its syntax suffix. */
    String withoutSuffix() {
        return suffix.map(s -> path.substring(0, path.length() - s.suffix().length() - 1)).orElse(path);
    }
}
