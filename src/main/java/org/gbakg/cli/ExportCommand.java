package org.gbakg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.jena.sparql.core.DatasetGraph;
import org.gbakg.UserError;
import org.gbakg.export.EntityGraphOptions;
import org.gbakg.export.ExportFormat;
import org.gbakg.export.Exporter;
import org.gbakg.export.LabelLanguage;
import org.gbakg.rdf.QuadFiles;
import org.gbakg.store.Store;
import org.gbakg.store.StoreFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes the store's graph as RDF, or its entities as a file for a graph tool.",
            "RDF (ttl nt jsonld rdfxml: the union of all graphs; nq trig: the named graphs) is sorted and the same on every run.",
            "Graph tools (graphml gexf dot cyjs): entities as nodes, object properties between them as edges."})
final class ExportCommand implements Callable<Integer> {

    @Option(names = "--db", paramLabel = "DIR", defaultValue = "data", description = "the store's folder (default: ${DEFAULT-VALUE})")
    Path db;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", converter = FormatConverter.class,
            description = "ttl, nt, nq, trig, jsonld, rdfxml, graphml, gexf, dot or cyjs")
    ExportFormat format;

    @Option(names = "--out", paramLabel = "FILE", description = "where to write (default: standard output)")
    Path out;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "zh-Hant", converter = LanguageConverter.class,
            description = "labels in zh-Hant, zh-Hans or en, falling back to the others (default: ${DEFAULT-VALUE})")
    LabelLanguage lang;

    @Option(names = "--class", paramLabel = "IRI", arity = "1..*",
            description = "keep only entities of these classes or their subclasses (IRIs or prefixed names: foaf:Person)")
    List<String> classes = List.of();

    @Option(names = "--property", paramLabel = "IRI", arity = "1..*",
            description = "keep only edges of these properties (IRIs or prefixed names: org:holds)")
    List<String> properties = List.of();

    @Option(names = "--around", paramLabel = "IRI", description = "keep only the neighbourhood of this entity")
    String around;

    @Option(names = "--depth", paramLabel = "N", description = "how many edges away from --around to go (default: 1)")
    Integer depth;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        EntityGraphOptions options = options();
        try (Store store = Store.open(new StoreFolder(db))) {
            DatasetGraph dataset = store.dataset();
            if (out == null) {
                Exporter.export(dataset, format, options, System.out);
                System.out.flush();
            } else {
                QuadFiles.write(out, stream -> Exporter.export(dataset, format, options, stream));
            }
        }
        return 0;
    }

    private EntityGraphOptions options() {
        boolean selects = !classes.isEmpty() || !properties.isEmpty() || around != null || depth != null;
        if (format.isRdf() && selects) {
            throw new UserError("--class, --property, --around and --depth apply to the graph-tool formats "
                    + "(graphml, gexf, dot, cyjs); " + format.name().toLowerCase(Locale.ROOT) + " writes the whole graph");
        }
        if (depth != null && around == null) {
            throw new UserError("--depth needs --around IRI");
        }
        EntityGraphOptions options = EntityGraphOptions.all().withLanguage(lang)
                .withClasses(Set.copyOf(classes)).withProperties(Set.copyOf(properties));
        return Optional.ofNullable(around).map(a -> options.around(a, depth == null ? 1 : depth)).orElse(options);
    }

    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<ExportFormat> {
        @Override
        public ExportFormat convert(String value) {
            return ExportFormat.named(value);
        }
    }

    static final class LanguageConverter implements picocli.CommandLine.ITypeConverter<LabelLanguage> {
        @Override
        public LabelLanguage convert(String value) {
            return LabelLanguage.of(value);
        }
    }
}
