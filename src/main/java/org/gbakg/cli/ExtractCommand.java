package org.gbakg.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.gbakg.pipeline.ArticleGraph;
import org.gbakg.pipeline.KnowledgeGraphLoader;
import org.gbakg.pipeline.OntologyFiles;
import org.gbakg.rdf.QuadFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Reads one article and writes its graph as TriG.")
final class ExtractCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE.txt", description = "the article, UTF-8 text")
    Path text;

    @Option(names = "--meta", paramLabel = "FILE.json", description = "the article's metadata (id, publisher, published)")
    Path meta;

    @Option(names = "--out", paramLabel = "FILE.trig", required = true, description = "where to write the graph")
    Path out;

    @Option(names = "--ontology", paramLabel = "DIR", defaultValue = "${env:KG_HOME:-.}/ontology",
            description = "the ontology folder (default: the project's ontology/)")
    Path ontology;

    @Override
    public Integer call() {
        ArticleGraph graph = KnowledgeGraphLoader.create(new OntologyFiles(ontology)).load(text, Optional.ofNullable(meta));
        QuadFiles.writeTrig(graph.quads(), out);
        return 0;
    }
}
