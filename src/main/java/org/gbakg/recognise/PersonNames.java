package org.gbakg.recognise;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.gbakg.lexicon.Cue;
import org.gbakg.lexicon.EntityKind;
import org.gbakg.lexicon.Lexicon;
import org.gbakg.text.Sentence;
import org.gbakg.text.Span;

/**
 * People, found only where the text marks them: a name right after a title (市長覃偉中, 記者 海巖),
 * a name right before its title where the title needs no body (習近平總書記), a name before a verb
 * of saying that HanLP's name recogniser also reads as a name, or a name before a caption's
 * position marker (丁克（中）). Every name must start with a family name of the lexicon. Once
 * found, every other occurrence of the name in the article names the same person.
 */
final class PersonNames {
    private static final Pattern CAPTION_POSITION = Pattern.compile(Grammar.CAPTION_POSITION);
    private static final int MAX_GIVEN = 2;

    private final TextView view;
    private final Lexicon lexicon;
    private final MentionSet mentions;
    private final List<RoleMention> roles;
    private final Set<String> names = new LinkedHashSet<>();
    private final Set<Integer> roleBegins = new java.util.HashSet<>();
    private final Set<Integer> roleEnds = new java.util.HashSet<>();
    private Segment segment;

    PersonNames(TextView view, Lexicon lexicon, MentionSet mentions, List<RoleMention> roles) {
        this.view = view;
        this.lexicon = lexicon;
        this.mentions = mentions;
        this.roles = roles;
        roles.forEach(r -> {
            roleBegins.add(r.span().begin());
            roleEnds.add(r.span().end());
        });
    }

    void addAll() {
        afterTitles();
        beforeTitles();
        beforeSpeechVerbs();
        beforeCaptionMarkers();
        everyOccurrence();
    }

    private void afterTitles() {
        for (RoleMention role : roles) {
            int pos = role.span().end();
            // 記者 海巖, 記者/陳思遠: a space or a slash may stand between a title and the name
            if (pos < view.folded().length() && " /／".indexOf(view.at(pos)) >= 0) {
                pos++;
            }
            if (roleStartsAt(pos)) {
                continue; // a chain of titles: 黨組成員、秘書長林新
            }
            Optional<Span> name = readNameAt(pos).filter(this::endsAtBoundary);
            while (name.isPresent()) {
                add(name.get(), Mention.Origin.TITLE);
                // 記者 歐陽文、陳佳琪: more names after the first, each ended like a name
                int next = name.get().end();
                name = next < view.folded().length() && view.at(next) == '、'
                        ? readNameAt(next + 1).filter(this::endsAtBoundary).filter(this::closesAList) : Optional.empty();
            }
        }
    }

    /** 習近平總書記: a name before a title that implies its body, at the start of a clause. */
    private void beforeTitles() {
        for (RoleMention role : roles) {
            if (role.role().defaultBody().isEmpty() || readNameAt(role.span().end()).isPresent()) {
                continue;
            }
            for (int len = 2 + MAX_GIVEN - 1; len >= 2; len--) {
                int begin = role.span().begin() - len;
                if (begin >= 0 && view.boundaryBefore(begin) && looksLikeName(begin, role.span().begin())) {
                    add(new Span(begin, role.span().begin()), Mention.Origin.TITLE);
                    break;
                }
            }
        }
    }

    private void beforeSpeechVerbs() {
        String f = view.folded();
        for (Sentence sentence : view.article().sentences()) {
            Span s = sentence.span();
            for (int i = s.begin() + 2; i < s.end(); i++) {
                if (lexicon.cueAt(Cue.SPEECH_VERB, f, i) == 0) {
                    continue;
                }
                int end = skipBackOverAdverbs(i, s.begin());
                for (int len = 3; len >= 2; len--) {
                    int begin = end - len;
                    if (begin < s.begin() || !looksLikeName(begin, end) || !mentions.isFree(new Span(begin, end))) {
                        continue;
                    }
                    boolean bounded = begin == s.begin() || !view.isHan(begin - 1)
                            || mentions.endingAt(begin).isPresent()
                            || roleEnds.contains(begin);
                    if (bounded && hanlpReadsAsName(sentence, begin - s.begin(), end - s.begin())) {
                        add(new Span(begin, end), Mention.Origin.SPEECH);
                        break;
                    }
                }
            }
        }
    }

    private void beforeCaptionMarkers() {
        String t = view.folded(); // the marker pattern is written in folded (Simplified) script: 後 → 后
        for (int i = 2; i < t.length(); i++) {
            char c = t.charAt(i);
            if ((c == '（' || c == '(') && CAPTION_POSITION.matcher(t.subSequence(i, Math.min(t.length(), i + 5))).find()) {
                for (int len = 3; len >= 2; len--) {
                    int begin = i - len;
                    if (begin >= 0 && looksLikeName(begin, i) && mentions.isFree(new Span(begin, i))
                            && (len == 2 || !looksLikeName(begin + 1, i))) {
                        add(new Span(begin, i), Mention.Origin.CAPTION);
                        break;
                    }
                }
            }
        }
    }

    /** Every occurrence of a name already found, unless a longer name covers it. */
    private void everyOccurrence() {
        String f = view.folded();
        for (String name : names) {
            for (int i = f.indexOf(name); i >= 0; i = f.indexOf(name, i + 1)) {
                Span span = new Span(i, i + name.length());
                if (mentions.isFree(span)) {
                    mentions.add(new Mention(span, view.surface(span), person(span), Mention.Origin.KNOWN_NAME));
                }
            }
        }
    }

    /** A name in a list of names ends the list or goes on with 、: 歐陽文、陳佳琪） */
    private boolean closesAList(Span name) {
        int i = name.end();
        return i >= view.folded().length() || "、）)，, ".indexOf(view.at(i)) >= 0;
    }

    /** What follows a name is not more of a word: punctuation, a function word, a verb, a title, a date. */
    private boolean endsAtBoundary(Span name) {
        int i = name.end();
        if (i >= view.folded().length() || !view.isHan(i) || names.contains(view.folded(name))) {
            return true;
        }
        if (endsName(i, 1)) {
            return true;
        }
        return sentenceOf(name.begin())
                .filter(s -> s.span().contains(name))
                .map(s -> hanlpReadsAsName(s, name.begin() - s.span().begin(), name.end() - s.span().begin()))
                .orElse(false);
    }

    private Optional<Sentence> sentenceOf(int pos) {
        return view.article().sentenceAt(pos);
    }

    /** A name starting at {@code pos}: a family name and one or two more characters. */
    private Optional<Span> readNameAt(int pos) {
        String f = view.folded();
        for (String known : names) {
            if (f.startsWith(known, pos)) {
                return Optional.of(new Span(pos, pos + known.length()));
            }
        }
        int surname = surnameLength(pos);
        if (surname == 0) {
            return Optional.empty();
        }
        int end = pos + surname;
        while (end - pos - surname < MAX_GIVEN && view.isHan(end) && !endsName(end, end - pos - surname)) {
            end++;
        }
        if (end - pos - surname < 1) {
            return Optional.empty();
        }
        Span span = new Span(pos, end);
        return mentions.isFree(span) ? Optional.of(span) : Optional.empty();
    }

    /** Whether the name ends before {@code i}, given {@code given} characters of given name so far. */
    private boolean endsName(int i, int given) {
        if (given == 0) {
            return false;
        }
        String f = view.folded();
        if (Grammar.isFunction(f.charAt(i)) || mentions.at(i).isPresent() || roleStartsAt(i)) {
            return true;
        }
        for (Cue cue : new Cue[] {Cue.SPEECH_VERB, Cue.ATTEND_VERB, Cue.ISSUE_VERB, Cue.ACTION_VERB}) {
            if (lexicon.cueAt(cue, f, i) > 0) {
                return true;
            }
        }
        return false;
    }

    private boolean looksLikeName(int begin, int end) {
        int surname = surnameLength(begin);
        if (surname == 0 || end - begin <= surname || end - begin > surname + MAX_GIVEN) {
            return false;
        }
        for (int i = begin; i < end; i++) {
            if (!view.isHan(i) || (i > begin && Grammar.isFunction(view.at(i)))) {
                return false;
            }
        }
        return true;
    }

    private int surnameLength(int pos) {
        if (!view.isHan(pos)) {
            return 0;
        }
        if (pos + 2 <= view.folded().length() && lexicon.isCue(Cue.SURNAME, view.folded().substring(pos, pos + 2))) {
            return 2;
        }
        return lexicon.isCue(Cue.SURNAME, view.folded().substring(pos, pos + 1)) ? 1 : 0;
    }

    private boolean roleStartsAt(int pos) {
        return roleBegins.contains(pos);
    }

    private int skipBackOverAdverbs(int i, int limit) {
        String f = view.folded();
        boolean moved = true;
        while (moved) {
            moved = false;
            for (String adverb : Grammar.ADVERBS) {
                if (i - adverb.length() >= limit && f.startsWith(adverb, i - adverb.length())) {
                    i -= adverb.length();
                    moved = true;
                }
            }
            // 5日 / 9月5日 and 在…上 between a name and its verb
            int j = i;
            if (j - 1 >= limit && f.charAt(j - 1) == '上') {
                int at = f.lastIndexOf('在', j - 1);
                if (at >= limit && j - at <= 20) {
                    j = at;
                }
            }
            if (j - 1 >= limit && f.charAt(j - 1) == '日') {
                int k = j - 1;
                while (k - 1 >= limit && (Character.isDigit(f.charAt(k - 1)) || f.charAt(k - 1) == '月')) {
                    k--;
                }
                if (k < j - 1) {
                    j = k;
                }
            }
            if (j != i) {
                i = j;
                moved = true;
            }
        }
        return i;
    }

    /** HanLP's name recogniser, run on this one sentence only when a rule needs a second opinion. */
    private boolean hanlpReadsAsName(Sentence sentence, int begin, int end) {
        if (segment == null) {
            segment = HanLP.newSegment().enableNameRecognize(true).enableOrganizationRecognize(false)
                    .enablePlaceRecognize(false);
        }
        // a window around the candidate is context enough, and keeps the segmenter off long sentences
        int from = Math.max(0, begin - 8);
        int to = Math.min(sentence.span().length(), end + 6);
        String simplified = view.folded().substring(sentence.span().begin() + from, sentence.span().begin() + to);
        begin -= from;
        end -= from;
        int offset = 0;
        for (Term term : segment.seg(simplified)) {
            int termEnd = offset + term.word.length();
            if (term.nature != null && term.nature.startsWith("nr") && offset <= begin && termEnd >= end - 1
                    && offset >= begin - 1) {
                return true;
            }
            offset = termEnd;
        }
        return false;
    }

    private void add(Span span, Mention.Origin origin) {
        if (mentions.add(new Mention(span, view.surface(span), person(span), origin))) {
            names.add(view.folded(span));
        }
    }

    private EntityRef person(Span span) {
        return EntityRef.found(EntityKind.PERSON, EntityKind.PERSON.type(), view.surface(span));
    }
}
