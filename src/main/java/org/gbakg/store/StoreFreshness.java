package org.gbakg.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.gbakg.UserError;

/**
 * Whether a store still matches what it was built from, and if not, why, and from what to
 * rebuild it: the sources in its build record (so articles ingested later are kept), or the
 * default sources when there is no store yet.
 *
 * @param stale   true when the store must be (re)built before use
 * @param reason  one line for the user, e.g. {@code seeds/a.txt changed}
 * @param sources what to build from
 */
public record StoreFreshness(boolean stale, String reason, List<Path> sources) {

    public StoreFreshness {
        sources = List.copyOf(sources);
    }

    public static StoreFreshness check(StoreFolder folder, List<Path> defaultSources, Path ontologyDir) {
        if (!folder.exists() || folder.isEmptyFolder()) {
            return new StoreFreshness(true, "there is no store yet", defaultSources);
        }
        folder.requireStore();
        Optional<StoreManifest> recorded = StoreManifest.read(folder);
        if (recorded.isEmpty()) {
            return new StoreFreshness(false, "the store has no build record, so it is used as it is", List.of());
        }
        StoreManifest manifest = recorded.get();
        List<Path> sources = manifest.sourcePaths();
        Path ontology = ontologyDir.toAbsolutePath().normalize();
        if (!ontology.equals(manifest.ontologyDir())) {
            return new StoreFreshness(true, "it was built with the ontology in " + manifest.ontology(), sources);
        }
        List<InputFile> now;
        try {
            now = StoreManifest.fingerprint(ArticleSources.filesOf(ArticleSources.resolve(sources)), ontology);
        } catch (UserError e) {
            return new StoreFreshness(true, e.getMessage(), sources);
        }
        return firstDifference(manifest.inputs(), now)
                .map(reason -> new StoreFreshness(true, reason, sources))
                .orElse(new StoreFreshness(false, "it is up to date", sources));
    }

    private static Optional<String> firstDifference(List<InputFile> then, List<InputFile> now) {
        Map<String, String> before = then.stream().collect(Collectors.toMap(InputFile::path, InputFile::sha256, (a, b) -> a, TreeMap::new));
        Map<String, String> after = now.stream().collect(Collectors.toMap(InputFile::path, InputFile::sha256, (a, b) -> a, TreeMap::new));
        for (Map.Entry<String, String> file : after.entrySet()) {
            String old = before.get(file.getKey());
            if (old == null) {
                return Optional.of(file.getKey() + " is new");
            }
            if (!old.equals(file.getValue())) {
                return Optional.of(file.getKey() + " changed");
            }
        }
        return before.keySet().stream().filter(p -> !after.containsKey(p)).findFirst().map(p -> p + " is gone");
    }
}
