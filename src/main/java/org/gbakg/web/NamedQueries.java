package org.gbakg.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.gbakg.InputProblem;

/**
 * Reads the named queries: every {@code *.rq} file of a folder, sorted by name, each starting with
 * {@code # title: ...} and {@code # description: ...} comment lines. A missing folder has no queries.
 */
final class NamedQueries {
    private NamedQueries() {}

    static List<NamedQuery> read(Path dir) {
        if (dir == null || !Files.isDirectory(dir)) {
            return List.of();
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".rq") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            throw new InputProblem(dir, "cannot list the queries: " + e.getMessage());
        }
        List<NamedQuery> queries = new ArrayList<>();
        for (Path f : files) {
            String text;
            try {
                text = Files.readString(f, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new InputProblem(f, "cannot read the query: " + e.getMessage());
            }
            String name = f.getFileName().toString().replaceFirst("\\.rq$", "");
            queries.add(new NamedQuery(name, header(text, "title").orElse(name), header(text, "description").orElse(""), text));
        }
        return queries;
    }

    /** The value of a {@code # key: value} line among the comment lines the file starts with. */
    private static Optional<String> header(String text, String key) {
        for (String line : text.lines().toList()) {
            String l = line.strip();
            if (!l.startsWith("#")) {
                break;
            }
            String body = l.substring(1).strip();
            if (body.regionMatches(true, 0, key + ":", 0, key.length() + 1)) {
                return Optional.of(body.substring(key.length() + 1).strip());
            }
        }
        return Optional.empty();
    }
}
