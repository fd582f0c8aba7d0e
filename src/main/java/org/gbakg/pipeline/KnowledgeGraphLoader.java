package org.gbakg.pipeline;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.gbakg.lexicon.Lexicon;
import org.gbakg.lexicon.LexiconLoader;
import org.gbakg.lexicon.LineJoin;
import org.gbakg.rdf.ArticleMapper;
import org.gbakg.rdf.EntityIris;
import org.gbakg.rdf.Vocab;
import org.gbakg.recognise.Recogniser;
import org.gbakg.relate.Reading;
import org.gbakg.relate.Relator;
import org.gbakg.text.Article;
import org.gbakg.text.ArticleFiles;
import org.gbakg.text.ArticleMeta;
import org.gbakg.text.Articles;
import org.gbakg.text.PageNormaliser;

/**
 * The loader: reads an article, undoes its layout, recognises its entities, reads its facts
 * and maps them to its named graph. Built once from {@code ontology/} and reused for every
 * article (the lexicon is the costly part).
 */
public final class KnowledgeGraphLoader {
    private final OntologyFiles ontology;
    private final Graph reference;
    private final Lexicon lexicon;
    private final Articles articles;
    private final Recogniser recogniser;
    private final Relator relator;

    private KnowledgeGraphLoader(OntologyFiles ontology) {
        this.ontology = ontology;
        this.reference = ontology.all();
        this.lexicon = LexiconLoader.load(reference);
        this.articles = new Articles(new PageNormaliser(new LineJoin(lexicon)));
        this.recogniser = new Recogniser(lexicon);
        this.relator = new Relator(lexicon);
    }

    public static KnowledgeGraphLoader create(OntologyFiles ontology) {
        return new KnowledgeGraphLoader(ontology);
    }

    public OntologyFiles ontology() {
        return ontology;
    }

    public Lexicon lexicon() {
        return lexicon;
    }

    public ArticleGraph load(Path textFile, Optional<Path> metaFile) {
        return load(textFile, metaFile, iri -> Optional.empty());
    }

    /**
     * @param iriOwner for an entity IRI already in a store, the folded (Simplified) name it
     *                 stands for, so that a different name with the same pinyin gets its own IRI
     */
    public ArticleGraph load(Path textFile, Optional<Path> metaFile, Function<String, Optional<String>> iriOwner) {
        String text = ArticleFiles.readText(textFile);
        String fallbackId = ArticleFiles.idFromFileName(textFile);
        ArticleMeta meta = metaFile.map(m -> ArticleFiles.readMeta(m, fallbackId))
                .orElse(new ArticleMeta(fallbackId, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
        return load(text, meta, iriOwner);
    }

    public ArticleGraph load(String rawText, ArticleMeta meta) {
        return load(rawText, meta, iri -> Optional.empty());
    }

    public ArticleGraph load(String rawText, ArticleMeta meta, Function<String, Optional<String>> iriOwner) {
        Reading reading = read(rawText, meta);
        ArticleMapper mapper = new ArticleMapper(lexicon, reference, new EntityIris(lexicon, iriOwner));
        return new ArticleGraph(meta.id(), Vocab.GRAPH + meta.id(), mapper.map(reading));
    }

    /** The stages before RDF: what the loader read in the text (for tests and evaluation). */
    public Reading read(String rawText, ArticleMeta meta) {
        Article article = articles.read(rawText, meta);
        return relator.read(recogniser.recognise(article));
    }
}
