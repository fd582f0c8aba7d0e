package org.gbakg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.gbakg.testing.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QueryCommandTest {
    static final String ARTICLES = "# title: Articles\n# 標題: 文章\n"
            + "PREFIX gba: <https://w3id.org/gbakg/ontology#>\n"
            + "SELECT ?a WHERE { ?a a gba:SourceArticle } ORDER BY ?a\n";

    @TempDir
    Path tmp;
    Path db;
    Path queries;

    @BeforeEach
    void setUp() {
        Path articles = Fixtures.copy("articles", tmp);
        Path ontology = Fixtures.copy("ontology-fixture", tmp);
        db = tmp.resolve("data");
        assertEquals(0, Cli.run("build", "--db", db.toString(), "--ontology", ontology.toString(), articles.toString()).exit());
        queries = tmp.resolve("queries");
        Fixtures.write(queries.resolve("articles.rq"), ARTICLES);
        Fixtures.write(queries.resolve("bodies.rq"), "SELECT * WHERE { ?s ?p ?o }");
    }

    private Cli query(String... args) {
        String[] all = new String[args.length + 5];
        all[0] = "query";
        System.arraycopy(args, 0, all, 1, args.length);
        all[args.length + 1] = "--db";
        all[args.length + 2] = db.toString();
        all[args.length + 3] = "--queries";
        all[args.length + 4] = queries.toString();
        return Cli.run(all);
    }

    @Test
    void runsANamedQueryAsCsv() {
        Cli cli = query("articles", "--format", "csv");

        assertEquals(0, cli.exit(), cli.err());
        assertEquals(String.join("\r\n", "a", "https://w3id.org/gbakg/id/article/alpha", "https://w3id.org/gbakg/id/article/beta", ""),
                cli.out());
    }

    @Test
    void runsAQueryFileAsATable() {
        Path file = Fixtures.write(tmp.resolve("mine.rq"), ARTICLES);

        Cli cli = query(file.toString());

        assertEquals(0, cli.exit(), cli.err());
        assertTrue(cli.out().contains("<https://w3id.org/gbakg/id/article/beta>"), cli.out());
        assertTrue(cli.out().startsWith("-"), cli.out());
    }

    @Test
    void runsAsJson() {
        Cli cli = query("articles", "--format", "json");

        assertEquals(0, cli.exit(), cli.err());
        assertTrue(cli.out().contains("\"bindings\""), cli.out());
    }

    @Test
    void listsTheNamedQueriesWithoutAName() {
        Cli cli = query();

        assertEquals(0, cli.exit(), cli.err());
        assertEquals("articles  Articles / 文章\nbodies  \n", cli.out().replace("\r\n", "\n"));
    }

    @Test
    void anUnknownNameListsTheNamesThereAre() {
        Cli cli = query("nosuch");

        assertEquals("kg: no query named 'nosuch'; the queries are: articles, bodies", cli.oneLineError());
    }

    @Test
    void aQueryWithASyntaxErrorGivesLineAndColumnAndLeavesTheStoreUntouched() {
        Path bad = Fixtures.write(tmp.resolve("bad.rq"), "# title: broken\nSELECT ?a WHERE {\n  ?a ?b \n}\n");
        Map<String, String> before = Fixtures.snapshot(db);

        Cli cli = query(bad.toString());

        assertEquals("kg: " + bad + ":4:1: syntax error: unexpected \"}\"", cli.oneLineError());
        assertEquals(before, Fixtures.snapshot(db));
    }

    @Test
    void anUpdateIsNotAQueryAndChangesNothing() {
        Path update = Fixtures.write(tmp.resolve("update.rq"), "INSERT DATA { <urn:x:s> <urn:x:p> 1 }\n");
        Map<String, String> before = Fixtures.snapshot(db);

        Cli cli = query(update.toString());

        assertEquals("kg: " + update + ":1:1: syntax error: unexpected \"INSERT DATA\" (this is a SPARQL Update; only queries can be run)",
                cli.oneLineError());
        assertEquals(before, Fixtures.snapshot(db));
    }

    @Test
    void aLexicalErrorGivesLineAndColumnToo() {
        Path bad = Fixtures.write(tmp.resolve("lexical.rq"), "SELECT * WHERE {\n  ?s ?p \"unterminated\n}\n");

        assertTrue(query(bad.toString()).oneLineError().startsWith("kg: " + bad + ":2:"));
    }

    @Test
    void aGraphCannotBePrintedAsCsv() {
        Path construct = Fixtures.write(tmp.resolve("graph.rq"), "CONSTRUCT WHERE { ?s ?p ?o }");

        Cli cli = query(construct.toString(), "--format", "csv");

        assertEquals("kg: --format csv is for SELECT and ASK; this query gives a graph: use table (Turtle) or json (JSON-LD)",
                cli.oneLineError());
    }

    @Test
    void anUnknownFormatIsOneLine() {
        Cli cli = query("articles", "--format", "xml");

        assertTrue(cli.oneLineError().startsWith("kg: Invalid value for option '--format'"), cli.err());
    }
}
