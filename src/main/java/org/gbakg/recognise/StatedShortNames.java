package org.gbakg.recognise;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gbakg.lexicon.Scripts;
import org.gbakg.text.Span;

/**
 * Short names an article gives itself: 廣州市南沙深化面向世界的粵港澳全面合作領導小組（下稱「南沙領導小組」）.
 * The short name names the same entity wherever the article uses it after that.
 */
final class StatedShortNames {
    private static final Pattern DEFINITION = Pattern.compile(
            "^[（(](?:以下)?(?:简称|下称|下称为|简称为|下同，简称)[「“\"『]?([^」”\"』）)，,]{2,16})[」”\"』]?[）)]");

    private final TextView view;
    private final MentionSet mentions;

    StatedShortNames(TextView view, MentionSet mentions) {
        this.view = view;
        this.mentions = mentions;
    }

    void addAll() {
        String f = view.folded();
        for (Mention named : mentions.all()) {
            if (named.end() >= f.length() || (f.charAt(named.end()) != '（' && f.charAt(named.end()) != '(')) {
                continue;
            }
            Matcher m = DEFINITION.matcher(f.substring(named.end(), Math.min(f.length(), named.end() + 30)));
            if (!m.find()) {
                continue;
            }
            String shortName = Scripts.fold(m.group(1));
            for (int at = f.indexOf(shortName, named.end()); at >= 0; at = f.indexOf(shortName, at + 1)) {
                Span span = new Span(at, at + shortName.length());
                Mention alias = new Mention(span, view.surface(span), named.entity(), Mention.Origin.ALIAS);
                boolean readAsAnotherName = mentions.at(at).filter(o -> o.span().equals(span)
                        && o.entity().known().isEmpty()).isPresent();
                if (readAsAnotherName) {
                    mentions.replace(alias); // the article says what the short name stands for
                } else {
                    mentions.add(alias);
                }
            }
        }
    }
}
