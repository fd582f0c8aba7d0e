package org.gbakg;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gbakg.lexicon.Scripts;
import org.gbakg.pipeline.KnowledgeGraphLoader;
import org.gbakg.pipeline.OntologyFiles;
import org.gbakg.recognise.EntityRef;
import org.gbakg.relate.Fact;
import org.gbakg.relate.Reading;
import org.gbakg.text.ArticleMeta;

/**
 * The project's loader over the project's own {@code ontology/}, built once for all tests, and
 * a plain rendering of what it reads so that tests can state expected facts in one line each.
 * Names are rendered folded to Simplified script, so one expectation serves both scripts.
 */
public final class TestLoader {
    private static KnowledgeGraphLoader loader;

    private TestLoader() {}

    public static synchronized KnowledgeGraphLoader get() {
        if (loader == null) {
            loader = KnowledgeGraphLoader.create(new OntologyFiles(Path.of("ontology")));
        }
        return loader;
    }

    public static ArticleMeta meta(String id, String date) {
        return new ArticleMeta(id, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.ofNullable(date).map(java.time.LocalDate::parse));
    }

    public static Reading read(String text) {
        return get().read(text, meta("test", "2023-09-06"));
    }

    /** Every fact of the text, one line each. */
    public static List<String> facts(String text) {
        List<String> out = new ArrayList<>();
        for (Fact f : read(text).facts()) {
            out.add(render(f));
        }
        return out;
    }

    /** The names of the people the text names. */
    public static List<String> persons(String text) {
        return read(text).mentions().stream()
                .map(Reading.ResolvedMention::entity)
                .filter(e -> e.kind() == org.gbakg.lexicon.EntityKind.PERSON)
                .map(e -> Scripts.fold(e.name()))
                .distinct().toList();
    }

    static String name(EntityRef e) {
        return Scripts.fold(e.name());
    }

    static String render(Fact f) {
        if (f instanceof Fact.Post p) {
            return "post " + name(p.person()) + " " + Scripts.fold(p.role().name()) + " " + name(p.body());
        } else if (f instanceof Fact.Office o) {
            return "office " + name(o.office()) + " in " + name(o.body());
        } else if (f instanceof Fact.Relation r) {
            return "rel " + name(r.subject()) + " " + r.property().getLocalName() + " " + name(r.object());
        } else if (f instanceof Fact.Measure m) {
            return "measure " + name(m.subject()) + " " + m.property().getLocalName() + " " + number(m.quantity().value())
                    + " " + m.quantity().unit().iri().getLocalName() + " " + m.quantity().comparator();
        } else if (f instanceof Fact.Target t) {
            return "target " + name(t.subject()) + " " + number(t.quantity().value()) + " "
                    + t.quantity().unit().iri().getLocalName() + " " + t.quantity().comparator() + " " + t.quantity().year().orElse(0);
        } else if (f instanceof Fact.Statement s) {
            return "said " + name(s.speaker()) + s.event().map(e -> " @" + name(e)).orElse("");
        } else if (f instanceof Fact.Event e) {
            return "event " + name(e.event()) + e.date().map(d -> " " + d).orElse("")
                    + e.organiser().map(o -> " by " + name(o)).orElse("");
        } else if (f instanceof Fact.Merger m) {
            return "merge " + m.originals().stream().map(TestLoader::name).toList() + " -> " + name(m.result());
        } else if (f instanceof Fact.Issue i) {
            return "issued " + name(i.document()) + " by " + name(i.issuer()) + i.date().map(d -> " " + (d instanceof
                    org.gbakg.relate.DateValue.Day day ? day.date().toString()
                    : ((org.gbakg.relate.DateValue.Month) d).month().toString())).orElse("");
        } else if (f instanceof Fact.Alias a) {
            return "alias " + name(a.entity()) + " = " + Scripts.fold(a.alias());
        }
        throw new IllegalArgumentException(f.toString());
    }

    private static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
