package org.gbakg.export;

import java.util.Optional;
import java.util.Set;
import org.gbakg.UserError;
import org.gbakg.rdf.Vocab;

/**
 * What part of the graph to draw and how to label it.
 *
 * @param language     the language of labels (with fallbacks)
 * @param classes      keep only entities of these classes or their subclasses (empty: all)
 * @param properties   keep only edges of these properties (empty: all)
 * @param around       keep only the neighbourhood of this entity ...
 * @param depth        ... up to this many edges away (either direction)
 * @param instanceBase the namespace of entity IRIs
 */
public record EntityGraphOptions(LabelLanguage language, Set<String> classes, Set<String> properties,
                                 Optional<String> around, int depth, String instanceBase) {
    public EntityGraphOptions {
        classes = Set.copyOf(classes);
        properties = Set.copyOf(properties);
        if (depth < 0) {
            throw new UserError("depth " + depth + " is not valid: it must be 0 or more");
        }
    }

    /** Everything, labelled in Traditional Chinese. */
    public static EntityGraphOptions all() {
        return new EntityGraphOptions(LabelLanguage.ZH_HANT, Set.of(), Set.of(), Optional.empty(), 1, Vocab.ID);
    }

    public EntityGraphOptions withLanguage(LabelLanguage l) {
        return new EntityGraphOptions(l, classes, properties, around, depth, instanceBase);
    }

    public EntityGraphOptions withClasses(Set<String> c) {
        return new EntityGraphOptions(language, c, properties, around, depth, instanceBase);
    }

    public EntityGraphOptions withProperties(Set<String> p) {
        return new EntityGraphOptions(language, classes, p, around, depth, instanceBase);
    }

    public EntityGraphOptions around(String iri, int d) {
        return new EntityGraphOptions(language, classes, properties, Optional.of(iri), d, instanceBase);
    }

    public EntityGraphOptions withInstanceBase(String base) {
        return new EntityGraphOptions(language, classes, properties, around, depth, base);
    }
}
