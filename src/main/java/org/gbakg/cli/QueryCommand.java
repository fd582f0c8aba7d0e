package org.gbakg.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.query.Query;
import org.gbakg.query.NamedQuery;
import org.gbakg.query.QueryLibrary;
import org.gbakg.query.QueryRunner;
import org.gbakg.query.ResultFormat;
import org.gbakg.store.Store;
import org.gbakg.store.StoreFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Runs a named query from the queries folder, or a query file, against the store (no server needed).",
                "Without NAME, lists the named queries."})
final class QueryCommand implements Callable<Integer> {

    @Parameters(paramLabel = "NAME|FILE.rq", arity = "0..1", description = "a query's name (its file name without .rq) or a query file")
    String query;

    @Option(names = "--db", paramLabel = "DIR", defaultValue = "data", description = "the store's folder (default: ${DEFAULT-VALUE})")
    Path db;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, csv, tsv or json (default: ${DEFAULT-VALUE}); graphs print as Turtle, or JSON-LD with json")
    ResultFormat format;

    @Option(names = "--queries", paramLabel = "DIR", defaultValue = "queries", description = "the named queries' folder (default: ${DEFAULT-VALUE})")
    Path queries;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        QueryLibrary library = new QueryLibrary(queries);
        if (query == null) {
            library.all().forEach(q -> out.println(q.name() + "  " + q.title().orElse("") + q.titleZh().map(t -> " / " + t).orElse("")));
            return 0;
        }
        NamedQuery named = library.resolve(query);
        // parsed before the store is opened: a query that does not parse leaves the store untouched
        Query parsed = QueryRunner.parse(named);
        ByteArrayOutputStream results = new ByteArrayOutputStream();
        try (Store store = Store.open(new StoreFolder(db))) {
            QueryRunner.run(parsed, store.dataset(), format, results);
        }
        out.print(results.toString(StandardCharsets.UTF_8));
        out.flush();
        return 0;
    }
}
