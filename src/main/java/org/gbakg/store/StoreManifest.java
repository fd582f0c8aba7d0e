package org.gbakg.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.gbakg.UserError;
import org.gbakg.rdf.QuadFiles;

/**
 * What a store was built from, kept as {@value #FILE_NAME} in the store's folder: the files and
 * folders named to {@code build} and {@code ingest}, the ontology folder, the content digest of
 * every input file, and the ids of the articles loaded. {@code serve} compares it with the files
 * on disk to tell whether the store is stale, and rebuilds from the same sources if it is.
 *
 * @param sources  absolute paths of the files and folders given to build and ingest, in order
 * @param ontology absolute path of the ontology folder
 * @param inputs   every input file (article texts, metadata, ontology files) by content, sorted by path
 * @param articles the article ids in the store, sorted
 */
public record StoreManifest(List<String> sources, String ontology, List<InputFile> inputs, List<String> articles) {
    public static final String FILE_NAME = "gba-store.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public StoreManifest {
        sources = List.copyOf(sources);
        inputs = List.copyOf(inputs);
        articles = List.copyOf(new TreeSet<>(articles));
    }

    /** The record for a fresh build from {@code sources} and the ontology folder. */
    static StoreManifest of(List<Path> sources, Path ontologyDir, List<ArticleSource> loaded, List<String> articleIds) {
        List<String> sourcePaths = sources.stream().map(StoreManifest::absolute).toList();
        return new StoreManifest(sourcePaths, absolute(ontologyDir),
                fingerprint(ArticleSources.filesOf(loaded), ontologyDir), articleIds);
    }

    /** The same record after {@code ingested} articles were added (or replaced) in the store. */
    StoreManifest withIngested(List<Path> files, List<ArticleSource> ingested, List<String> articleIds) {
        List<String> newSources = new ArrayList<>(sources);
        files.stream().map(StoreManifest::absolute).filter(p -> !newSources.contains(p)).forEach(newSources::add);
        Map<String, InputFile> byPath = new LinkedHashMap<>();
        inputs.forEach(f -> byPath.put(f.path(), f));
        ArticleSources.filesOf(ingested).stream().map(InputFile::of).forEach(f -> byPath.put(f.path(), f));
        List<String> ids = new ArrayList<>(articles);
        ids.addAll(articleIds);
        return new StoreManifest(newSources, ontology, sorted(byPath.values()), ids);
    }

    public List<Path> sourcePaths() {
        return sources.stream().map(Path::of).toList();
    }

    public Path ontologyDir() {
        return Path.of(ontology);
    }

    /** The digests of the article files and of every file under the ontology folder. */
    static List<InputFile> fingerprint(List<Path> articleFiles, Path ontologyDir) {
        List<InputFile> files = new ArrayList<>();
        articleFiles.forEach(f -> files.add(InputFile.of(f)));
        if (Files.isDirectory(ontologyDir)) {
            try (Stream<Path> walk = Files.walk(ontologyDir)) {
                walk.filter(Files::isRegularFile).forEach(f -> files.add(InputFile.of(f)));
            } catch (IOException e) {
                throw new UserError(ontologyDir + ": cannot read the ontology folder: " + e.getMessage(), e);
            }
        }
        return sorted(files);
    }

    public static Optional<StoreManifest> read(StoreFolder folder) {
        Path file = folder.dir().resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(file.toFile(), StoreManifest.class));
        } catch (IOException e) {
            throw new UserError(file + ": the store's build record is unreadable: " + e.getMessage(), e);
        }
    }

    void write(Path storeDir) {
        QuadFiles.write(storeDir.resolve(FILE_NAME), out -> JSON.writeValue(out, this));
    }

    private static List<InputFile> sorted(Collection<InputFile> files) {
        return files.stream().sorted(Comparator.comparing(InputFile::path)).distinct().toList();
    }

    private static String absolute(Path path) {
        return path.toAbsolutePath().normalize().toString();
    }
}
