package org.gbakg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.gbakg.text.ArticleFiles;
import org.gbakg.text.ArticleMeta;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Keeps the hand-written dev set honest: each article is 300 to 900 characters, its metadata and
 * gold name it by its file name, and every name, alias, quoted quantity and relation its gold
 * lists is written in the article as it stands (so that a gold item cannot drift from its text).
 */
class DevSetFilesTest {
    private static final int MIN_CHARS = 300;
    private static final int MAX_CHARS = 900;

    private static Path devset() throws URISyntaxException {
        return Path.of(DevSetFilesTest.class.getResource("/devset").toURI());
    }

    private static List<Path> articles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }

    @Test
    void holdsAtLeastTenArticlesThreeOfThemHeldOut() throws IOException, URISyntaxException {
        assertTrue(articles(devset().resolve("heldout")).size() >= 3);
        assertTrue(articles(devset().resolve("dev")).size() >= 7);
    }

    @TestFactory
    Stream<DynamicTest> everyGoldItemIsWrittenInItsArticle() throws IOException, URISyntaxException {
        List<Path> all = new ArrayList<>(articles(devset().resolve("dev")));
        all.addAll(articles(devset().resolve("heldout")));
        return all.stream().map(text -> DynamicTest.dynamicTest(text.getFileName().toString(), () -> check(text)));
    }

    private static void check(Path textFile) {
        String stem = textFile.getFileName().toString().replaceFirst("\\.txt$", "");
        String text = ArticleFiles.readText(textFile).replaceAll("\\s+", "");
        assertTrue(text.length() >= MIN_CHARS && text.length() <= MAX_CHARS, stem + " has " + text.length() + " characters");

        ArticleMeta meta = ArticleFiles.readMeta(textFile.resolveSibling(stem + ".json"), "none");
        assertEquals(stem, meta.id());
        assertTrue(meta.publisher().isPresent() && meta.language().isPresent() && meta.published().isPresent(), stem);

        Gold gold = Gold.read(textFile.resolveSibling(stem + ".gold.json"));
        assertEquals(stem, gold.id());
        List<String> written = new ArrayList<>();
        gold.persons().forEach(p -> written.add(p.name()));
        written.addAll(gold.bodies());
        written.addAll(gold.platforms());
        written.addAll(gold.projects());
        written.addAll(gold.documents());
        written.addAll(gold.notPersons());
        gold.aliases().forEach(pair -> written.addAll(pair.subList(1, pair.size())));
        gold.quantities().forEach(q -> written.add(q.text()));
        gold.relations().forEach(r -> written.add(r.text()));
        List<String> absent = written.stream().filter(s -> !text.contains(s.replaceAll("\\s+", ""))).toList();
        assertEquals(List.of(), absent, stem + ": gold strings not in the article");
    }
}
