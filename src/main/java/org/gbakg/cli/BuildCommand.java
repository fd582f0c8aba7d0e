package org.gbakg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.gbakg.pipeline.OntologyFiles;
import org.gbakg.store.BuildResult;
import org.gbakg.store.StoreBuilder;
import org.gbakg.store.StoreFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Builds the TDB2 store from articles and the ontology.",
                "The store is built in a new folder and replaces the old one only when it is complete and "
                        + "conforms to the shapes, so a failed build loses nothing."})
final class BuildCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE-or-FOLDER", arity = "0..*", defaultValue = "seeds",
            description = "articles (*.txt, with an optional same-name .json beside each), or folders of them (default: ${DEFAULT-VALUE})")
    List<Path> sources;

    @Option(names = "--db", paramLabel = "DIR", defaultValue = "data", description = "the store's folder (default: ${DEFAULT-VALUE})")
    Path db;

    @Option(names = "--ontology", paramLabel = "DIR", defaultValue = "ontology", description = "the ontology folder (default: ${DEFAULT-VALUE})")
    Path ontology;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        BuildResult result = StoreBuilder.create(new OntologyFiles(ontology)).build(sources, new StoreFolder(db));
        spec.commandLine().getOut().println(StoreReports.built(result));
        return 0;
    }
}
