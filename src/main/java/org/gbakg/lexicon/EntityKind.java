package org.gbakg.lexicon;

import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.gbakg.rdf.Vocab;

/** The kinds of thing the loader tells apart, each with the contract's class for it. */
public enum EntityKind {
    PERSON("http://xmlns.com/foaf/0.1/Person", "person"),
    BODY(Vocab.ORG + "Organization", "body"),
    REGION(Vocab.GBA + "Region", "region"),
    PLATFORM(Vocab.GBA + "CooperationPlatform", "platform"),
    PARK(Vocab.GBA + "Park", "park"),
    ZONE(Vocab.GBA + "Zone", "zone"),
    PROJECT(Vocab.GBA + "Project", "project"),
    STRATEGY(Vocab.GBA + "Strategy", "strategy"),
    DOCUMENT(Vocab.GBA + "PolicyDocument", "document"),
    EVENT(Vocab.GBA + "Event", "event"),
    FOCUS_AREA(Vocab.GBA + "FocusArea", "focus"),
    ROLE(Vocab.ORG + "Role", "role"),
    /** A post the text names without its holder (香港特別行政區行政長官). */
    POST(Vocab.ORG + "Post", "post"),
    /** A group the text names by what its members are (區域重大戰略, 粵港澳重大合作平台). */
    COLLECTION("http://www.w3.org/2004/02/skos/core#Collection", "collection");

    private final Node type;
    private final String slugPrefix;

    EntityKind(String type, String slugPrefix) {
        this.type = NodeFactory.createURI(type);
        this.slugPrefix = slugPrefix;
    }

    /** The contract's class for this kind. */
    public Node type() {
        return type;
    }

    /** The {kind} segment of an instance IRI: {@code id/{kind}/{slug}}. */
    public String slugPrefix() {
        return slugPrefix;
    }

    public static Optional<EntityKind> ofType(Node type) {
        for (EntityKind k : values()) {
            if (k.type.equals(type)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /** Places where things are and that things are part of. */
    public boolean isPlace() {
        return this == PLATFORM || this == PARK || this == ZONE || this == REGION;
    }

    /** Things that can be counted, measured or given a target. */
    public boolean isThing() {
        return this == PLATFORM || this == PARK || this == ZONE || this == PROJECT || this == EVENT;
    }
}
