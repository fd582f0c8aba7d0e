package org.gbakg.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.gbakg.InputProblem;
import org.gbakg.pipeline.ArticleGraph;
import org.gbakg.pipeline.KnowledgeGraphLoader;

/**
 * Runs the loader on articles that have gold files ({@code X.txt}, optional {@code X.json},
 * {@code X.gold.json}) and scores each graph, with the ontology and reference data beside it as
 * in the served dataset.
 */
public final class Evaluation {
    private final KnowledgeGraphLoader loader;
    private final Graph reference;

    public Evaluation(KnowledgeGraphLoader loader) {
        this.loader = loader;
        this.reference = loader.ontology().all();
    }

    /** The scorecard of one article. */
    public Scorecard article(Path text, Optional<Path> meta, Path gold) {
        Gold expected = Gold.read(gold);
        ArticleGraph article = loader.load(text, meta);
        Graph graph = GraphFactory.createDefaultGraph();
        reference.find().forEach(graph::add);
        article.quads().forEach(q -> graph.add(q.asTriple()));
        Set<Node> mentioned = article.quads().stream()
                .filter(q -> q.getPredicate().equals(RDF.type.asNode()))
                .map(Quad::getSubject)
                .collect(Collectors.toSet());
        return new GoldScorer(graph, mentioned).score(expected);
    }

    /** The scorecards of every article with a gold file in the folder, by article file name. */
    public Map<String, Scorecard> folder(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new InputProblem(dir, "not a folder of articles with gold files");
        }
        Map<String, Scorecard> cards = new LinkedHashMap<>();
        for (Path gold : goldFiles(dir)) {
            String stem = gold.getFileName().toString().replace(".gold.json", "");
            Path text = dir.resolve(stem + ".txt");
            Path meta = dir.resolve(stem + ".json");
            cards.put(stem, article(text, Files.isRegularFile(meta) ? Optional.of(meta) : Optional.empty(), gold));
        }
        if (cards.isEmpty()) {
            throw new InputProblem(dir, "holds no *.gold.json files");
        }
        return cards;
    }

    private static List<Path> goldFiles(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".gold.json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
