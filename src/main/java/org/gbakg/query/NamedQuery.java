package org.gbakg.query;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A SPARQL query kept in a file, with the header its comment lines give:
 * {@code # title: …}, {@code # 標題: …}, {@code # description: …}, {@code # 說明: …}.
 *
 * @param name   the file's stem, by which {@code kg query NAME} finds it
 * @param file   where it was read from
 * @param text   the whole file, comments included, so that parse errors point at file lines
 * @param header the {@code key: value} comment lines at the top, in order
 */
public record NamedQuery(String name, Path file, String text, Map<String, String> header) {
    public NamedQuery {
        header = Collections.unmodifiableMap(new LinkedHashMap<>(header));
    }

    public Optional<String> title() {
        return Optional.ofNullable(header.get("title"));
    }

    public Optional<String> titleZh() {
        return Optional.ofNullable(header.get("標題"));
    }

    public Optional<String> description() {
        return Optional.ofNullable(header.get("description"));
    }

    public Optional<String> descriptionZh() {
        return Optional.ofNullable(header.get("說明"));
    }

    /** Reads the {@code # key: value} lines before the first line that is not a comment. */
    static Map<String, String> headerOf(String text) {
        Map<String, String> header = new LinkedHashMap<>();
        for (String line : text.lines().toList()) {
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            if (!trimmed.startsWith("#")) {
                break;
            }
            String comment = trimmed.substring(1).strip();
            int colon = comment.indexOf(':');
            if (colon > 0) {
                header.putIfAbsent(comment.substring(0, colon).strip(), comment.substring(colon + 1).strip());
            }
        }
        return header;
    }
}
