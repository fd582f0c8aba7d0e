package org.gbakg.relate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DatesAndNumbersTest {
    /** A Wednesday. */
    private final Dates dates = new Dates(Optional.of(LocalDate.of(2023, 9, 6)));

    @Test
    void resolvesDatesAgainstTheArticleDate() {
        assertThat(dates.firstDay("市长5日在北京出席")).contains(LocalDate.of(2023, 9, 5));
        assertThat(dates.firstDay("9月5日，国务院新闻办公室")).contains(LocalDate.of(2023, 9, 5));
        assertThat(dates.firstDay("本周四将举行")).contains(LocalDate.of(2023, 9, 7));
        assertThat(dates.firstDay("上周三印发")).contains(LocalDate.of(2023, 8, 30));
        assertThat(dates.firstDay("昨日表示")).contains(LocalDate.of(2023, 9, 5));
        assertThat(dates.firstDay("2022年11月3日举行")).contains(LocalDate.of(2022, 11, 3));
        assertThat(dates.first("今年5月印发")).contains(new DateValue.Month(YearMonth.of(2023, 5)));
    }

    @Test
    void takesADayAfterTheArticleDateToBeInThePreviousMonth() {
        assertThat(dates.firstDay("28日举行")).contains(LocalDate.of(2023, 8, 28));
    }

    @Test
    void resolvesNothingRelativeWithoutAnArticleDate() {
        Dates undated = new Dates(Optional.empty());
        assertThat(undated.firstDay("5日在北京")).isEmpty();
        assertThat(undated.firstDay("2023年9月5日")).contains(LocalDate.of(2023, 9, 5));
    }

    @Test
    void readsChineseAndArabicNumerals() {
        assertThat(Numbers.parse("五").getAsDouble()).isEqualTo(5);
        assertThat(Numbers.parse("二十").getAsDouble()).isEqualTo(20);
        assertThat(Numbers.parse("两").getAsDouble()).isEqualTo(2);
        assertThat(Numbers.parse("一百五十").getAsDouble()).isEqualTo(150);
        assertThat(Numbers.parse("十八").getAsDouble()).isEqualTo(18);
        assertThat(Numbers.parse("1,000").getAsDouble()).isEqualTo(1000);
        assertThat(Numbers.parse("3.89").getAsDouble()).isEqualTo(3.89);
        assertThat(Numbers.parse("三点")).isEmpty();
    }
}
