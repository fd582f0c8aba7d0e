package org.gbakg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.gbakg.UserError;
import org.gbakg.pipeline.OntologyFiles;
import org.gbakg.serve.GbaServer;
import org.gbakg.store.Store;
import org.gbakg.store.StoreBuilder;
import org.gbakg.rdf.Vocab;
import org.gbakg.store.StoreFolder;
import org.gbakg.web.WebApp;
import org.gbakg.store.StoreFreshness;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the store over SPARQL at /gba/sparql, read-only unless --update is given.",
                "Builds the store first when it is missing or older than the articles or the ontology it was built from.",
                "Password file (--password-file): one user a line, 'name: password' (Jetty realm format; "
                        + "the password may also be given as OBF:, MD5: or CRYPT:)."})
final class ServeCommand implements Callable<Integer> {
    static final Path DEFAULT_SOURCES = Path.of("seeds");

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "3030", description = "the HTTP port (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--db", paramLabel = "DIR", defaultValue = "data", description = "the store's folder (default: ${DEFAULT-VALUE})")
    Path db;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "10", description = "query time limit in seconds (default: ${DEFAULT-VALUE})")
    int timeoutSeconds;

    @Option(names = "--update", description = "also serve /gba/update and /gba/data, for the users of --password-file")
    boolean update;

    @Option(names = "--password-file", paramLabel = "FILE", description = "who may update: lines of 'name: password'")
    Path passwordFile;

    @Option(names = "--ontology", paramLabel = "DIR", defaultValue = "ontology", description = "the ontology folder (default: ${DEFAULT-VALUE})")
    Path ontology;

    @Option(names = "--queries", paramLabel = "DIR", defaultValue = "queries",
            description = "the named queries shown on the page (default: ${DEFAULT-VALUE})")
    Path queries;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        GbaServer.Builder settings = settings();
        StoreFolder folder = new StoreFolder(db);
        StoreFreshness freshness = StoreFreshness.check(folder, List.of(DEFAULT_SOURCES), ontology);
        PrintWriter out = spec.commandLine().getOut();
        if (freshness.stale()) {
            out.println("building " + folder.dir() + " first: " + freshness.reason());
            out.println(StoreReports.built(StoreBuilder.create(new OntologyFiles(ontology)).build(freshness.sources(), folder)));
        }
        Store store = Store.open(folder);
        GbaServer server;
        try {
            settings.dataset(store.dataset());
            // linked-data pages, dumps, the explorer page and its APIs, over the same dataset
            WebApp.servlets(store.dataset(), queries, Vocab.ID).forEach(settings::addServlet);
            settings.home(WebApp.home());
            server = settings.build().start();
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            store.close();
        }, "kg-serve-shutdown"));
        out.println("serving " + folder.dir() + " (Ctrl-C stops)");
        server.describe().forEach(out::println);
        out.flush();
        server.join();
        return 0;
    }

    /** Checks every option before any work, so that a typo costs no build. */
    private GbaServer.Builder settings() {
        if (update && passwordFile == null) {
            throw new UserError("--update needs --password-file FILE (lines of 'name: password')");
        }
        if (!update && passwordFile != null) {
            throw new UserError("--password-file is only used with --update");
        }
        if (timeoutSeconds <= 0) {
            throw new UserError("--timeout " + timeoutSeconds + " is not valid: give a number of seconds above 0");
        }
        GbaServer.Builder settings = GbaServer.builder().port(port).queryTimeout(Duration.ofSeconds(timeoutSeconds));
        if (update) {
            settings.allowUpdate(passwordFile);
        }
        return settings;
    }
}
