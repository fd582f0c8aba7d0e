package org.gbakg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.gbakg.InputProblem;

/** Turns the files and folders a user names into the articles to load. */
public final class ArticleSources {
    private ArticleSources() {}

    /**
     * A file is one article; a folder is every {@code *.txt} directly in it, by name. The order
     * of the arguments is kept, so the result is the same on every machine.
     */
    public static List<ArticleSource> resolve(List<Path> filesOrFolders) {
        List<ArticleSource> articles = new ArrayList<>();
        for (Path path : filesOrFolders) {
            if (Files.isDirectory(path)) {
                List<Path> texts = textsIn(path);
                if (texts.isEmpty()) {
                    throw new InputProblem(path, "the folder holds no *.txt articles");
                }
                texts.forEach(t -> articles.add(ArticleSource.of(t)));
            } else if (Files.exists(path)) {
                articles.add(ArticleSource.of(path));
            } else {
                throw new InputProblem(path, "no such file or folder");
            }
        }
        return articles;
    }

    /** Every file the articles are read from, texts and metadata alike. */
    public static List<Path> filesOf(List<ArticleSource> articles) {
        List<Path> files = new ArrayList<>();
        for (ArticleSource article : articles) {
            files.add(article.text());
            article.meta().ifPresent(files::add);
        }
        return files;
    }

    private static List<Path> textsIn(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".txt") && Files.isRegularFile(p))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
