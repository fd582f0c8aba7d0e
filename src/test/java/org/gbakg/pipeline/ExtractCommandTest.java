package org.gbakg.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.gbakg.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code kg extract} command: its output, and its one-line errors for bad input. */
class ExtractCommandTest {
    private static final Path SEED = Path.of("seeds/000_3430000063e81d4c.txt");
    private static final Path META = Path.of("seeds/000_3430000063e81d4c.json");

    @TempDir
    Path dir;

    private record Run(int exit, String err) {}

    private Run run(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream old = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int exit = Main.run(args);
            return new Run(exit, err.toString(StandardCharsets.UTF_8).strip());
        } finally {
            System.setErr(old);
        }
    }

    private static String sortedNQuads(Path trig) {
        DatasetGraph ds = RDFDataMgr.loadDatasetGraph(trig.toString(), Lang.TRIG);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, ds, RDFFormat.NQUADS);
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().sorted().toList();
        return String.join("\n", lines);
    }

    @Test
    void writesTheSameQuadsOnEveryRun() {
        Path first = dir.resolve("a.trig");
        Path second = dir.resolve("b.trig");
        assertThat(run("extract", SEED.toString(), "--meta", META.toString(), "--out", first.toString()).exit()).isZero();
        assertThat(run("extract", SEED.toString(), "--meta", META.toString(), "--out", second.toString()).exit()).isZero();
        String quads = sortedNQuads(first);
        assertThat(quads).isNotEmpty().isEqualTo(sortedNQuads(second));
    }

    @Test
    void refusesAnEmptyFileInOneLine() throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        Run r = run("extract", empty.toString(), "--out", dir.resolve("o.trig").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("kg: " + empty + ": the file is empty");
        assertThat(dir.resolve("o.trig")).doesNotExist();
    }

    @Test
    void refusesGbkBytesInOneLine() throws IOException {
        Path gbk = Files.write(dir.resolve("gbk.txt"), "国务院印发规划。".getBytes(Charset.forName("GBK")));
        Run r = run("extract", gbk.toString(), "--out", dir.resolve("o.trig").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("kg: " + gbk + ": the file is not valid UTF-8").doesNotContain("\n");
    }

    @Test
    void refusesAMissingMetadataFileInOneLine() {
        Path missing = dir.resolve("none.json");
        Run r = run("extract", SEED.toString(), "--meta", missing.toString(), "--out", dir.resolve("o.trig").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("kg: " + missing + ": no such metadata file");
    }

    @Test
    void refusesABinaryFileInOneLine() throws IOException {
        Path bin = Files.write(dir.resolve("x.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0});
        Run r = run("extract", bin.toString(), "--out", dir.resolve("o.trig").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("kg: " + bin + ": the file is binary");
    }
}
