package org.gbakg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Options of {@code kg serve} that are refused before anything is built or started. */
class ServeOptionsTest {
    @TempDir
    Path tmp;

    @Test
    void refusesAnInvalidPort() {
        Cli cli = Cli.run("serve", "--port", "70000", "--db", tmp.resolve("data").toString());

        assertEquals("kg: port 70000 is not valid: use 1 to 65535, or 0 for any free port", cli.oneLineError());
    }

    @Test
    void refusesAPortThatIsNotANumber() {
        Cli cli = Cli.run("serve", "--port", "http");

        assertEquals("kg: Invalid value for option '--port': 'http' is not an int (see: kg serve --help)", cli.oneLineError());
    }

    @Test
    void refusesUpdateWithoutAPasswordFile() {
        Cli cli = Cli.run("serve", "--update", "--db", tmp.resolve("data").toString());

        assertEquals("kg: --update needs --password-file FILE (lines of 'name: password')", cli.oneLineError());
    }

    @Test
    void refusesAMissingPasswordFile() {
        Path missing = tmp.resolve("passwords");

        Cli cli = Cli.run("serve", "--update", "--password-file", missing.toString());

        assertEquals("kg: " + missing + ": no such password file", cli.oneLineError());
    }

    @Test
    void refusesAZeroTimeout() {
        Cli cli = Cli.run("serve", "--timeout", "0");

        assertEquals("kg: --timeout 0 is not valid: give a number of seconds above 0", cli.oneLineError());
    }
}
