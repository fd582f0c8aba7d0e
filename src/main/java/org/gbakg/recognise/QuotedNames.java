package org.gbakg.recognise;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gbakg.lexicon.Cue;
import org.gbakg.lexicon.EntityKind;
import org.gbakg.lexicon.Lexicon;
import org.gbakg.lexicon.Suffix;
import org.gbakg.text.Span;

/**
 * A name in quotation marks that a verb of making introduces: 設立「莞港投資服務站」, 建設一個服務港人的
 * 「港式社區」, 推動“港車北上”. News text quotes the names of new funds, stations and schemes that
 * have no telling ending; the verb says the quoted words name a thing, not a slogan (企業「出海」), and
 * nothing but a function word may follow them (推動“一區兩園”政策協同 names a policy's kind), unless
 * a word for a scheme does (「港澳藥械通」政策下, “灣區一港通”業務): that says the quote names one.
 * The name is a project, and the article's later uses of the same words name it too. A quoted name
 * with a telling ending (「廣州市南沙深化面向世界的粵港澳全面合作領導小組」) is taken whole, as that
 * ending's kind, with no verb needed.
 */
final class QuotedNames {
    private static final Pattern QUOTED = Pattern.compile("[「“\"『]([\\p{IsHan}0-9]{2,30})[」”\"』]");
    /** A longer quote without a telling ending is a slogan or a saying. */
    private static final int MAX_PROJECT_NAME = 14;
    /** How far before the quote the verb may stand: a short modifier may come between (一個服務港人的). */
    private static final int VERB_REACH = 12;
    private static final String CLAUSE_ENDS = "，。；：！？,;:!?";

    private final TextView view;
    private final Lexicon lexicon;
    private final MentionSet mentions;

    QuotedNames(TextView view, Lexicon lexicon, MentionSet mentions) {
        this.view = view;
        this.lexicon = lexicon;
        this.mentions = mentions;
    }

    void addAll() {
        String f = view.folded();
        Matcher m = QUOTED.matcher(f);
        java.util.Set<String> named = new java.util.HashSet<>();
        while (m.find()) {
            Span name = new Span(m.start(1), m.end(1));
            Optional<Suffix> ending = lexicon.suffixEndingAt(f, name.end()).filter(sf -> sf.folded().length() >= 2);
            boolean statedShortName = m.start() > 0 && "称".indexOf(f.charAt(m.start() - 1)) >= 0; // 下稱「…」: see StatedShortNames
            if (ending.isPresent() && name.length() > ending.get().folded().length() + 1 && !statedShortName) {
                // 合併為「廣州市南沙深化面向世界的粵港澳全面合作領導小組」: the quotes bound a name its ending types
                String surface = view.surface(name);
                mentions.add(new Mention(name, surface, EntityRef.found(ending.get().kind(), ending.get().type(), surface),
                        Mention.Origin.NAME_FORM));
                continue;
            }
            if (name.length() > MAX_PROJECT_NAME) {
                continue; // a long quote without a telling ending is a slogan or a saying
            }
            boolean scheme = namesScheme(m.end());
            if (!mentions.isFree(name) || !scheme && (!introducedByVerb(m.start()) || modifiesNoun(m.end()))) {
                continue;
            }
            String folded = m.group(1);
            if (!named.add(folded)) {
                continue; // every use of this name is taken already
            }
            if (lexicon.cueEndingAt(Cue.EVENT_NOUN, folded, folded.length()) > 0) {
                continue; // 舉行「港莞海空聯運合作推進會」: an event, named by its own rule
            }
            EntityRef project = EntityRef.found(EntityKind.PROJECT, EntityKind.PROJECT.type(), view.surface(name));
            for (int at = f.indexOf(folded); at >= 0; at = f.indexOf(folded, at + 1)) {
                Span use = new Span(at, at + folded.length());
                if (mentions.isFree(use)) {
                    mentions.add(new Mention(use, view.surface(use), project, Mention.Origin.NAME_FORM));
                }
            }
        }
    }

    /** 「港澳藥械通」政策, “灣區一港通”業務: a word for a scheme after the quote says it names one. */
    private boolean namesScheme(int after) {
        return lexicon.cueAt(Cue.SCHEME_NOUN, view.folded(), after) > 0;
    }

    /** 推動“一區兩園”政策協同: quoted words before a noun say what kind of policy, they name nothing. */
    private boolean modifiesNoun(int after) {
        if (!view.isHan(after) || lexicon.suffixEndingAt(view.folded(), after + 2).filter(sf -> sf.folded().length() == 2).isPresent()) {
            return false; // 「澳門新街坊」項目: the word after the quote says what kind of thing it names
        }
        char next = view.at(after);
        return !Grammar.isFunction(next) && next != '至';
    }

    private boolean introducedByVerb(int quote) {
        String f = view.folded();
        for (int end = quote; end > 0 && quote - end <= VERB_REACH; end--) {
            if (CLAUSE_ENDS.indexOf(f.charAt(end - 1)) >= 0) {
                return false;
            }
            if (lexicon.cueEndingAt(Cue.ACTION_VERB, f, end) > 0) {
                return true;
            }
        }
        return false;
    }
}
