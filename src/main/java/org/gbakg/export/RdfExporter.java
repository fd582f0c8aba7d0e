package org.gbakg.export;

import java.io.OutputStream;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.gbakg.rdf.Prefixes;

/**
 * Writes a dataset in an RDF syntax, the same bytes on every run: blank nodes are canonically
 * labelled and statements sorted. N-Triples, N-Quads and TriG are streamed in sorted order (TriG
 * grouped by graph and subject); Turtle, JSON-LD and RDF/XML are laid out by Jena's writers from a
 * graph that lists its triples sorted (Turtle keeps that order by subject; the others their own,
 * still the same on every run).
 * Triple formats hold the union of all graphs; N-Quads and TriG keep the named graphs.
 * The whole dataset is read into memory: the graphs of this project are news-sized.
 */
public final class RdfExporter {
    private RdfExporter() {}

    public static void write(DatasetGraph source, ExportFormat format, OutputStream out) {
        if (!format.isRdf()) {
            throw new IllegalArgumentException("Not an RDF format: " + format);
        }
        List<Quad> quads = DatasetContent.sortedQuads(source);
        switch (format) {
            case NQ -> streamQuads(out, quads);
            case NT -> streamTriples(out, DatasetContent.sortedUnionTriples(quads));
            case TRIG -> streamTrigBlocks(out, quads);
            case TTL -> RDFWriter.source(graph(DatasetContent.sortedUnionTriples(quads))).format(RDFFormat.TURTLE_PRETTY).output(out);
            case RDFXML -> RDFWriter.source(graph(DatasetContent.sortedUnionTriples(quads))).format(RDFFormat.RDFXML_PLAIN).output(out);
            case JSONLD -> RDFWriter.source(unionDataset(DatasetContent.sortedUnionTriples(quads)))
                    .format(RDFFormat.JSONLD11_PRETTY).output(out);
            default -> throw new IllegalStateException("unhandled RDF format " + format);
        }
    }

    /**
     * Writes a graph (an entity's description, say) in a triple syntax, sorted, with the project's
     * prefixes and the graph's own.
     */
    public static void writeGraph(Graph source, ExportFormat format, OutputStream out) {
        List<Quad> quads = source.stream().map(t -> Quad.create(Quad.defaultGraphIRI, t)).toList();
        List<Quad> sorted = CanonicalBlankNodes.relabel(quads).stream().sorted(TermOrder.QUADS).toList();
        List<Triple> triples = DatasetContent.sortedUnionTriples(sorted);
        Graph g = graph(triples);
        g.getPrefixMapping().setNsPrefixes(source.getPrefixMapping().getNsPrefixMap());
        switch (format) {
            case NT -> streamTriples(out, triples);
            case TTL -> RDFWriter.source(g).format(RDFFormat.TURTLE_PRETTY).output(out);
            case RDFXML -> RDFWriter.source(g).format(RDFFormat.RDFXML_PLAIN).output(out);
            case JSONLD -> {
                DatasetGraph ds = unionDataset(triples);
                g.getPrefixMapping().getNsPrefixMap().forEach(ds.prefixes()::add);
                RDFWriter.source(ds).format(RDFFormat.JSONLD11_PRETTY).output(out);
            }
            default -> throw new IllegalArgumentException("Not a triple format: " + format);
        }
    }

    private static void streamQuads(OutputStream out, List<Quad> quads) {
        StreamRDF writer = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS_UTF8);
        writer.start();
        quads.forEach(writer::quad);
        writer.finish();
    }

    /** TriG written as it is streamed: graph by graph and subject by subject, in the quads' sorted order. */
    private static void streamTrigBlocks(OutputStream out, List<Quad> quads) {
        StreamRDF writer = StreamRDFWriter.getWriterStream(out, RDFFormat.TRIG_BLOCKS);
        writer.start();
        Prefixes.ALL.forEach(writer::prefix);
        quads.forEach(writer::quad);
        writer.finish();
    }

    private static void streamTriples(OutputStream out, List<Triple> triples) {
        StreamRDF writer = StreamRDFWriter.getWriterStream(out, RDFFormat.NTRIPLES_UTF8);
        writer.start();
        triples.forEach(writer::triple);
        writer.finish();
    }

    private static Graph graph(List<Triple> triples) {
        Graph g = new SortedGraph(triples);
        g.getPrefixMapping().setNsPrefixes(Prefixes.ALL);
        return g;
    }

    /** A dataset whose default graph holds the triples: the JSON-LD writer takes datasets. */
    private static DatasetGraph unionDataset(List<Triple> triples) {
        DatasetGraph ds = DatasetGraphFactory.create();
        triples.forEach(t -> ds.add(Quad.create(Quad.defaultGraphIRI, t)));
        Prefixes.applyTo(ds.prefixes());
        return ds;
    }
}
