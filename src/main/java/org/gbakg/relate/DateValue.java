package org.gbakg.relate;

import java.time.LocalDate;
import java.time.YearMonth;

/** A date as precise as the text makes it: a day, or only a month. */
public sealed interface DateValue {
    record Day(LocalDate date) implements DateValue {}

    record Month(YearMonth month) implements DateValue {}
}
