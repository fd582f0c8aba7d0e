package org.gbakg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.gbakg.pipeline.OntologyFiles;
import org.gbakg.testing.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreFreshnessTest {
    @TempDir
    Path tmp;
    Path articles;
    Path ontologyDir;
    StoreFolder db;

    @BeforeEach
    void setUp() {
        articles = Fixtures.copy("articles", tmp);
        ontologyDir = Fixtures.copy("ontology-fixture", tmp);
        db = new StoreFolder(tmp.resolve("data"));
    }

    private StoreFreshness check() {
        return StoreFreshness.check(db, List.of(articles), ontologyDir);
    }

    private void build() {
        StoreBuilder.create(new OntologyFiles(ontologyDir)).build(List.of(articles), db);
    }

    @Test
    void noStoreYetMeansBuildFromTheDefaultSources() {
        assertEquals(new StoreFreshness(true, "there is no store yet", List.of(articles)), check());
    }

    @Test
    void aStoreJustBuiltIsUpToDate() {
        build();
        assertEquals(new StoreFreshness(false, "it is up to date", List.of(articles)), check());
    }

    @Test
    void aChangedArticleMakesItStale() {
        build();
        Fixtures.write(articles.resolve("beta.txt"), "深圳市政府表示，前海合作區將擴大開放。");
        assertEquals(new StoreFreshness(true, articles.resolve("beta.txt") + " changed", List.of(articles)), check());
    }

    @Test
    void aNewArticleInASourceFolderMakesItStale() {
        build();
        Fixtures.write(articles.resolve("delta.txt"), "新文章。");
        assertEquals(new StoreFreshness(true, articles.resolve("delta.txt") + " is new", List.of(articles)), check());
    }

    @Test
    void aChangedOntologyFileMakesItStale() {
        build();
        Fixtures.write(ontologyDir.resolve("reference/more.ttl"), "");
        assertEquals(new StoreFreshness(true, ontologyDir.resolve("reference/more.ttl") + " is new", List.of(articles)), check());
    }

    @Test
    void anotherOntologyFolderMakesItStale() {
        build();
        Path other = Fixtures.copy("ontology-strict", tmp);
        assertEquals(new StoreFreshness(true, "it was built with the ontology in " + ontologyDir, List.of(articles)),
                StoreFreshness.check(db, List.of(articles), other));
    }
}
