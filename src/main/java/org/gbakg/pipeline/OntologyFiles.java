package org.gbakg.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.gbakg.InputProblem;
import org.gbakg.rdf.Vocab;

/**
 * The layout of {@code ontology/}: the ontology itself ({@code gba.ttl}), SHACL shapes
 * ({@code shapes.ttl}), curated reference entities ({@code reference/*.ttl}) and the loader's
 * vocabulary of titles, verbs, suffixes and units ({@code lexicon/*.ttl}).
 */
public record OntologyFiles(Path dir) {

    public Path ontology() {
        return dir.resolve("gba.ttl");
    }

    public Path shapes() {
        return dir.resolve("shapes.ttl");
    }

    public List<Path> reference() {
        return turtleIn(dir.resolve("reference"));
    }

    public List<Path> lexicon() {
        return turtleIn(dir.resolve("lexicon"));
    }

    /** The ontology in {@code graph/ontology}; reference entities and vocabulary in {@code graph/reference}. */
    public DatasetGraph asDataset() {
        DatasetGraph ds = DatasetGraphFactory.createTxnMem();
        ds.addGraph(NodeFactory.createURI(Vocab.ONTOLOGY_GRAPH), parse(List.of(ontology())));
        ds.addGraph(NodeFactory.createURI(Vocab.REFERENCE_GRAPH),
                parse(Stream.concat(reference().stream(), lexicon().stream()).toList()));
        return ds;
    }

    /** The union of the ontology, the reference entities and the vocabulary. */
    public Graph all() {
        return parse(Stream.concat(Stream.of(ontology()), Stream.concat(reference().stream(), lexicon().stream())).toList());
    }

    public Graph shapesGraph() {
        return parse(List.of(shapes()));
    }

    private static Graph parse(List<Path> files) {
        Graph graph = GraphFactory.createDefaultGraph();
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                throw new InputProblem(file, "ontology file is missing");
            }
            try {
                RDFParser.source(file).parse(graph);
            } catch (RiotException e) {
                throw new InputProblem(file, "not valid Turtle: " + e.getMessage());
            }
        }
        return graph;
    }

    private static List<Path> turtleIn(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".ttl")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
