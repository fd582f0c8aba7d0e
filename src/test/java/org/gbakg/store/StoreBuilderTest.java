package org.gbakg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.sparql.core.DatasetGraph;
import org.gbakg.UserError;
import org.gbakg.pipeline.OntologyFiles;
import org.gbakg.rdf.Vocab;
import org.gbakg.testing.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreBuilderTest {
    @TempDir
    Path tmp;
    Path articles;
    OntologyFiles ontology;
    StoreFolder db;

    @BeforeEach
    void setUp() {
        articles = Fixtures.copy("articles", tmp);
        ontology = new OntologyFiles(Fixtures.copy("ontology-fixture", tmp));
        db = new StoreFolder(tmp.resolve("data"));
    }

    @Test
    void buildsEveryArticleOfAFolderWithTheOntologyIntoNamedGraphs() {
        BuildResult result = StoreBuilder.create(ontology).build(List.of(articles), db);

        assertEquals(List.of("alpha", "beta"), result.articles());
        assertTrue(db.isStore());
        DatasetGraph contents = StoreContents.read(db);
        assertEquals(java.util.Set.of(Vocab.GRAPH + "alpha", Vocab.GRAPH + "beta", Vocab.ONTOLOGY_GRAPH, Vocab.REFERENCE_GRAPH),
                StoreContents.graphNames(contents));
        assertEquals(result.quads(), contents.stream().count());
    }

    @Test
    void recordsWhatTheStoreWasBuiltFrom() {
        StoreBuilder.create(ontology).build(List.of(articles), db);

        StoreManifest manifest = StoreManifest.read(db).orElseThrow();
        assertEquals(List.of(articles.toString()), manifest.sources());
        assertEquals(ontology.dir().toString(), manifest.ontology());
        assertEquals(List.of("alpha", "beta"), manifest.articles());
        assertTrue(manifest.inputs().stream().anyMatch(f -> f.path().endsWith("alpha.json")));
        assertTrue(manifest.inputs().stream().anyMatch(f -> f.path().endsWith("shapes.ttl")));
    }

    @Test
    void replacesAnOldStoreWhole() {
        StoreBuilder.create(ontology).build(List.of(articles), db);
        StoreBuilder.create(ontology).build(List.of(articles.resolve("beta.txt")), db);

        assertEquals(List.of("beta"), StoreManifest.read(db).orElseThrow().articles());
        assertFalse(StoreContents.graphNames(StoreContents.read(db)).contains(Vocab.GRAPH + "alpha"));
        assertEquals(List.of("articles", "data", "ontology-fixture"), Fixtures.names(tmp));
    }

    @Test
    void aBuildThatBreaksTheShapesLeavesTheOldStoreAndNoTemporaryFolder() {
        StoreBuilder.create(ontology).build(List.of(articles), db);
        Map<String, String> before = Fixtures.snapshot(db.dir());
        OntologyFiles strict = new OntologyFiles(Fixtures.copy("ontology-strict", tmp));

        UserError e = assertThrows(UserError.class, () -> StoreBuilder.create(strict).build(List.of(articles), db));

        assertTrue(e.getMessage().startsWith(articles.resolve("alpha.txt") + ": article 'alpha' breaks the shapes: 1 shape violation: "
                + "<https://w3id.org/gbakg/id/article/alpha> <https://w3id.org/gbakg/ontology#neverStated>: a test shape that nothing meets"),
                e.getMessage());
        assertEquals(before, Fixtures.snapshot(db.dir()));
        assertEquals(List.of("articles", "data", "ontology-fixture", "ontology-strict"), Fixtures.names(tmp));
    }

    @Test
    void aBuildThatHitsABadArticleLeavesTheOldStoreAndNoTemporaryFolder() {
        StoreBuilder.create(ontology).build(List.of(articles), db);
        Map<String, String> before = Fixtures.snapshot(db.dir());
        Path empty = Fixtures.write(articles.resolve("zeta.txt"), "");

        UserError e = assertThrows(UserError.class, () -> StoreBuilder.create(ontology).build(List.of(articles), db));

        assertEquals(empty + ": the file is empty", e.getMessage());
        assertEquals(before, Fixtures.snapshot(db.dir()));
        assertEquals(List.of("articles", "data", "ontology-fixture"), Fixtures.names(tmp));
    }

    @Test
    void refusesToReplaceAFolderThatIsNotAStore() {
        Path folder = tmp.resolve("mine");
        Fixtures.write(folder.resolve("notes.txt"), "my notes");

        UserError e = assertThrows(UserError.class,
                () -> StoreBuilder.create(ontology).build(List.of(articles), new StoreFolder(folder)));

        assertEquals(folder + ": not a TDB2 store and not empty; refusing to replace it", e.getMessage());
        assertEquals(List.of("notes.txt"), Fixtures.names(folder));
    }

    @Test
    void refusesToReplaceAFile() {
        Path file = Fixtures.write(tmp.resolve("data.txt"), "not a store");

        UserError e = assertThrows(UserError.class,
                () -> StoreBuilder.create(ontology).build(List.of(articles), new StoreFolder(file)));

        assertEquals(file + ": is a file, not a store folder; refusing to replace it", e.getMessage());
    }

    @Test
    void buildsIntoAnEmptyFolder() throws Exception {
        Files.createDirectory(db.dir());

        StoreBuilder.create(ontology).build(List.of(articles), db);

        assertTrue(db.isStore());
    }

    @Test
    void refusesTwoArticlesWithOneId() {
        Path other = Fixtures.write(tmp.resolve("other/alpha.txt"), "另一篇文章的內容。");

        UserError e = assertThrows(UserError.class,
                () -> StoreBuilder.create(ontology).build(List.of(articles, other), db));

        assertEquals(other + ": has the article id 'alpha' of " + articles.resolve("alpha.txt")
                + "; give one of them another id in its metadata", e.getMessage());
        assertFalse(db.exists());
    }

    @Test
    void refusesAFolderWithoutArticles() throws Exception {
        Path empty = Files.createDirectory(tmp.resolve("nothing"));

        UserError e = assertThrows(UserError.class, () -> StoreBuilder.create(ontology).build(List.of(empty), db));

        assertEquals(empty + ": the folder holds no *.txt articles", e.getMessage());
    }
}
