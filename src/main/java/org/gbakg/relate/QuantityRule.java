package org.gbakg.relate;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gbakg.lexicon.Cue;
import org.gbakg.lexicon.EntityKind;
import org.gbakg.lexicon.Scripts;
import org.gbakg.lexicon.Unit;
import org.gbakg.recognise.EntityRef;
import org.gbakg.recognise.Mention;
import org.gbakg.rdf.Vocab;
import org.gbakg.text.Sentence;
import org.gbakg.text.Span;

/**
 * Areas, counts and percentages, and targets when a year is set for them (到2025年…20個以上).
 * Numbers are Arabic or Chinese, multiplied by 萬 and 億; a unit of the lexicon or a measure
 * word must follow. The subject is the name right before the number (橫琴的106平方公里,
 * 打造深港高水平科研合作平台20個以上), else what the sentence or its paragraph is about.
 */
final class QuantityRule implements Rule {
    private static final Pattern NUMBER = Pattern.compile(
            "(约|大约|逾|超过|不少于|不低于|至少|突破|近|达|合共|约为)?\\s?([0-9][0-9,]*(?:\\.[0-9]+)?|[零〇一二两三四五六七八九十百千]+)\\s?(万|亿)?\\s?");
    private static final Pattern YEAR = Pattern.compile("(到|至|由|于|在)?(20\\d\\d|19\\d\\d|二[〇零][一二三四五六七八九〇零][一二三四五六七八九〇零])年(或之前|前|底|年底)?");
    private static final Pattern PERCENT = Pattern.compile("^(%|％)");
    private static final Pattern SHARE = Pattern.compile(
            "(约|大约|逾|超过|近|达)?(?:占|为)?(?:([一二两三四五六七八九])成([一二三四五六七八九])?(?![员立功为本果效绩])"
                    + "|百分之([零一二两三四五六七八九十百]+)|([一二三四五六七八九十百千]+)分之([一二三四五六七八九十]+))");
    private static final Unit COUNT = new Unit(Vocab.UNIT_COUNT, "個", Double.NaN);
    private static final Unit PERCENT_UNIT = new Unit(Vocab.UNIT_PERCENT, "%", Double.NaN);
    private static final int MIN_NOUN_AFTER = 4;
    /** How far after a count of people the verb of attending may come (約300人共同參加). */
    private static final int ATTEND_REACH = 4;
    /** Characters a quantity can start with besides digits: numerals, qualifiers, 占/為, 百分之. */
    private static final String STARTS = "零〇一二两三四五六七八九十百千约大逾超近达合占为不至突";
    private static final String CURRENCY = "http://qudt.org/vocab/currency/";
    /** Verbs by which a document sets a target: 提出到2027年…, 明確到2027年…. */
    private static final String[] TARGET_VERBS = {"提出", "明确", "要求", "提到"};
    /** Words of a change against an earlier time: 較去年同期增加, 按年增長, 同比上升. */
    private static final String[] CHANGE_WORDS = {"较", "按年", "同比", "环比", "比去年", "增长", "增加", "上升", "下降", "减少", "提高"};

    @Override
    public void apply(Context ctx, List<Fact> out) {
        String f = ctx.view.folded();
        Matcher m = NUMBER.matcher(f);
        Matcher share = SHARE.matcher(f);
        for (Sentence s : ctx.sentences()) {
            int end = s.span().end();
            Optional<EntityRef> previous = Optional.empty(); // the subject of the sentence's figure before
            // the patterns are tried only where a number or a qualifier can start: trying a regular
            // expression at every character of a long article costs more than all the rest of the rule
            for (int i = s.span().begin(); i < end; i++) {
                char c = f.charAt(i);
                if (Character.isDigit(c) || STARTS.indexOf(c) >= 0) {
                    Optional<Fact> fact = Optional.empty();
                    int next = i;
                    if (share.region(i, end).lookingAt()) {
                        fact = readShare(ctx, s, share, previous);
                        next = share.end() - 1;
                    }
                    if (fact.isEmpty() && m.region(i, end).lookingAt()) {
                        fact = read(ctx, s, m, previous);
                        next = m.end() - 1;
                    }
                    if (fact.isPresent()) {
                        out.add(fact.get());
                        previous = Optional.of(fact.get() instanceof Fact.Measure measure ? measure.subject()
                                : ((Fact.Target) fact.get()).subject());
                        i = Math.max(i, next);
                    }
                }
            }
        }
    }

    /** 三成 (30%), 兩成三 (23%), 百分之十五, 十分之一: shares in words are percentages. */
    private Optional<Fact> readShare(Context ctx, Sentence s, Matcher m, Optional<EntityRef> previous) {
        double percent;
        if (m.group(2) != null) {
            percent = Numbers.parse(m.group(2)).orElse(-1) * 10 + (m.group(3) == null ? 0 : Numbers.parse(m.group(3)).orElse(0));
        } else if (m.group(4) != null) {
            percent = Numbers.parse(m.group(4)).orElse(-1);
        } else {
            double whole = Numbers.parse(m.group(5)).orElse(0);
            percent = whole == 0 ? -1 : 100 * Numbers.parse(m.group(6)).orElse(0) / whole;
        }
        if (percent <= 0 || percent > 100) {
            return Optional.empty();
        }
        String comparator = comparator(m.group(1), ctx.folded(m.end(), Math.min(m.end() + 2, s.span().end())));
        Span span = new Span(m.start(), m.end());
        Quantity q = new Quantity(percent, PERCENT_UNIT, comparator, year(ctx, s, m.start()), span, ctx.view.surface(span));
        return subject(ctx, s, m.start(), m.end(), PERCENT_UNIT, q.year().isPresent(), previous)
                .map(subject -> q.year().isPresent() ? new Fact.Target(subject, q, s)
                        : new Fact.Measure(subject, Vocab.gba("quantity"), q, s));
    }

    private Optional<Fact> read(Context ctx, Sentence s, Matcher m, Optional<EntityRef> previous) {
        String f = ctx.view.folded();
        int numberBegin = m.start(2);
        char before = numberBegin > 0 ? f.charAt(numberBegin - 1) : ' ';
        if (before == '第' || Character.isDigit(before) || before == '.' || before == ',') {
            return Optional.empty();
        }
        String numeral = m.group(2);
        boolean chinese = !Character.isDigit(numeral.charAt(0));
        Optional<Mention> inside = ctx.mentionCovering(numberBegin);
        if (inside.isPresent()) {
            // a number inside a name is part of it (第二十五次會議), except the count a group's name gives (四大平台)
            return inside.filter(group -> group.entity().kind() == EntityKind.COLLECTION && group.begin() == numberBegin)
                    .flatMap(group -> Numbers.parse(numeral).stream().boxed().findFirst()
                            .map(n -> groupSize(ctx, s, group, n, new Span(numberBegin, m.end(2)))));
        }
        if (chinese && (numeral.equals("一") || numeral.equals("十"))) {
            return Optional.empty();
        }
        OptionalDouble parsed = Numbers.parse(numeral);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        double value = parsed.getAsDouble() * (m.group(3) == null ? 1 : Numbers.multiplier(m.group(3).charAt(0)));
        int at = m.end();
        Unit unit;
        int unitLength;
        Optional<Map.Entry<Unit, Integer>> area = ctx.lexicon.unitAt(f, at);
        int classifier = ctx.lexicon.cueAt(Cue.CLASSIFIER, f, at);
        if (area.isPresent() && (area.get().getKey().isArea() || isCurrency(area.get().getKey()))) {
            unit = area.get().getKey();
            unitLength = area.get().getValue();
        } else if (PERCENT.matcher(f.substring(at, Math.min(at + 1, f.length()))).find()) {
            unit = PERCENT_UNIT;
            unitLength = 1;
        } else if (classifier > 0 && !chinese || classifier > 0 && Numbers.CHINESE_DIGITS.indexOf(numeral.charAt(0)) >= 0) {
            unit = COUNT;
            unitLength = classifier;
        } else {
            return Optional.empty();
        }
        int end = at + unitLength;
        String comparator = comparator(m.group(1), f.substring(end, Math.min(end + 2, s.span().end())));
        if (comparator.endsWith("=") && f.startsWith("以上", end) || f.startsWith("以下", end)) {
            end += 2;
        }
        Optional<Integer> year = year(ctx, s, numberBegin);
        Span span = new Span(m.start(), end);
        Quantity q = new Quantity(value, unit, comparator, year, span, ctx.view.surface(span).strip());
        Optional<EntityRef> subject = subject(ctx, s, m.start(), end, unit, year.isPresent(), previous);
        if (subject.isEmpty()) {
            return Optional.empty();
        }
        if (year.isPresent()) {
            return Optional.of(new Fact.Target(subject.get(), q, s));
        }
        return Optional.of(new Fact.Measure(subject.get(), Vocab.gba(unit.isArea() ? "area" : "quantity"), q, s));
    }

    private static Fact groupSize(Context ctx, Sentence s, Mention group, double members, Span span) {
        Quantity q = new Quantity(members, COUNT, "=", Optional.empty(), span, ctx.view.surface(span));
        return new Fact.Measure(ctx.resolve(group), Vocab.gba("quantity"), q, s);
    }

    private static boolean isCurrency(Unit unit) {
        return unit.iri().getURI().startsWith(CURRENCY);
    }

    private static String comparator(String prefix, String after) {
        if (after.startsWith("以上")) {
            return ">=";
        }
        if (after.startsWith("以下")) {
            return "<=";
        }
        if (after.startsWith("左右") || after.startsWith("多")) {
            return after.startsWith("多") ? ">" : "~";
        }
        if (prefix == null) {
            return "=";
        }
        return switch (prefix) {
            case "约", "大约", "近", "约为" -> "~";
            case "逾", "超过", "突破" -> ">";
            case "不少于", "不低于", "至少" -> ">=";
            default -> "=";
        };
    }

    /** The year a target is set for: 到2025年 before the number, or 由2024年 after it. */
    private Optional<Integer> year(Context ctx, Sentence s, int numberBegin) {
        String before = ctx.folded(s.span().begin(), numberBegin);
        Matcher y = YEAR.matcher(before);
        Integer found = null;
        while (y.find()) {
            if (isTargetYear(y) && !startsName(ctx, y, s.span().begin())) {
                found = yearValue(y.group(2));
            }
        }
        if (found == null) {
            Matcher after = YEAR.matcher(ctx.folded(numberBegin, s.span().end()));
            while (found == null && after.find()) {
                if (isTargetYear(after) && !startsName(ctx, after, numberBegin)) {
                    found = yearValue(after.group(2));
                }
            }
        }
        return Optional.ofNullable(found);
    }

    /** 2025年前海法院: the 前 after a year that opens a name is no "before". */
    private static boolean startsName(Context ctx, Matcher y, int offset) {
        return y.group(1) == null && y.group(3) != null && ctx.mentionCovering(offset + y.start(3)).isPresent();
    }

    /** 到2025年, 由2024年, 二〇二七年或之前: a year things are to be done by, not a date. */
    private static boolean isTargetYear(Matcher y) {
        return y.group(1) != null && !y.group(1).equals("在") && !y.group(1).equals("于") || y.group(3) != null;
    }

    /** 2025 or 二〇二五. */
    private static int yearValue(String digits) {
        StringBuilder out = new StringBuilder();
        for (char c : digits.toCharArray()) {
            out.append(Character.isDigit(c) ? c : (char) ('0' + "〇一二三四五六七八九".indexOf(c == '零' ? '〇' : c)));
        }
        return Integer.parseInt(out.toString());
    }

    private Optional<EntityRef> subject(Context ctx, Sentence s, int begin, int end, Unit unit, boolean target,
            Optional<EntityRef> previous) {
        String f = ctx.view.folded();
        // …企業56家，按年增加近三成: a change in a clause of its own is of the figure before it
        if (end < s.span().end() && f.charAt(end) == '的') {
            // 佔地約三百公頃的新田科技城: the figure describes the name right after it
            Optional<Mention> described = ctx.firstAfter(s, end + 1).filter(m -> m.begin() == end + 1
                    && (m.entity().kind().isPlace() || m.entity().kind() == EntityKind.PROJECT));
            if (described.isPresent()) {
                return Optional.of(ctx.resolve(described.get()));
            }
        }
        if (unit == COUNT) {
            // 與區內3所高校及10家企業共建產學研中心: the partners counted are those of what they build together
            Span rest = ctx.clause(s, end);
            int together = Phrases.indexWithin(f, "共建", end, rest.end());
            if (together >= 0) {
                Optional<Mention> built = ctx.firstAfter(s, together + 2).filter(m -> m.begin() == together + 2);
                if (built.isPresent()) {
                    return Optional.of(ctx.resolve(built.get()));
                }
            }
        }
        if (unit == COUNT && attendsAfter(ctx, s, end)) {
            // 金融機構代表約300人參加: the people counted attended the event in question
            Optional<EntityRef> event = ctx.eventInDiscourse(s, begin);
            if (event.isPresent()) {
                return event;
            }
        }
        Span clause = ctx.clause(s, begin);
        boolean namesNothing = ctx.mentions(s).stream().noneMatch(m -> m.begin() >= clause.begin() && m.end() <= begin);
        if (unit == PERCENT_UNIT && previous.isPresent() && namesNothing && comparesToBefore(ctx.folded(clause.begin(), begin))) {
            return previous;
        }
        int qualified = Phrases.skipQualifiersBack(ctx, begin, s.span().begin());
        int np = unit.isArea() ? Phrases.skipMeasureNounBack(ctx, qualified, s.span().begin()) : qualified;
        // 橫琴的106平方公里 / 港深創科園第一期的首三座
        if (np > s.span().begin() && f.charAt(np - 1) == '的') {
            Optional<Mention> owner = ctx.lastBefore(s, np - 1);
            if (owner.isPresent()) {
                EntityRef e = Phrases.withPhase(ctx, owner.get(), s);
                String between = ctx.view.text().substring(owner.get().end(), np - 1);
                if (owner.get().end() == np - 1 || !e.sameAs(ctx.resolve(owner.get())) && between.matches(".*第.+期")) {
                    return Optional.of(e);
                }
            }
        }
        Optional<Mention> adjacent = ctx.mentions(s).stream().filter(m -> m.end() == np).findFirst();
        boolean adjacentIsPlace = adjacent.filter(m -> m.entity().known().isPresent() || m.entity().kind().isPlace()).isPresent();
        boolean endsList = adjacent.filter(m -> m.begin() > 0 && f.charAt(m.begin() - 1) == '、').isPresent();
        if (endsList && unit == COUNT) {
            // 由南沙灣、慶盛樞紐、南沙樞紐三個區塊組成: the count of a list is the whole's
            Optional<EntityRef> whole = Phrases.carriedSubject(ctx, s, adjacent.get().begin());
            if (whole.isPresent()) {
                return whole;
            }
        }
        if (adjacent.isPresent() && adjacent.get().entity().kind() != EntityKind.PERSON && (adjacentIsPlace || unit.isArea())) {
            return Optional.of(ctx.resolve(adjacent.get()));
        }
        // an area is of the thing the sentence is about, even in a clause without a subject (…，佔地約32公頃)
        Optional<EntityRef> clauseSubject = unit.isArea() ? Phrases.carriedSubject(ctx, s, begin) : Phrases.clauseSubject(ctx, s, begin);
        if (clauseSubject.isPresent()) {
            return clauseSubject;
        }
        // 南沙累計落戶港澳資企業超過3200家, 南沙將建成各類創新研發平台10個以上: a count or target
        // in a sentence about a platform, park or zone is that place's
        Optional<Mention> place = ctx.mentions(s).stream()
                .filter(m -> m.end() <= begin && (m.entity().kind() == EntityKind.PLATFORM || m.entity().kind() == EntityKind.PARK
                        || m.entity().kind() == EntityKind.ZONE))
                .filter(m -> !Phrases.isWhereAnotherIs(ctx, m)) // 中心將設在慶盛樞紐，…可容納約80家: the centre's figure
                .findFirst();
        if (!unit.isArea() && place.isPresent()) {
            return Optional.of(Phrases.withPhase(ctx, place.get(), s));
        }
        if (adjacent.isPresent() && adjacent.get().entity().kind() != EntityKind.PERSON) {
            return Optional.of(ctx.resolve(adjacent.get()));
        }
        String noun = Phrases.nounBefore(ctx, np, s.span().begin());
        String counted = Phrases.nounAfter(ctx, end, s.span().end(), 12);
        boolean countsFacility = ctx.lexicon.suffixOf(counted).filter(sf -> sf.kind() != EntityKind.BODY).isPresent();
        if (target && !countsFacility && setsTarget(ctx.folded(clause.begin(), begin))) {
            // 《措施》明確到2027年吸引港澳青年…不少於3000人次: a target a document sets is the document's
            Optional<EntityRef> document = documentBefore(ctx, s, begin);
            if (document.isPresent()) {
                return document;
            }
        }
        if (target && noun.length() >= 2 && Phrases.endsVerb(ctx, np - noun.length())) {
            String surface = ctx.view.text().substring(np - noun.length(), np);
            return Optional.of(EntityRef.found(EntityKind.PROJECT, EntityKind.PROJECT.type(), surface));
        }
        if (!unit.isArea() && unit != PERCENT_UNIT) {
            if (ctx.lexicon.cueEndingAt(Cue.PROVISION_NOUN, counted, counted.length()) > 0) {
                // 出台《…若干措施》，推出22項政策: the provisions counted are the document's
                Optional<EntityRef> document = documentBefore(ctx, s, begin);
                if (document.isPresent()) {
                    return document;
                }
            }
            if (counted.length() >= MIN_NOUN_AFTER) {
                Optional<EntityRef> named = namedEnding(ctx, counted);
                if (named.isPresent()) {
                    return named;
                }
            }
            boolean nounIsName = ctx.mentions(s).stream().anyMatch(m -> m.end() == np);
            if (target && counted.length() >= 2 && !nounIsName && countsFacility) {
                // 引進10個以上創新研發平台: the target is for the thing counted
                String surface = ctx.view.text().substring(end, end + counted.length());
                return Optional.of(EntityRef.found(EntityKind.PROJECT, EntityKind.PROJECT.type(), surface));
            }
            Optional<Mention> before = ctx.lastBefore(s, begin, EntityKind.PLATFORM, EntityKind.PARK, EntityKind.ZONE,
                    EntityKind.PROJECT, EntityKind.EVENT).filter(m -> !Phrases.isWhereAnotherIs(ctx, m));
            if (before.isPresent()) {
                return Optional.of(Phrases.withPhase(ctx, before.get(), s));
            }
            Optional<EntityRef> carried = Phrases.carriedSubject(ctx, s, begin);
            if (carried.isPresent()) {
                return carried;
            }
            boolean countsPlaces = ctx.lexicon.suffixOf("x" + counted).filter(sf -> sf.kind().isPlace()).isPresent();
            // 香港科技園公司已收到超過120宗查詢: else the body the sentence names;
            // 其餘五座會在二〇二七年或之前完成: a sentence that names nothing counts for the one before
            return countsPlaces ? ctx.topic(s) : ctx.topic(s)
                    .or(() -> ctx.lastBefore(s, begin, EntityKind.BODY).map(ctx::resolve))
                    .or(() -> ctx.previousSubject(s))
                    .or(() -> lastThingInParagraph(ctx, s)); // 參與院舍目前共有十二間: the scheme named before
        }
        return Phrases.placeBefore(ctx, s, begin).or(() -> ctx.topic(s)).or(() -> Phrases.subjectOf(ctx, s))
                .or(() -> ctx.previousSubject(s));
    }

    private static Optional<EntityRef> documentBefore(Context ctx, Sentence s, int begin) {
        return ctx.lastInParagraph(s, begin, EntityKind.DOCUMENT).map(ctx::resolve);
    }

    private static Optional<EntityRef> lastThingInParagraph(Context ctx, Sentence s) {
        for (EntityKind kind : new EntityKind[] {EntityKind.PROJECT, EntityKind.PARK, EntityKind.ZONE, EntityKind.PLATFORM}) {
            Optional<Mention> thing = ctx.lastInParagraph(s, s.span().begin(), kind);
            if (thing.isPresent()) {
                return thing.map(ctx::resolve);
            }
        }
        return Optional.empty();
    }

    private static boolean setsTarget(String clauseStart) {
        for (String verb : TARGET_VERBS) {
            if (clauseStart.contains(verb)) {
                return true;
            }
        }
        return false;
    }

    private static boolean attendsAfter(Context ctx, Sentence s, int end) {
        String f = ctx.view.folded();
        for (int at = end; at <= Math.min(end + ATTEND_REACH, s.span().end() - 1); at++) {
            if (ctx.lexicon.cueAt(Cue.ATTEND_VERB, f, at) > 0) {
                return true;
            }
            if ("，。；".indexOf(f.charAt(at)) >= 0) {
                return false;
            }
        }
        return false;
    }

    private static boolean comparesToBefore(String clauseStart) {
        for (String word : CHANGE_WORDS) {
            if (clauseStart.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** An entity of the article whose name contains the counted noun (四個重大合作平台 → …重大合作平台體系). */
    private Optional<EntityRef> namedEnding(Context ctx, String counted) {
        for (int len = counted.length(); len >= MIN_NOUN_AFTER; len--) {
            String head = counted.substring(0, len);
            Optional<EntityRef> hit = ctx.foldedNames().entrySet().stream()
                    .filter(e -> e.getKey().kind() != EntityKind.PERSON && e.getValue().contains(head))
                    .map(Map.Entry::getKey)
                    .max(java.util.Comparator.comparingInt((EntityRef e) -> e.name().length()));
            if (hit.isPresent()) {
                return hit;
            }
        }
        return Optional.empty();
    }
}
