package org.gbakg.recognise;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gbakg.lexicon.Scripts;
import org.gbakg.text.Span;

/**
 * Short names an article gives itself: 廣州市南沙深化面向世界的粵港澳全面合作領導小組（下稱「南沙領導小組」）,
 * or 城市規劃委員會（城規會）, an abbreviation in brackets right after the name.
 * The short name names the same entity wherever the article uses it after that.
 */
final class StatedShortNames {
    private static final Pattern DEFINITION = Pattern.compile(
            "^[（(](?:以下)?(?:简称|下称|下称为|简称为|下同，简称)[「“\"『《]?([^」”\"』》）)，,]{2,16})[」”\"』》]?[）)]");

    /** 城市規劃委員會（城規會）: a bracket right after a name, holding an abbreviation of it. */
    private static final Pattern BRACKETED = Pattern.compile("^[（(](\\p{IsHan}{2,8})[）)]");

    private final TextView view;
    private final MentionSet mentions;

    StatedShortNames(TextView view, MentionSet mentions) {
        this.view = view;
        this.mentions = mentions;
    }

    void addAll() {
        String f = view.folded();
        for (Mention named : mentions.all()) {
            // a title's short name follows its closing 》 or quote: 《…白皮書》（以下簡稱「白皮書」）
            int end = named.end() < f.length() && "》」”』".indexOf(f.charAt(named.end())) >= 0 ? named.end() + 1 : named.end();
            if (end >= f.length() || (f.charAt(end) != '（' && f.charAt(end) != '(')) {
                continue;
            }
            String after = f.substring(end, Math.min(f.length(), end + 30));
            Matcher m = DEFINITION.matcher(after);
            if (!m.find()) {
                m = BRACKETED.matcher(after);
                if (!m.find() || !Abbreviation.shortens(m.group(1), view.folded(named.span()))) {
                    continue;
                }
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
