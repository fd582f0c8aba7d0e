package org.gbakg.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.gbakg.pipeline.ArticleGraph;
import org.gbakg.pipeline.KnowledgeGraphLoader;
import org.gbakg.pipeline.OntologyFiles;
import org.gbakg.text.ArticleMeta;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Extraction throughput: the seed article's text repeated to about 10 MB, loaded as one
 * article (everything from page normalisation to sorted quads). Divide the size by the time per
 * operation for MB/s; {@code ./bench} prints both. The lexicon is built once, outside the timing.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx6g"})
public class ExtractionBenchmark {
    @Param({"10000000"})
    public int bytes;

    private KnowledgeGraphLoader loader;
    private String text;
    private ArticleMeta meta;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        loader = KnowledgeGraphLoader.create(new OntologyFiles(Path.of("ontology")));
        String seed = Files.readString(Path.of("seeds/000_3430000063e81d4c.txt"), StandardCharsets.UTF_8);
        int seedBytes = (seed + "\n\n").getBytes(StandardCharsets.UTF_8).length;
        StringBuilder sb = new StringBuilder();
        for (long size = 0; size < bytes; size += seedBytes) {
            sb.append(seed).append("\n\n");
        }
        text = sb.toString();
        meta = new ArticleMeta("bench", Optional.empty(), Optional.of("香港文匯報"), Optional.of("zh-Hant"),
                Optional.of(java.time.LocalDate.of(2023, 9, 6)));
        System.out.printf("%nbenchmark input: %,d bytes of UTF-8 (%,d characters)%n",
                text.getBytes(StandardCharsets.UTF_8).length, text.length());
    }

    @Benchmark
    public int extractTenMegabytes() {
        ArticleGraph graph = loader.load(text, meta);
        return graph.quads().size();
    }
}
