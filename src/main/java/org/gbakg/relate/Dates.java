package org.gbakg.relate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads dates relative to the article's date: 5日, 9月5日, 2023年9月5日, 本周四, 上周三, 昨日,
 * 今年5月. Text is folded (Simplified). Without an article date only absolute dates resolve.
 */
public final class Dates {
    private static final Pattern FULL = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日");
    private static final Pattern MONTH_DAY = Pattern.compile("(?<![\\d年])(\\d{1,2})月(\\d{1,2})日");
    private static final Pattern DAY = Pattern.compile("(?<![\\d月])(\\d{1,2})日");
    private static final Pattern WEEKDAY = Pattern.compile("(本周|这周|上周|下周)([一二三四五六日天])");
    private static final Pattern RELATIVE_DAY = Pattern.compile("(昨日|昨天|今日|今天|明日|明天|前日|前天)");
    private static final Pattern YEAR_MONTH = Pattern.compile("(今年|去年|明年|(\\d{4})年)(\\d{1,2})月(?!\\d{0,2}日)");
    private static final String WEEKDAYS = "一二三四五六日天";

    private final Optional<LocalDate> articleDate;

    public Dates(Optional<LocalDate> articleDate) {
        this.articleDate = articleDate;
    }

    /** The first date the folded text states, resolved against the article's date. */
    public Optional<DateValue> first(String folded) {
        Optional<Found> best = Optional.empty();
        for (Optional<Found> f : new Optional[] {full(folded), monthDay(folded), weekday(folded), relativeDay(folded),
                yearMonth(folded), day(folded)}) {
            if (f.isPresent() && (best.isEmpty() || f.get().at < best.get().at)) {
                best = f;
            }
        }
        return best.map(Found::value);
    }

    /** The first day (not only a month) the folded text states. */
    public Optional<LocalDate> firstDay(String folded) {
        return first(folded).flatMap(d -> d instanceof DateValue.Day day ? Optional.of(day.date()) : Optional.empty());
    }

    private record Found(int at, DateValue value) {}

    private Optional<Found> full(String s) {
        Matcher m = FULL.matcher(s);
        return m.find() ? day(m.start(), Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)))
                : Optional.empty();
    }

    private Optional<Found> monthDay(String s) {
        Matcher m = MONTH_DAY.matcher(s);
        if (!m.find() || articleDate.isEmpty()) {
            return Optional.empty();
        }
        LocalDate ref = articleDate.get();
        int month = Integer.parseInt(m.group(1));
        int year = month > ref.getMonthValue() + 1 ? ref.getYear() - 1 : ref.getYear();
        return day(m.start(), year, month, Integer.parseInt(m.group(2)));
    }

    private Optional<Found> day(String s) {
        Matcher m = DAY.matcher(s);
        if (!m.find() || articleDate.isEmpty()) {
            return Optional.empty();
        }
        LocalDate ref = articleDate.get();
        int d = Integer.parseInt(m.group(1));
        YearMonth month = YearMonth.from(ref);
        if (d > ref.getDayOfMonth() + 1) {
            month = month.minusMonths(1);
        }
        return month.isValidDay(d) ? Optional.of(new Found(m.start(), new DateValue.Day(month.atDay(d)))) : Optional.empty();
    }

    private Optional<Found> weekday(String s) {
        Matcher m = WEEKDAY.matcher(s);
        if (!m.find() || articleDate.isEmpty()) {
            return Optional.empty();
        }
        int index = WEEKDAYS.indexOf(m.group(2).charAt(0));
        DayOfWeek dow = DayOfWeek.of(Math.min(index, 6) + 1);
        LocalDate monday = articleDate.get().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        int weeks = switch (m.group(1)) {
            case "上周" -> -1;
            case "下周" -> 1;
            default -> 0;
        };
        return Optional.of(new Found(m.start(), new DateValue.Day(monday.plusWeeks(weeks).plusDays(dow.getValue() - 1L))));
    }

    private Optional<Found> relativeDay(String s) {
        Matcher m = RELATIVE_DAY.matcher(s);
        if (!m.find() || articleDate.isEmpty()) {
            return Optional.empty();
        }
        int shift = switch (m.group(1)) {
            case "昨日", "昨天" -> -1;
            case "明日", "明天" -> 1;
            case "前日", "前天" -> -2;
            default -> 0;
        };
        return Optional.of(new Found(m.start(), new DateValue.Day(articleDate.get().plusDays(shift))));
    }

    private Optional<Found> yearMonth(String s) {
        Matcher m = YEAR_MONTH.matcher(s);
        if (!m.find()) {
            return Optional.empty();
        }
        int month = Integer.parseInt(m.group(3));
        if (month < 1 || month > 12) {
            return Optional.empty();
        }
        Integer year = m.group(2) != null ? Integer.valueOf(m.group(2))
                : articleDate.map(d -> d.getYear() + switch (m.group(1)) {
                    case "去年" -> -1;
                    case "明年" -> 1;
                    default -> 0;
                }).orElse(null);
        return year == null ? Optional.empty() : Optional.of(new Found(m.start(), new DateValue.Month(YearMonth.of(year, month))));
    }

    private static Optional<Found> day(int at, int year, int month, int day) {
        try {
            return Optional.of(new Found(at, new DateValue.Day(LocalDate.of(year, month, day))));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }
}
