package org.gbakg.recognise;

import java.util.Optional;
import org.gbakg.lexicon.Cue;
import org.gbakg.lexicon.EntityKind;
import org.gbakg.lexicon.Lexicon;
import org.gbakg.lexicon.Scripts;
import org.gbakg.lexicon.Suffix;
import org.gbakg.text.Block;
import org.gbakg.text.Span;

/**
 * Bodies, platforms, parks, projects and zones the lexicon does not know, found by the ending
 * of their name (…委員會, …辦公室, …公司, …中心, …口岸) and read leftwards to where the name
 * starts: a verb, a function word, punctuation, or a name of another kind.
 */
final class NameForms {
    private static final int MAX_NAME = 24;
    /** A body with a one-character ending is a short name: 深圳市科技創新局, 國務院港澳辦經濟司. */
    private static final int MAX_BEFORE_ONE_CHARACTER_ENDING = 9;
    /** Names with a one-character ending (部, 局, 署) must start like a body: a place or a national organ. */
    private static final String[] NATIONAL_HEADS = {"国家", "中央", "国务院", "中共", "全国", "最高"};

    private final TextView view;
    private final Lexicon lexicon;
    private final MentionSet mentions;

    private final java.util.Set<Integer> titleBegins = new java.util.HashSet<>();
    /** Where titles end: a name read leftwards stops there (議員陳思穎促請特區政府 is no name). */
    private final java.util.Set<Integer> titleEnds = new java.util.HashSet<>();
    /** Titles: an ending inside one (經濟財政司|司長) is the title's, not a name's. */
    private final java.util.TreeMap<Integer, Span> titleSpans = new java.util.TreeMap<>();

    NameForms(TextView view, Lexicon lexicon, MentionSet mentions, java.util.List<RoleMention> roles) {
        this.view = view;
        this.lexicon = lexicon;
        this.mentions = mentions;
        roles.forEach(r -> titleBegins.add(r.span().begin()));
        roles.forEach(r -> titleEnds.add(r.span().end()));
        roles.forEach(r -> titleSpans.merge(r.span().begin(), r.span(), (a, b) -> a.end() >= b.end() ? a : b));
    }

    void addAll() {
        for (Block block : view.article().blocks()) {
            Span b = block.span();
            for (int end = b.begin() + 1; end <= b.end(); end++) {
                Optional<Suffix> suffix = suffixEndingAt(end);
                if (suffix.isPresent()) {
                    nameEndingAt(b, end, suffix.get()).ifPresent(mentions::add);
                }
            }
        }
        repeated();
    }

    /**
     * A name found once by its form is a name wherever the article repeats it, even where the
     * evidence is missing (投資推廣署署長… then 投資推廣署與東莞市人民政府, with no title after it).
     */
    private void repeated() {
        String f = view.folded();
        // a name a title showed to be a body's is that body wherever else it was read as a project (和解中心)
        java.util.Map<String, Mention> bodies = new java.util.HashMap<>();
        for (Mention found : mentions.all()) {
            if (found.origin() == Mention.Origin.NAME_FORM && found.entity().kind() == EntityKind.BODY) {
                bodies.putIfAbsent(view.folded(found.span()), found);
            }
        }
        for (Mention found : mentions.all()) {
            Mention body = bodies.get(view.folded(found.span()));
            if (body != null && found.origin() == Mention.Origin.NAME_FORM && found.entity().kind() == EntityKind.PROJECT) {
                mentions.replace(new Mention(found.span(), found.surface(), body.entity(), Mention.Origin.NAME_FORM));
            }
        }
        java.util.Set<String> done = new java.util.HashSet<>();
        for (Mention found : mentions.all()) {
            if (found.origin() != Mention.Origin.NAME_FORM || found.span().length() < 3 || !done.add(view.folded(found.span()))) {
                continue;
            }
            String name = view.folded(found.span());
            for (int at = f.indexOf(name); at >= 0; at = f.indexOf(name, at + 1)) {
                Span again = new Span(at, at + name.length());
                if (mentions.isFree(again) && (!view.isHan(at - 1) || Grammar.isFunction(view.at(at - 1)))) {
                    mentions.add(new Mention(again, view.surface(again), found.entity(), Mention.Origin.NAME_FORM));
                }
            }
        }
    }

    private Optional<Suffix> suffixEndingAt(int end) {
        return lexicon.suffixEndingAt(view.folded(), end);
    }

    private Optional<Mention> nameEndingAt(Span block, int end, Suffix suffix) {
        if (insideTitle(end - suffix.folded().length(), end)) {
            return Optional.empty();
        }
        int suffixBegin = end - suffix.folded().length();
        boolean wordFollows = end < block.end() && !Grammar.isFunction(view.at(end)); // not 出入口局|等設施
        for (int k = 2; k <= 3 && wordFollows && !titleBegins.contains(end) && end + k <= block.end() && view.isHan(end + k - 1); k++) {
            int ahead = k;
            if (suffixEndingAt(end + k).filter(s -> s.folded().length() >= 2 && s.folded().length() <= ahead).isPresent()) {
                return Optional.empty(); // a longer ending follows (科學城 in 科學城片區, 園區 in 園區公司)
            }
        }
        Optional<Mention> covering = mentions.covering(end - 1);
        if (covering.isPresent() && covering.get().end() >= end
                && !(covering.get().origin() == Mention.Origin.SHORT_FORM && covering.get().end() == end)) {
            return Optional.empty();
        }
        int begin = readLeft(block, suffixBegin);
        begin = Grammar.skipDemonstrative(view.folded(), skipDemonstratives(begin, suffixBegin), suffixBegin);
        if (suffixBegin - begin < 2 || end - begin > MAX_NAME) {
            return Optional.empty();
        }
        Optional<Mention> shortForm = mentions.covering(end - 1);
        if (shortForm.isPresent() && begin >= shortForm.get().begin()) {
            return Optional.empty(); // nothing before the short form: it stays the known entity
        }
        while (begin < suffixBegin && "年月日".indexOf(view.at(begin)) >= 0 && begin > 0
                && (Character.isDigit(view.at(begin - 1)) || Grammar.NUMERALS.indexOf(view.at(begin - 1)) >= 0)) {
            begin++; // 2025年|前海法院: the date's unit is no part of the name
        }
        begin = afterBarePlaceNoun(begin, suffixBegin);
        begin = cutAtHe(begin, suffixBegin);
        Span span = new Span(begin, end);
        boolean singleCharacter = suffix.folded().length() == 1;
        boolean inList = isListSeparator(begin - 1) || isListSeparator(end) || endsList(begin);
        if (suffix.kind() == EntityKind.ZONE && singleCharacter && !inList) {
            return Optional.empty();
        }
        // 發展局局長何詠恩, 民政及青年事務局（民青局）局長, 和解中心主席: a title after the name says it is a body
        boolean titled = titleBegins.contains(end) || titleBegins.contains(afterBracket(end));
        if (singleCharacter && suffix.kind() != EntityKind.ZONE && !startsLikeBody(span) && !titled) {
            return Optional.empty();
        }
        int ownBegin = mentions.at(begin).map(Mention::end).orElse(begin); // after a leading place or body name
        if (singleCharacter && (suffixBegin - ownBegin > MAX_BEFORE_ONE_CHARACTER_ENDING
                || Grammar.endsLikeAWord(view.folded().substring(begin, end)))) {
            return Optional.empty(); // 澳門融入國家發展大局 is a clause, not a bureau
        }
        if (singleCharacter && ownBegin > begin && suffixBegin - ownBegin < 2) {
            return Optional.empty(); // 東莞市人民政府|簽署, 市人民政府|主辦: a verb after a name, not a bureau
        }
        EntityKind kind = titled && suffix.kind() == EntityKind.PROJECT ? EntityKind.BODY : suffix.kind();
        if (kind == EntityKind.ZONE && singleCharacter && followsActionVerb(begin, block)) {
            kind = EntityKind.PROJECT;
        }
        String name = view.surface(span);
        return Optional.of(new Mention(span, name,
                EntityRef.found(kind, kind == suffix.kind() ? suffix.type() : kind.type(), name), Mention.Origin.NAME_FORM));
    }

    /** Whether an ending runs across offset {@code at}: 委員|會 (a title's end inside 委員會 is no title's end). */
    private boolean insideEnding(int at) {
        for (int k = 1; k <= 2; k++) {
            int ahead = k;
            if (suffixEndingAt(at + k).filter(sf -> sf.folded().length() > ahead).isPresent()) {
                return true;
            }
        }
        return false;
    }

    private boolean insideTitle(int begin, int end) {
        // titles do not overlap, so only the one starting last at or before begin can hold the span
        var floor = titleSpans.floorEntry(begin);
        return floor != null && end <= floor.getValue().end();
    }

    /** The offset after a bracketed short name right after a name (民政及青年事務局（民青局）局長), else {@code end}. */
    private int afterBracket(int end) {
        String f = view.folded();
        if (end < f.length() && f.charAt(end) == '（') {
            int close = f.indexOf('）', end);
            if (close > end && close - end <= 10) {
                return close + 1;
            }
        }
        return end;
    }

    /** Reads leftwards from {@code from} over the characters that can belong to the name. */
    private int readLeft(Span block, int from) {
        int j = from;
        while (j > block.begin()) {
            Optional<Mention> adjacent = mentions.endingAt(j);
            if (adjacent.isPresent()) {
                EntityKind k = adjacent.get().entity().kind();
                if (k == EntityKind.BODY || k == EntityKind.REGION || k == EntityKind.PLATFORM || k == EntityKind.PARK
                        || k == EntityKind.ZONE || k == EntityKind.PROJECT || k == EntityKind.FOCUS_AREA) {
                    j = adjacent.get().begin();
                    continue;
                }
                break;
            }
            if (titleEnds.contains(j) && j < from && !insideEnding(j)) {
                break; // but 行政長官辦公室: a title right before the ending belongs to the name
            }
            char c = view.at(j - 1);
            if ((c == '—' || c == '-') && joinsPlaces(j - 1)) {
                j--; // 澳門—江門文化產業合作園: two places joined by a dash open one name
                continue;
            }
            if (!Grammar.isHan(c) || endsVerb(j) || endsQualifier(j)) {
                break;
            }
            if (Grammar.isFunctionAt(view.folded(), j - 1) && !innerConjunction(j - 1) || countsBefore(j - 1)) {
                break;
            }
            j--;
        }
        return j;
    }

    private boolean joinsPlaces(int dash) {
        return mentions.endingAt(dash).filter(m -> m.entity().kind() == EntityKind.REGION).isPresent()
                && mentions.at(dash + 1).filter(m -> m.entity().kind() == EntityKind.REGION).isPresent();
    }

    /**
     * A numeral that counts what follows (四個平台, 兩大園區, 首三季) ends a name read leftwards; one
     * that goes on a place's name into a longer one (佛山|三龍灣) does not.
     */
    private boolean countsBefore(int i) {
        if (Grammar.NUMERALS.indexOf(view.at(i)) < 0) {
            return false;
        }
        int next = i + 1;
        while (next < view.folded().length() && Grammar.NUMERALS.indexOf(view.at(next)) >= 0) {
            next++;
        }
        boolean afterName = mentions.endingAt(i).isPresent();
        return !afterName || next >= view.folded().length() || view.at(next) == '大'
                || lexicon.cueAt(Cue.CLASSIFIER, view.folded(), next) > 0 || !view.isHan(next);
    }

    /**
     * 與 and 及 (and 和, see {@link #cutAtHe}) join two nouns inside a name, unless an adverb precedes
     * them or a whole name ends before them (松山湖科學城與深圳光明科學城 are two places).
     */
    private boolean innerConjunction(int i) {
        if ((Grammar.INNER_CONJUNCTIONS.indexOf(view.at(i)) < 0 && view.at(i) != '和') || i == 0 || !view.isHan(i - 1)) {
            return false;
        }
        if (suffixEndingAt(i).filter(s -> s.folded().length() >= 2 || s.kind() == EntityKind.BODY).isPresent()) {
            return false;
        }
        String before = view.folded().substring(Math.max(0, i - 2), i);
        for (String adverb : Grammar.ADVERBS) {
            if (before.endsWith(adverb)) {
                return false;
            }
        }
        return !Grammar.isFunction(view.at(i - 1));
    }

    /**
     * 珠海市發展和改革局 is one name, 基礎設施和公共服務平台 two things: a name read over 和 keeps
     * it only if it starts like a body (a place or a national organ); else it starts after 和.
     */
    private int cutAtHe(int begin, int suffixBegin) {
        int he = view.folded().lastIndexOf('和', suffixBegin - 1);
        if (he < begin || startsLikeBody(new Span(begin, suffixBegin))) {
            return begin;
        }
        return he + 1;
    }

    /**
     * 合作區科學城片區: a place ending standing first (合作區, meaning the platform named before) is
     * not part of the name after it; the name starts after it.
     */
    private int afterBarePlaceNoun(int begin, int suffixBegin) {
        if (!view.boundaryBefore(begin) && !Grammar.isFunction(view.at(begin - 1))) {
            return begin;
        }
        for (Suffix s : lexicon.suffixes()) {
            int len = s.folded().length();
            if (len >= 2 && s.kind().isPlace() && view.folded().startsWith(s.folded(), begin) && suffixBegin - (begin + len) >= 2) {
                return begin + len;
            }
        }
        return begin;
    }

    /**
     * 10個以上創新研發平台, 建成10個創新研發平台, 各類平台: the name starts after 以上 / 以下 / 左右,
     * or after a measure word that follows a number.
     */
    private boolean endsQualifier(int j) {
        String f = view.folded();
        if (j >= 2 && (f.startsWith("以上", j - 2) || f.startsWith("以下", j - 2) || f.startsWith("左右", j - 2))) {
            return true;
        }
        int classifier = lexicon.cueEndingAt(Cue.CLASSIFIER, f, j);
        if (classifier == 0 || j - classifier < 1) {
            return false;
        }
        char before = f.charAt(j - classifier - 1);
        return Character.isDigit(before) || Grammar.NUMERALS.indexOf(before) >= 0 || before == '各' || before == '首';
    }

    private boolean endsVerb(int j) {
        // not the serve verbs: 綜合服務中心 and 公共服務平台 are names
        for (Cue cue : new Cue[] {Cue.ACTION_VERB, Cue.CLAUSE_VERB, Cue.LIST_VERB, Cue.ATTEND_VERB, Cue.SPEECH_VERB, Cue.ISSUE_VERB,
                Cue.LOCATION_VERB, Cue.FOCUS_VERB, Cue.MERGE_VERB}) {
            if (lexicon.cueEndingAt(cue, view.folded(), j) > 0) {
                return true;
            }
        }
        return false;
    }

    private boolean followsActionVerb(int begin, Span block) {
        int i = begin;
        // walk back over the list this item belongs to, to the verb that introduces it
        while (i > block.begin()) {
            if (lexicon.cueEndingAt(Cue.ACTION_VERB, view.folded(), i) > 0) {
                return true;
            }
            char c = view.at(i - 1);
            if ("，。；：".indexOf(c) >= 0 && c != '、') {
                return false;
            }
            i--;
        }
        return false;
    }

    private int skipDemonstratives(int begin, int limit) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String d : Grammar.DEMONSTRATIVES) {
                if (begin + d.length() <= limit && view.folded().startsWith(d, begin)
                        && mentions.at(begin).isEmpty()) {
                    begin += d.length();
                    changed = true;
                }
            }
        }
        return begin;
    }

    private boolean startsLikeBody(Span span) {
        Optional<Mention> first = mentions.at(span.begin());
        if (first.isPresent()) {
            // a region's body (深圳市科技創新局), or a government's bureau (澳門特別行政區政府文化局)
            return first.get().entity().kind() == EntityKind.REGION
                    || first.get().entity().kind() == EntityKind.BODY && (Scripts.fold(first.get().surface()).endsWith("政府")
                            || Scripts.fold(first.get().surface()).endsWith("委")); // 中共廣東省委網絡安全和信息化委員會辦公室
        }
        String folded = view.folded(span);
        for (String head : NATIONAL_HEADS) {
            if (folded.startsWith(head)) {
                return true;
            }
        }
        return false;
    }

    /** The last item of a list: 以及 X / 和 X after items separated by 、. */
    private boolean endsList(int begin) {
        String before = view.folded().substring(Math.max(0, begin - 40), begin);
        return (before.endsWith("以及") || before.endsWith("及") || before.endsWith("和"))
                && before.indexOf('、') >= 0 && before.lastIndexOf('。') < before.lastIndexOf('、');
    }

    private boolean isListSeparator(int i) {
        return i >= 0 && i < view.folded().length() && view.at(i) == '、';
    }
}
