package org.gbakg.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.gbakg.pipeline.ArticleGraph;
import org.gbakg.pipeline.OntologyFiles;

/**
 * Adds articles to an existing store, one write transaction each. An article's named graph is
 * replaced as a whole, so ingesting the same article twice leaves the store as one ingest did;
 * an article that fails to load or breaks the shapes changes nothing, and the ones before it stay.
 */
public final class StoreIngester {
    private final OntologyFiles ontology;

    private StoreIngester(OntologyFiles ontology) {
        this.ontology = ontology;
    }

    public static StoreIngester create(OntologyFiles ontology) {
        return new StoreIngester(ontology);
    }

    public BuildResult ingest(StoreFolder folder, List<Path> files) {
        folder.requireStore();
        List<ArticleSource> articles = ArticleSources.resolve(files);
        ArticleGate gate = new ArticleGate(ontology);
        Optional<StoreManifest> manifest = StoreManifest.read(folder);
        List<String> ids = new ArrayList<>();
        try (Store store = Store.open(folder)) {
            DatasetGraph dsg = store.dataset();
            for (ArticleSource source : articles) {
                ArticleGraph article = Txn.calculateWrite(dsg, () -> {
                    ArticleGraph read = gate.admit(source, dsg);
                    Store.replaceArticle(dsg, read);
                    return read;
                });
                ids.add(article.articleId());
                // a store without a build record (not made by kg build) gets none: we could not rebuild it
                manifest = manifest.map(m -> m.withIngested(List.of(source.text()), List.of(source), List.of(article.articleId())));
                manifest.ifPresent(m -> m.write(folder.dir()));
            }
            return new BuildResult(folder, ids, Txn.calculateRead(dsg, () -> Iter.count(dsg.find())));
        }
    }
}
