package org.gbakg.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.gbakg.rdf.Vocab;
import org.gbakg.text.ArticleFiles;
import org.gbakg.text.ArticleMeta;

/** Turns one article file into its named graph. */
public final class KnowledgeGraphLoader {
    private final OntologyFiles ontology;

    private KnowledgeGraphLoader(OntologyFiles ontology) {
        this.ontology = ontology;
    }

    public static KnowledgeGraphLoader create(OntologyFiles ontology) {
        return new KnowledgeGraphLoader(ontology);
    }

    public OntologyFiles ontology() {
        return ontology;
    }

    public ArticleGraph load(Path textFile, Optional<Path> metaFile) {
        String text = ArticleFiles.readText(textFile);
        String fallbackId = ArticleFiles.idFromFileName(textFile);
        ArticleMeta meta = metaFile.map(m -> ArticleFiles.readMeta(m, fallbackId))
                .orElse(new ArticleMeta(fallbackId, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
        return load(text, meta);
    }

    public ArticleGraph load(String rawText, ArticleMeta meta) {
        String graphIri = Vocab.GRAPH + meta.id();
        Node g = NodeFactory.createURI(graphIri);
        Node article = NodeFactory.createURI(Vocab.ID + "article/" + meta.id());
        List<Quad> quads = new ArrayList<>();
        quads.add(Quad.create(g, article, RDF.type.asNode(), Vocab.gba("SourceArticle")));
        return new ArticleGraph(meta.id(), graphIri, quads);
    }
}
