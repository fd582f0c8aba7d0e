package org.gbakg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.gbakg.web.Fixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {
    @TempDir
    static Path dir;
    static Path store;

    @BeforeAll
    static void makeStore() {
        store = dir.resolve("store");
        DatasetGraph tdb = DatabaseMgr.connectDatasetGraph(store.toString());
        DatasetGraph fixture = Fixture.dataset();
        Txn.executeWrite(tdb, () -> fixture.find().forEachRemaining(tdb::add));
    }

    @Test
    void exportsTheStoreAsNTriplesToAFile() throws Exception {
        Path out = dir.resolve("out/all.nt");
        assertEquals(0, run(new StringWriter(), "export", "--db", store.toString(), "--format", "nt", "--out", out.toString()));
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(out).parse(g);
        // compared with the store, not the fixture: TDB2 stores numbers by value ("3.02E6" comes back as "3020000.0e0")
        DatasetGraph fixture = DatabaseMgr.connectDatasetGraph(store.toString());
        Graph union = Txn.calculateRead(fixture, () -> {
            Graph copy = GraphFactory.createDefaultGraph();
            org.gbakg.export.DatasetContent.union(fixture).find().forEachRemaining(copy::add);
            return copy;
        });
        assertTrue(g.isIsomorphicWith(union));
    }

    @Test
    void exportsTheNeighbourhoodOfAnEntityAsGraphml() throws Exception {
        Path out = dir.resolve("around.graphml");
        assertEquals(0, run(new StringWriter(), "export", "--db", store.toString(), "--format", "graphml", "--lang", "en",
                "--around", "id:person/qin-weizhong", "--depth", "1", "--out", out.toString()));
        String xml = Files.readString(out, StandardCharsets.UTF_8);
        assertEquals(4, xml.split("<node ", -1).length - 1);
        assertTrue(xml.contains(">Qin Weizhong<"));
    }

    @Test
    void selectingPartsOfAnRdfExportIsAUserError() {
        StringWriter err = new StringWriter();
        assertEquals(2, run(err, "export", "--db", store.toString(), "--format", "ttl", "--class", "foaf:Person"));
        assertEquals("kg: --class, --property, --around and --depth apply to the graph-tool formats (graphml, gexf, dot, cyjs); "
                + "ttl writes the whole graph", err.toString().strip());
    }

    @Test
    void aFolderThatIsNotAStoreIsAUserError() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        StringWriter err = new StringWriter();
        assertEquals(2, run(err, "export", "--db", empty.toString(), "--format", "nt"));
        assertEquals("kg: " + empty + ": not a TDB2 store (it holds no Data-* folder)", err.toString().strip());
    }

    @Test
    void anUnknownFormatIsRefusedWithTheChoices() {
        StringWriter err = new StringWriter();
        assertEquals(2, run(err, "export", "--db", store.toString(), "--format", "xls"));
        assertTrue(err.toString().contains("unknown export format 'xls'; use one of: ttl, nt, nq, trig, jsonld, rdfxml, graphml, gexf, dot, cyjs"),
                err.toString());
    }

    private static int run(StringWriter err, String... args) {
        return Main.commandLine().setErr(new PrintWriter(err, true)).execute(args);
    }
}
