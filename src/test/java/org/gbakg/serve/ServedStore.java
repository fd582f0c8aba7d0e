package org.gbakg.serve;

import java.nio.file.Path;
import java.util.List;
import org.gbakg.pipeline.OntologyFiles;
import org.gbakg.store.Store;
import org.gbakg.store.StoreBuilder;
import org.gbakg.store.StoreFolder;
import org.gbakg.testing.Fixtures;

/** A real TDB2 store built from the test articles in a temporary folder, opened for serving. */
final class ServedStore {
    private ServedStore() {}

    static StoreFolder build(Path tmp) {
        Path articles = Fixtures.copy("articles", tmp);
        Path more = Fixtures.copy("articles-more", tmp);
        OntologyFiles ontology = new OntologyFiles(Fixtures.copy("ontology-fixture", tmp));
        StoreFolder db = new StoreFolder(tmp.resolve("data"));
        StoreBuilder.create(ontology).build(List.of(articles, more), db);
        return db;
    }

    static Store open(Path tmp) {
        return Store.open(build(tmp));
    }
}
