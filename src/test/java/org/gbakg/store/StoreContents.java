package org.gbakg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;

/** Reads a whole store into memory, for comparing stores as RDF datasets. */
final class StoreContents {
    private StoreContents() {}

    static DatasetGraph read(StoreFolder folder) {
        try (Store store = Store.open(folder)) {
            DatasetGraph dsg = store.dataset();
            DatasetGraph copy = DatasetGraphFactory.create();
            Txn.executeRead(dsg, () -> dsg.find().forEachRemaining(copy::add));
            return copy;
        }
    }

    static Set<String> graphNames(DatasetGraph dsg) {
        Set<String> names = new TreeSet<>();
        dsg.listGraphNodes().forEachRemaining(n -> names.add(n.getURI()));
        return names;
    }

    /** Same graph names, and each named graph isomorphic (blank nodes may differ in label). */
    static void assertSameDataset(DatasetGraph expected, DatasetGraph actual) {
        assertEquals(graphNames(expected), graphNames(actual));
        expected.listGraphNodes().forEachRemaining(name -> {
            Graph e = expected.getGraph(name);
            Graph a = actual.getGraph(name);
            assertTrue(e.isIsomorphicWith(a), () -> "graph " + name + " differs");
        });
        assertTrue(expected.getDefaultGraph().isIsomorphicWith(actual.getDefaultGraph()), "default graph differs");
    }

    static Graph graph(DatasetGraph dsg, Node name) {
        return dsg.getGraph(name);
    }
}
