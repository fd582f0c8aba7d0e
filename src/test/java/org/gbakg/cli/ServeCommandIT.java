package org.gbakg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;
import org.gbakg.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kg serve} failing to start, with one line and the store left as it was. */
class ServeCommandIT {
    @TempDir
    Path tmp;

    @Test
    void aPortInUseIsOneLineNamingThePort() throws IOException {
        Path articles = Fixtures.copy("articles", tmp);
        Path ontology = Fixtures.copy("ontology-fixture", tmp);
        Path db = tmp.resolve("data");
        assertEquals(0, Cli.run("build", "--db", db.toString(), "--ontology", ontology.toString(), articles.toString()).exit());

        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("0.0.0.0"))) {
            int port = taken.getLocalPort();
            Cli cli = Cli.run("serve", "--port", String.valueOf(port), "--db", db.toString(), "--ontology", ontology.toString());

            assertEquals("kg: port " + port + " is already in use; choose another with --port", cli.oneLineError());
        }
        // the store was closed again: it can be opened by the next command
        assertEquals(0, Cli.run("ingest", "--db", db.toString(), "--ontology", ontology.toString(),
                articles.resolve("beta.txt").toString()).exit());
    }

    @Test
    void aFolderThatIsNotAStoreIsOneLineAndLeftAlone() {
        Path mine = tmp.resolve("mine");
        Fixtures.write(mine.resolve("random.bin"), "keep me");
        Map<String, String> before = Fixtures.snapshot(mine);

        Cli cli = Cli.run("serve", "--port", "0", "--db", mine.toString());

        assertEquals("kg: " + mine + ": not a TDB2 store (it holds no Data-* folder)", cli.oneLineError());
        assertEquals(before, Fixtures.snapshot(mine));
    }

    @Test
    void aFileIsOneLine() {
        Path file = Fixtures.write(tmp.resolve("data"), "not a store");

        Cli cli = Cli.run("serve", "--port", "0", "--db", file.toString());

        assertEquals("kg: " + file + ": is a file, not a store folder", cli.oneLineError());
    }
}
