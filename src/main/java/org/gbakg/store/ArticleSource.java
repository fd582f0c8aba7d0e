package org.gbakg.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * One article to load: its text file and, where one sits beside it with the same name, its
 * metadata ({@code 000_x.txt} and {@code 000_x.json}).
 */
public record ArticleSource(Path text, Optional<Path> meta) {

    public static ArticleSource of(Path text) {
        String name = text.getFileName().toString();
        int dot = name.lastIndexOf('.');
        Path json = text.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".json");
        return new ArticleSource(text, Files.isRegularFile(json) ? Optional.of(json) : Optional.empty());
    }
}
