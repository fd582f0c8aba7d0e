package org.gbakg.recognise;

import java.util.Optional;
import org.gbakg.lexicon.Cue;
import org.gbakg.lexicon.EntityKind;
import org.gbakg.lexicon.Lexicon;
import org.gbakg.text.Sentence;
import org.gbakg.text.Span;

/**
 * Events named by an event noun of the lexicon (發布會, 簽約儀式, 活動) and the words before it
 * back to the verb that holds or attends it (舉行, 出席, 在): 國務院新聞辦發布會,
 * 河套合作區深圳園區項目集中簽約入駐活動. A bare noun (在發布會上) is kept too; the event rules
 * resolve it to the event the article is about.
 */
final class EventNames {
    private static final java.util.regex.Pattern SESSION = java.util.regex.Pattern.compile("第[0-9一二三四五六七八九十百]+[次届]");

    private final TextView view;
    private final Lexicon lexicon;
    private final MentionSet mentions;

    EventNames(TextView view, Lexicon lexicon, MentionSet mentions) {
        this.view = view;
        this.lexicon = lexicon;
        this.mentions = mentions;
    }

    void addAll() {
        String f = view.folded();
        for (Sentence sentence : view.article().sentences()) {
            Span s = sentence.span();
            int i = s.begin();
            while (i < s.end()) {
                int len = lexicon.cueAt(Cue.EVENT_NOUN, f, i);
                if (len == 0 || mentions.covering(i).isPresent()) {
                    i++;
                    continue;
                }
                int end = i + len;
                int begin = readLeft(s, i);
                Span span = new Span(begin, end);
                String name = view.surface(span);
                mentions.add(new Mention(span, name, EntityRef.found(EntityKind.EVENT, EntityKind.EVENT.type(), name),
                        Mention.Origin.EVENT));
                i = end;
            }
        }
    }

    private int readLeft(Span sentence, int from) {
        int j = from;
        while (j > sentence.begin()) {
            Optional<Mention> adjacent = mentions.endingAt(j);
            if (adjacent.isPresent()) {
                EntityKind k = adjacent.get().entity().kind();
                boolean sessionOf = k == EntityKind.EVENT && SESSION.matcher(view.folded().substring(j, from)).matches();
                if (k == EntityKind.PERSON || k == EntityKind.EVENT && !sessionOf) {
                    break; // but 粵港合作聯席會議第二十五次會議 is one event, a session of the series
                }
                j = adjacent.get().begin();
                if (k == EntityKind.DOCUMENT && j > sentence.begin() && view.at(j - 1) == '《') {
                    j--;
                }
                continue;
            }
            char c = view.at(j - 1);
            Optional<Mention> bracketed = c == '）' ? mentions.endingAt(j - 1) : Optional.empty();
            if (bracketed.filter(p -> p.entity().kind() == EntityKind.REGION && p.begin() > sentence.begin()
                    && view.at(p.begin() - 1) == '（').isPresent()) {
                j = bracketed.get().begin() - 1; // 2025粵港澳大灣區（佛山）青年人才發展大會: the host city in brackets
                continue;
            }
            // 2024前海全球服務商大會, 國家發展改革委11月份新聞發布會: numbers belong to the name, a day (5日) does not
            boolean numberInName = Character.isDigit(c) && view.at(j) != '日';
            if (!Grammar.isHan(c) && c != '》' && !numberInName || Grammar.isFunctionAt(view.folded(), j - 1) || c == '日' || c == '上') {
                break;
            }
            if (c == '》') {
                j--;
                continue;
            }
            if (Grammar.endsHoldVerb(view.folded(), j)
                    || lexicon.cueEndingAt(Cue.ATTEND_VERB, view.folded(), j) > 0
                    || lexicon.cueEndingAt(Cue.SPEECH_VERB, view.folded(), j) > 0) {
                break;
            }
            j--;
        }
        return Grammar.skipDemonstrative(view.folded(), j, from);
    }
}
