package org.gbakg.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.gbakg.UserError;
import org.gbakg.pipeline.ArticleGraph;
import org.gbakg.pipeline.OntologyFiles;

/**
 * Builds a store from articles and the ontology in a new folder beside the target, and puts it
 * in the target's place only when every article loaded and conformed to the shapes: a build that
 * fails for any reason leaves the old store as it was and no half-built folder behind.
 */
public final class StoreBuilder {
    private final OntologyFiles ontology;

    private StoreBuilder(OntologyFiles ontology) {
        this.ontology = ontology;
    }

    public static StoreBuilder create(OntologyFiles ontology) {
        return new StoreBuilder(ontology);
    }

    /** Builds from {@code sources} (article files, or folders of them) into {@code target}. */
    public BuildResult build(List<Path> sources, StoreFolder target) {
        target.requireReplaceable();
        target.requireNotInUse();
        List<ArticleSource> articles = ArticleSources.resolve(sources);
        // the ontology, shapes and loader are read before anything is written
        ArticleGate gate = new ArticleGate(ontology);
        Path building = StoreFiles.newFolderBeside(target.dir(), "new");
        try {
            List<String> ids = new ArrayList<>();
            long quads;
            try (Store store = Store.create(building)) {
                DatasetGraph dsg = store.dataset();
                quads = Txn.calculateWrite(dsg, () -> {
                    gate.ontologyData().find().forEachRemaining(dsg::add);
                    for (ArticleSource source : articles) {
                        ArticleGraph article = gate.admit(source, dsg);
                        Store.replaceArticle(dsg, article);
                        ids.add(article.articleId());
                    }
                    return Iter.count(dsg.find());
                });
            }
            StoreManifest.of(sources, ontology.dir(), articles, ids).write(building);
            target.requireNotInUse(); // a server may have opened it while this build ran
            StoreFiles.swapIn(building, target.dir());
            return new BuildResult(target, ids, quads);
        } catch (IOException e) {
            throw new UserError(target.dir() + ": cannot put the new store in place: " + e.getMessage(), e);
        } finally {
            StoreFiles.deleteTree(building);
        }
    }
}
