package org.gbakg.lexicon;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.gbakg.rdf.Vocab;

/** Word lists of {@code ontology/lexicon/vocabulary.ttl} that the rules read, one per SKOS scheme. */
public enum Cue {
    SPEECH_VERB("SpeechVerbs"),
    ISSUE_VERB("IssueVerbs"),
    SIGN_VERB("SignVerbs"),
    SCHEME_NOUN("SchemeNouns"),
    PROVISION_NOUN("ProvisionNouns"),
    LOCATION_VERB("LocationVerbs"),
    SERVE_VERB("ServeVerbs"),
    FOCUS_VERB("FocusVerbs"),
    MERGE_VERB("MergeVerbs"),
    ATTEND_VERB("AttendVerbs"),
    EVENT_NOUN("EventNouns"),
    CLASSIFIER("Classifiers"),
    ACTION_VERB("ActionVerbs"),
    LIST_VERB("ListVerbs"),
    SURNAME("Surnames"),
    CLAUSE_VERB("ClauseVerbs");

    private final Node scheme;

    Cue(String scheme) {
        this.scheme = NodeFactory.createURI(Vocab.GBA + scheme);
    }

    public Node scheme() {
        return scheme;
    }
}
