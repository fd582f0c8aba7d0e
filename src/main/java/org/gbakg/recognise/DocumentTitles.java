package org.gbakg.recognise;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gbakg.lexicon.EntityKind;
import org.gbakg.text.Span;

/** Titles in 《》 name documents; their words name nothing else. */
final class DocumentTitles {
    private static final Pattern TITLE = Pattern.compile("《([^《》\\n]{2,80})》");

    private DocumentTitles() {}

    static void addTo(TextView view, MentionSet mentions) {
        Matcher m = TITLE.matcher(view.text());
        while (m.find()) {
            Span span = new Span(m.start(1), m.end(1));
            String name = m.group(1);
            mentions.add(new Mention(span, name,
                    EntityRef.found(EntityKind.DOCUMENT, EntityKind.DOCUMENT.type(), name), Mention.Origin.DOCUMENT));
        }
    }
}
