package org.gbakg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.gbakg.testing.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreCommandsTest {
    @TempDir
    Path tmp;
    Path articles;
    Path ontology;
    Path db;

    @BeforeEach
    void setUp() {
        articles = Fixtures.copy("articles", tmp);
        ontology = Fixtures.copy("ontology-fixture", tmp);
        db = tmp.resolve("data");
    }

    @Test
    void buildsAndSaysWhat() {
        Cli cli = Cli.run("build", "--db", db.toString(), "--ontology", ontology.toString(), articles.toString());

        assertEquals(0, cli.exit(), cli.err());
        assertTrue(cli.out().startsWith("built " + db + ": 2 articles, "), cli.out());
    }

    @Test
    void ingestsAndSaysWhat() {
        Cli.run("build", "--db", db.toString(), "--ontology", ontology.toString(), articles.resolve("alpha.txt").toString());

        Cli cli = Cli.run("ingest", "--db", db.toString(), articles.resolve("beta.txt").toString());

        assertEquals(0, cli.exit(), cli.err());
        assertTrue(cli.out().startsWith("ingested 1 article into " + db + ", which now holds "), cli.out());
    }

    @Test
    void buildRefusesAFolderThatIsNotAStore() {
        Path mine = tmp.resolve("mine");
        Fixtures.write(mine.resolve("random.txt"), "keep me");
        Map<String, String> before = Fixtures.snapshot(mine);

        Cli cli = Cli.run("build", "--db", mine.toString(), "--ontology", ontology.toString(), articles.toString());

        assertEquals("kg: " + mine + ": not a TDB2 store and not empty; refusing to replace it", cli.oneLineError());
        assertEquals(before, Fixtures.snapshot(mine));
    }

    @Test
    void ingestRefusesAFolderThatIsNotAStore() {
        Path mine = tmp.resolve("mine");
        Fixtures.write(mine.resolve("random.txt"), "keep me");

        Cli cli = Cli.run("ingest", "--db", mine.toString(), articles.resolve("beta.txt").toString());

        assertEquals("kg: " + mine + ": not a TDB2 store (it holds no Data-* folder)", cli.oneLineError());
    }

    @Test
    void ingestRefusesAFile() {
        Path file = Fixtures.write(tmp.resolve("store.txt"), "x");

        Cli cli = Cli.run("ingest", "--db", file.toString(), articles.resolve("beta.txt").toString());

        assertEquals("kg: " + file + ": is a file, not a store folder", cli.oneLineError());
    }

    @Test
    void ingestRefusesAMissingStore() {
        Cli cli = Cli.run("ingest", "--db", db.toString(), articles.resolve("beta.txt").toString());

        assertEquals("kg: " + db + ": no store here; make one with: kg build --db " + db, cli.oneLineError());
    }

    @Test
    void buildFailingOnABadArticleSaysWhichInOneLine() {
        Path empty = Fixtures.write(articles.resolve("empty.txt"), "");

        Cli cli = Cli.run("build", "--db", db.toString(), "--ontology", ontology.toString(), articles.toString());

        assertEquals("kg: " + empty + ": the file is empty", cli.oneLineError());
    }
}
