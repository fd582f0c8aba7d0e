package org.gbakg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.gbakg.pipeline.OntologyFiles;
import org.gbakg.store.BuildResult;
import org.gbakg.store.StoreFolder;
import org.gbakg.store.StoreIngester;
import org.gbakg.store.StoreManifest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Adds articles to an existing store, one transaction each.",
                "An article already in the store has its graph replaced as a whole, so ingesting it again changes nothing."})
final class IngestCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "articles (*.txt, with an optional same-name .json beside each), or folders of them")
    List<Path> files;

    @Option(names = "--db", paramLabel = "DIR", defaultValue = "data", description = "the store's folder (default: ${DEFAULT-VALUE})")
    Path db;

    @Option(names = "--ontology", paramLabel = "DIR",
            description = "the ontology folder whose shapes the articles must conform to (default: the one the store was built with)")
    Path ontology;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        StoreFolder folder = new StoreFolder(db);
        folder.requireStore();
        Path ontologyDir = ontology != null ? ontology
                : StoreManifest.read(folder).map(StoreManifest::ontologyDir).orElse(Path.of("ontology"));
        BuildResult result = StoreIngester.create(new OntologyFiles(ontologyDir)).ingest(folder, files);
        spec.commandLine().getOut().println(StoreReports.ingested(result));
        return 0;
    }
}
