package org.gbakg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

class StoreIngesterTest {
    @TempDir
    Path tmp;
    Path articles;
    Path more;
    OntologyFiles ontology;

    @BeforeEach
    void setUp() {
        articles = Fixtures.copy("articles", tmp);
        more = Fixtures.copy("articles-more", tmp);
        ontology = new OntologyFiles(Fixtures.copy("ontology-fixture", tmp));
    }

    @Test
    void buildingAFolderGivesTheSameGraphAsIngestingItsArticlesOneByOne() {
        StoreFolder built = new StoreFolder(tmp.resolve("built"));
        StoreBuilder.create(ontology).build(List.of(articles, more), built);

        StoreFolder grown = new StoreFolder(tmp.resolve("grown"));
        StoreBuilder.create(ontology).build(List.of(articles.resolve("alpha.txt")), grown);
        StoreIngester ingester = StoreIngester.create(ontology);
        ingester.ingest(grown, List.of(articles.resolve("beta.txt")));
        ingester.ingest(grown, List.of(more.resolve("gamma.txt")));

        StoreContents.assertSameDataset(StoreContents.read(built), StoreContents.read(grown));
    }

    @Test
    void ingestingTheSameArticleTwiceChangesNothing() {
        StoreFolder db = new StoreFolder(tmp.resolve("data"));
        StoreBuilder.create(ontology).build(List.of(articles), db);
        StoreIngester ingester = StoreIngester.create(ontology);

        ingester.ingest(db, List.of(more.resolve("gamma.txt")));
        DatasetGraph once = StoreContents.read(db);
        StoreManifest manifestOnce = StoreManifest.read(db).orElseThrow();
        BuildResult again = ingester.ingest(db, List.of(more.resolve("gamma.txt")));

        StoreContents.assertSameDataset(once, StoreContents.read(db));
        assertEquals(manifestOnce, StoreManifest.read(db).orElseThrow());
        assertEquals(once.stream().count(), again.quads());
    }

    @Test
    void ingestingAnArticleAgainReplacesItsGraphWhole() {
        StoreFolder db = new StoreFolder(tmp.resolve("data"));
        StoreBuilder.create(ontology).build(List.of(articles), db);
        Fixtures.write(articles.resolve("alpha.json"), "{\"id\": \"alpha-renamed\"}");

        StoreIngester.create(ontology).ingest(db, List.of(articles.resolve("alpha.txt")));

        assertTrue(StoreContents.graphNames(StoreContents.read(db)).contains(Vocab.GRAPH + "alpha-renamed"));
    }

    @Test
    void recordsIngestedArticlesSoThatARebuildKeepsThem() {
        StoreFolder db = new StoreFolder(tmp.resolve("data"));
        StoreBuilder.create(ontology).build(List.of(articles), db);

        StoreIngester.create(ontology).ingest(db, List.of(more.resolve("gamma.txt")));

        StoreManifest manifest = StoreManifest.read(db).orElseThrow();
        assertEquals(List.of(articles.toString(), more.resolve("gamma.txt").toString()), manifest.sources());
        assertEquals(List.of("alpha", "beta", "gamma"), manifest.articles());
        assertTrue(manifest.inputs().stream().anyMatch(f -> f.path().endsWith("gamma.txt")));
    }

    @Test
    void anArticleThatBreaksTheShapesChangesNothing() {
        StoreFolder db = new StoreFolder(tmp.resolve("data"));
        StoreBuilder.create(ontology).build(List.of(articles), db);
        DatasetGraph before = StoreContents.read(db);
        OntologyFiles strict = new OntologyFiles(Fixtures.copy("ontology-strict", tmp));

        UserError e = assertThrows(UserError.class,
                () -> StoreIngester.create(strict).ingest(db, List.of(more.resolve("gamma.txt"))));

        assertTrue(e.getMessage().startsWith(more.resolve("gamma.txt") + ": article 'gamma' breaks the shapes"), e.getMessage());
        StoreContents.assertSameDataset(before, StoreContents.read(db));
    }

    @Test
    void refusesAFolderThatIsNotAStoreAndLeavesItAlone() {
        Path folder = tmp.resolve("mine");
        Fixtures.write(folder.resolve("random.bin"), "whatever");
        Map<String, String> before = Fixtures.snapshot(folder);

        UserError e = assertThrows(UserError.class,
                () -> StoreIngester.create(ontology).ingest(new StoreFolder(folder), List.of(more)));

        assertEquals(folder + ": not a TDB2 store (it holds no Data-* folder)", e.getMessage());
        assertEquals(before, Fixtures.snapshot(folder));
    }

    @Test
    void refusesAFileAsStore() {
        Path file = Fixtures.write(tmp.resolve("data"), "x");

        UserError e = assertThrows(UserError.class,
                () -> StoreIngester.create(ontology).ingest(new StoreFolder(file), List.of(more)));

        assertEquals(file + ": is a file, not a store folder", e.getMessage());
    }
}
