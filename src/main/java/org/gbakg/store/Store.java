package org.gbakg.store;

import java.nio.file.Path;
import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDBException;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.gbakg.UserError;
import org.gbakg.pipeline.ArticleGraph;

/**
 * An open TDB2 store. Its default graph is the union of all named graphs (the graph contract's
 * promise that a plain query sees everything). Closing it releases the folder entirely, so the
 * folder can be moved, replaced or reopened by another process.
 */
public final class Store implements AutoCloseable {
    private final StoreFolder folder;
    private final DatasetGraph dataset;

    private Store(StoreFolder folder, DatasetGraph dataset) {
        this.folder = folder;
        this.dataset = dataset;
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
    }

    /** Opens an existing store; anything else at {@code folder} is refused and left untouched. */
    public static Store open(StoreFolder folder) {
        folder.requireStore();
        try {
            return new Store(folder, connect(folder.dir()));
        } catch (DBOpEnvException e) {
            // TDB2 refuses a store whose lock another live process holds
            throw folder.inUse();
        }
    }

    /** Makes a new store in an empty or absent folder (used by the build, never on a user's folder). */
    static Store create(Path emptyDir) {
        return new Store(new StoreFolder(emptyDir), connect(emptyDir));
    }

    public StoreFolder folder() {
        return folder;
    }

    public DatasetGraph dataset() {
        return dataset;
    }

    /**
     * Replaces the article's named graph as a whole, inside the caller's write transaction, so
     * that ingesting the same article again gives the same store.
     */
    static void replaceArticle(DatasetGraph dsg, ArticleGraph article) {
        Node graph = NodeFactory.createURI(article.graphIri());
        dsg.removeGraph(graph);
        article.quads().forEach(dsg::add);
    }

    @Override
    public void close() {
        // TDB2 caches connections by location and holds the folder's lock until expelled.
        TDBInternal.expel(dataset);
    }

    private static DatasetGraph connect(Path dir) {
        try {
            return DatabaseMgr.connectDatasetGraph(Location.create(dir));
        } catch (TDBException e) {
            throw new UserError(dir + ": cannot open the store: " + e.getMessage(), e);
        }
    }
}
