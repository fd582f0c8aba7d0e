package org.gbakg.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.gbakg.eval.Evaluation;
import org.gbakg.eval.Scorecard;
import org.gbakg.pipeline.KnowledgeGraphLoader;
import org.gbakg.pipeline.OntologyFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Scores the loader against gold files: recall per kind of item, precision of persons and bodies.",
            "Each FOLDER holds articles X.txt with X.gold.json (and X.json metadata if any)."})
final class EvalCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FOLDER", arity = "1..*", description = "folders of articles with gold files")
    List<Path> folders = new ArrayList<>();

    @Option(names = "--misses", description = "list every gold item not found")
    boolean misses;

    @Option(names = "--ontology", paramLabel = "DIR", defaultValue = "${env:KG_HOME:-.}/ontology",
            description = "the ontology folder (default: the project's ontology/)")
    Path ontology;

    @Override
    public Integer call() {
        Evaluation evaluation = new Evaluation(KnowledgeGraphLoader.create(new OntologyFiles(ontology)));
        var out = new java.io.PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
                java.nio.charset.StandardCharsets.UTF_8);
        for (Path folder : folders) {
            Map<String, Scorecard> cards = evaluation.folder(folder);
            Scorecard total = new Scorecard();
            cards.forEach((article, card) -> {
                out.printf("%s  recall %.1f%%  person precision %.1f%%%n", article, 100 * card.recall(), 100 * card.personPrecision());
                total.add(card);
            });
            out.println();
            out.println(folder + " (" + cards.size() + " articles)");
            total.print(out, misses);
            out.println();
        }
        return 0;
    }
}
