package org.gbakg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.gbakg.web.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Our exports read by independent tools: Graphviz renders the DOT file, raptor's {@code rapper}
 * parses the RDF files, networkx reads the GraphML. CI installs them (Debian packages graphviz,
 * raptor2-utils, python3-networkx); a missing tool fails the test with the package to install.
 */
class ExternalToolsIT {
    @TempDir
    Path dir;

    @Test
    void graphvizRendersTheDotExport() throws Exception {
        Path dot = export(ExportFormat.DOT, "graph.dot");
        Result r = run(tool("/usr/bin/dot", "graphviz"), "-Tsvg", dot.toString(), "-o", dir.resolve("graph.svg").toString());
        assertEquals(0, r.exit(), r.output());
        String svg = Files.readString(dir.resolve("graph.svg"), StandardCharsets.UTF_8);
        assertTrue(svg.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "the label with markup is drawn as text");
        assertEquals(EntityGraphBuilderTest.build(EntityGraphOptions.all()).nodes().size(), svg.split("class=\"node\"", -1).length - 1);
    }

    @ParameterizedTest
    @CsvSource({"TTL, turtle", "NT, ntriples", "RDFXML, rdfxml", "NQ, nquads", "TRIG, trig"})
    void rapperParsesTheRdfExports(ExportFormat format, String rapperSyntax) throws Exception {
        Path file = export(format, "all." + format.extension());
        Result r = run(tool("/usr/bin/rapper", "raptor2-utils"), "-i", rapperSyntax, "-c", file.toString());
        assertEquals(0, r.exit(), r.output());
        DatasetGraph ds = Fixture.dataset();
        long expected = Txn.calculateRead(ds, () -> format.kind() == ExportFormat.Kind.UNION
                ? DatasetContent.union(ds).size() : (long) DatasetContent.sortedQuads(ds).size());
        assertTrue(r.output().contains("returned " + expected + " "), r.output());
    }

    @Test
    void networkxReadsTheGraphMlExport() throws Exception {
        Path graphml = export(ExportFormat.GRAPHML, "graph.graphml");
        EntityGraph g = EntityGraphBuilderTest.build(EntityGraphOptions.all());
        String script = "import networkx as nx, sys\n"
                + "g = nx.read_graphml(sys.argv[1])\n"
                + "print(g.number_of_nodes(), g.number_of_edges())\n"
                + "print('\\n'.join(sorted(d['label'] for _, d in g.nodes(data=True))))\n";
        Result r = run(tool("/usr/bin/python3", "python3-networkx"), "-c", script, graphml.toString());
        assertEquals(0, r.exit(), r.output());
        assertTrue(r.output().startsWith(g.nodes().size() + " " + g.edges().size() + "\n"), r.output());
        assertTrue(r.output().contains("<script>alert(1)</script>"), "labels come back as they were: " + r.output());
    }

    private Path export(ExportFormat format, String name) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            Exporter.export(Fixture.dataset(), format, EntityGraphOptions.all(), out);
        }
        return file;
    }

    private static String tool(String path, String debianPackage) {
        if (!Files.isExecutable(Path.of(path))) {
            fail(path + " is missing: install it with apt-get install -y " + debianPackage + " (.ci/run does)");
        }
        return path;
    }

    private record Result(int exit, String output) {}

    private static Result run(String... command) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(command));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail(String.join(" ", cmd) + " did not finish in 60 s");
        }
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }
}
