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
import org.apache.jena.sparql.graph.GraphFactory;
import org.gbakg.rdf.Prefixes;

/**
 * Writes a dataset in an RDF syntax, the same bytes on every run: blank nodes are canonically
 * labelled and statements sorted. N-Triples and N-Quads are written line by line in sorted order;
 * the pretty syntaxes are written from a graph filled in sorted order (Jena's writers lay it out).
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
            case TRIG -> RDFWriter.source(dataset(quads)).format(RDFFormat.TRIG_PRETTY).output(out);
            case TTL -> RDFWriter.source(graph(DatasetContent.sortedUnionTriples(quads))).format(RDFFormat.TURTLE_PRETTY).output(out);
            case RDFXML -> RDFWriter.source(graph(DatasetContent.sortedUnionTriples(quads))).format(RDFFormat.RDFXML_PLAIN).output(out);
            case JSONLD -> RDFWriter.source(unionDataset(DatasetContent.sortedUnionTriples(quads)))
                    .format(RDFFormat.JSONLD11_PRETTY).output(out);
            default -> throw new IllegalStateException("unhandled RDF format " + format);
        }
    }

    /** Writes a graph (an entity's description, say) in a triple syntax, sorted, with the project's prefixes. */
    public static void writeGraph(Graph source, ExportFormat format, OutputStream out) {
        List<Quad> quads = source.stream().map(t -> Quad.create(Quad.defaultGraphIRI, t)).toList();
        List<Quad> sorted = CanonicalBlankNodes.relabel(quads).stream().sorted(TermOrder.QUADS).toList();
        List<Triple> triples = DatasetContent.sortedUnionTriples(sorted);
        switch (format) {
            case NT -> streamTriples(out, triples);
            case TTL -> RDFWriter.source(graph(triples)).format(RDFFormat.TURTLE_PRETTY).output(out);
            case RDFXML -> RDFWriter.source(graph(triples)).format(RDFFormat.RDFXML_PLAIN).output(out);
            case JSONLD -> RDFWriter.source(unionDataset(triples)).format(RDFFormat.JSONLD11_PRETTY).output(out);
            default -> throw new IllegalArgumentException("Not a triple format: " + format);
        }
    }

    private static void streamQuads(OutputStream out, List<Quad> quads) {
        StreamRDF writer = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS_UTF8);
        writer.start();
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
        Graph g = GraphFactory.createDefaultGraph();
        triples.forEach(g::add);
        g.getPrefixMapping().setNsPrefixes(Prefixes.ALL);
        return g;
    }

    private static DatasetGraph dataset(List<Quad> quads) {
        DatasetGraph ds = DatasetGraphFactory.create();
        quads.forEach(ds::add);
        Prefixes.applyTo(ds.prefixes());
        return ds;
    }

    /** A dataset whose default graph holds the triples: the JSON-LD writer takes datasets. */
    private static DatasetGraph unionDataset(List<Triple> triples) {
        DatasetGraph ds = DatasetGraphFactory.create();
        triples.forEach(t -> ds.add(Quad.create(Quad.defaultGraphIRI, t)));
        Prefixes.applyTo(ds.prefixes());
        return ds;
    }
}
