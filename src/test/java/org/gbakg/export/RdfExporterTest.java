package org.gbakg.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.gbakg.web.Fixture;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RdfExporterTest {

    @ParameterizedTest
    @EnumSource(value = ExportFormat.class, names = {"TTL", "NT", "JSONLD", "RDFXML"})
    void tripleFormatsParseBackToTheUnionOfAllGraphs(ExportFormat format) {
        DatasetGraph ds = Fixture.dataset();
        Graph parsed = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(export(ds, format))).lang(lang(format)).parse(parsed);
        Graph union = Txn.calculateRead(ds, () -> {
            Graph copy = GraphFactory.createDefaultGraph();
            DatasetContent.union(ds).find().forEachRemaining(copy::add);
            return copy;
        });
        assertEquals(union.size(), parsed.size());
        assertTrue(parsed.isIsomorphicWith(union), format + " gives other triples than the dataset");
    }

    @ParameterizedTest
    @EnumSource(value = ExportFormat.class, names = {"NQ", "TRIG"})
    void quadFormatsKeepEveryNamedGraph(ExportFormat format) {
        DatasetGraph ds = Fixture.dataset();
        DatasetGraph parsed = DatasetGraphFactory.createTxnMem();
        RDFParser.source(new ByteArrayInputStream(export(ds, format))).lang(lang(format)).parse(parsed);
        List<Node> names = Txn.calculateRead(ds, () -> org.apache.jena.atlas.iterator.Iter.toList(ds.listGraphNodes()));
        assertEquals(4, names.size());
        for (Node name : names) {
            Graph expected = Txn.calculateRead(ds, () -> copy(ds.getGraph(name)));
            Graph actual = copy(parsed.getGraph(name));
            assertTrue(actual.isIsomorphicWith(expected), format + " changes graph " + name);
        }
    }

    @ParameterizedTest
    @EnumSource(value = ExportFormat.class, names = {"TTL", "NT", "NQ", "TRIG", "JSONLD", "RDFXML"})
    void writesTheSameBytesForTheSameDataParsedTwice(ExportFormat format) {
        assertArrayEquals(export(Fixture.dataset(), format), export(Fixture.dataset(), format),
                format + " differs between two loads of the same data");
    }

    @org.junit.jupiter.api.Test
    void nTriplesAreSortedAndDistinct() {
        List<String> lines = new String(export(Fixture.dataset(), ExportFormat.NT), StandardCharsets.UTF_8).lines().toList();
        assertEquals(lines.stream().sorted().distinct().toList(), lines);
    }

    @org.junit.jupiter.api.Test
    void jsonLdIsCompactedWithTheProjectsPrefixes() {
        String json = new String(export(Fixture.dataset(), ExportFormat.JSONLD), StandardCharsets.UTF_8);
        assertTrue(json.contains("\"@context\""), json.substring(0, 200));
        assertTrue(json.contains("\"gba\" : \"https://w3id.org/gbakg/ontology#\"") || json.contains("\"gba\": \"https://w3id.org/gbakg/ontology#\""));
        assertTrue(json.contains("foaf:Person"));
    }

    static byte[] export(DatasetGraph ds, ExportFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RdfExporter.write(ds, format, out);
        return out.toByteArray();
    }

    static Lang lang(ExportFormat format) {
        return switch (format) {
            case TTL -> Lang.TURTLE;
            case NT -> Lang.NTRIPLES;
            case NQ -> Lang.NQUADS;
            case TRIG -> Lang.TRIG;
            case JSONLD -> Lang.JSONLD11;
            case RDFXML -> Lang.RDFXML;
            default -> throw new IllegalArgumentException(format.name());
        };
    }

    private static Graph copy(Graph g) {
        Graph c = GraphFactory.createDefaultGraph();
        g.find().forEachRemaining(c::add);
        return c;
    }
}
