package org.gbakg.store;

import java.util.HashMap;
import java.util.Optional;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDFS;
import org.gbakg.lexicon.Scripts;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.gbakg.UserError;
import org.gbakg.pipeline.ArticleGraph;
import org.gbakg.pipeline.KnowledgeGraphLoader;
import org.gbakg.pipeline.OntologyFiles;
import org.gbakg.validate.ShapeReport;
import org.gbakg.validate.ShapeValidator;

/**
 * Loads articles and lets into a store only those whose graph, together with the ontology and
 * the reference data, conforms to the shapes. Each article is checked on its own (its graph
 * stands alone, by the loader's contract), so that building from a folder and ingesting the
 * same articles one by one accept and reject exactly the same articles.
 */
final class ArticleGate {
    private final KnowledgeGraphLoader loader;
    private final ShapeValidator validator;
    private final DatasetGraph ontologyData;
    private final Graph reference;
    private final Map<String, ArticleSource> seen = new HashMap<>();

    ArticleGate(OntologyFiles ontology) {
        this.loader = KnowledgeGraphLoader.create(ontology);
        this.validator = ShapeValidator.of(ontology.shapesGraph());
        this.ontologyData = ontology.asDataset();
        this.reference = GraphFactory.createDefaultGraph();
        ontologyData.find().forEachRemaining(q -> reference.add(q.asTriple()));
    }

    /** The ontology and reference graphs, to be copied into a new store as they are. */
    DatasetGraph ontologyData() {
        return ontologyData;
    }

    /**
     * The article's graph, or a one-line {@link UserError} naming the article: a file the loader
     * refuses, a graph that breaks the shapes, or a second file with the id of an earlier one.
     */
    ArticleGraph admit(ArticleSource source, DatasetGraph store) {
        ArticleGraph article = loader.load(source.text(), source.meta(), iri -> nameIn(store, iri));
        ArticleSource earlier = seen.putIfAbsent(article.articleId(), source);
        if (earlier != null && !earlier.equals(source)) {
            throw new UserError(source.text() + ": has the article id '" + article.articleId()
                    + "' of " + earlier.text() + "; give one of them another id in its metadata");
        }
        ShapeReport report = validator.validate(new Union(reference, graphOf(article)));
        if (!report.conforms()) {
            throw new UserError(source.text() + ": article '" + article.articleId() + "' breaks the shapes: " + report.summary());
        }
        return article;
    }

    /**
     * The name an IRI already stands for in the store (its Simplified label, folded), so that the
     * loader gives a different person with the same pinyin an IRI of their own. Called inside the
     * caller's transaction.
     */
    private static Optional<String> nameIn(DatasetGraph store, String iri) {
        Node subject = NodeFactory.createURI(iri);
        return Iter.asStream(store.find(Node.ANY, subject, RDFS.label.asNode(), Node.ANY))
                .map(Quad::getObject)
                .filter(label -> label.isLiteral() && label.getLiteralLanguage().equalsIgnoreCase("zh-Hans"))
                .map(label -> Scripts.fold(label.getLiteralLexicalForm()))
                .findFirst();
    }

    private static Graph graphOf(ArticleGraph article) {
        Graph graph = GraphFactory.createDefaultGraph();
        article.quads().forEach(q -> graph.add(q.asTriple()));
        return graph;
    }
}
