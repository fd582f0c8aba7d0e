package org.gbakg.query;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.gbakg.InputProblem;
import org.gbakg.UserError;

/** The named queries of a folder ({@code queries/}): one {@code NAME.rq} file each. */
public record QueryLibrary(Path dir) {
    public static final String EXTENSION = ".rq";

    /** Every query in the folder, by name. */
    public List<NamedQuery> all() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(EXTENSION) && Files.isRegularFile(p))
                    .sorted()
                    .map(QueryLibrary::read)
                    .toList();
        } catch (IOException e) {
            throw new UserError(dir + ": cannot list the queries: " + e.getMessage(), e);
        }
    }

    /**
     * A query file ({@code something.rq}, or any path to an existing file), else the named query
     * of that name; an unknown name is a {@link UserError} listing the names there are.
     */
    public NamedQuery resolve(String nameOrFile) {
        Path asFile = Path.of(nameOrFile);
        if (nameOrFile.endsWith(EXTENSION) || Files.isRegularFile(asFile)) {
            return read(asFile);
        }
        Path named = dir.resolve(nameOrFile + EXTENSION);
        if (Files.isRegularFile(named)) {
            return read(named);
        }
        List<NamedQuery> known = all();
        if (known.isEmpty()) {
            throw new UserError("no query named '" + nameOrFile + "', and no queries in " + dir);
        }
        throw new UserError("no query named '" + nameOrFile + "'; the queries are: "
                + known.stream().map(NamedQuery::name).collect(Collectors.joining(", ")));
    }

    static NamedQuery read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InputProblem(file, "no such query file");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new InputProblem(file, "the query file is not valid UTF-8");
        } catch (IOException e) {
            throw new InputProblem(file, "cannot read the query file: " + e.getMessage());
        }
        String fileName = file.getFileName().toString();
        String name = fileName.endsWith(EXTENSION) ? fileName.substring(0, fileName.length() - EXTENSION.length()) : fileName;
        return new NamedQuery(name, file, text, NamedQuery.headerOf(text));
    }
}
