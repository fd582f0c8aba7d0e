package org.gbakg.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.gbakg.InputProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleFilesTest {
    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    @Test
    void readsUtf8AndDropsAByteOrderMark() throws IOException {
        byte[] text = "國務院印發規劃。".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        assertThat(ArticleFiles.readText(write("a.txt", withBom))).isEqualTo("國務院印發規劃。");
    }

    @Test
    void refusesAnEmptyFile() throws IOException {
        Path f = write("empty.txt", new byte[0]);
        assertThatThrownBy(() -> ArticleFiles.readText(f)).isInstanceOf(InputProblem.class)
                .hasMessage(f + ": the file is empty");
    }

    @Test
    void refusesABinaryFile() throws IOException {
        Path f = write("b.txt", new byte[] {0x50, 0x4B, 0x03, 0x04, 0x00, 0x01});
        assertThatThrownBy(() -> ArticleFiles.readText(f)).hasMessageStartingWith(f + ": the file is binary");
    }

    @Test
    void refusesGbk() throws IOException {
        Path f = write("gbk.txt", "国务院印发规划。".getBytes(Charset.forName("GBK")));
        assertThatThrownBy(() -> ArticleFiles.readText(f)).hasMessageStartingWith(f + ": the file is not valid UTF-8");
    }

    @Test
    void refusesUtf16() throws IOException {
        Path f = write("u16.txt", "國務院印發規劃。".getBytes(StandardCharsets.UTF_16));
        assertThatThrownBy(() -> ArticleFiles.readText(f)).hasMessage(f + ": the file is UTF-16; save it as UTF-8");
    }

    @Test
    void refusesAMissingMetadataFile() {
        Path f = dir.resolve("missing.json");
        assertThatThrownBy(() -> ArticleFiles.readMeta(f, "x")).hasMessage(f + ": no such metadata file");
    }

    @Test
    void refusesMetadataThatIsNotJson() throws IOException {
        Path f = write("bad.json", "{id:".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> ArticleFiles.readMeta(f, "x")).hasMessageStartingWith(f + ": the metadata is not valid JSON");
    }

    @Test
    void readsMetadata() throws IOException {
        Path f = write("m.json", "{\"id\":\"Seed 1\",\"publisher\":\"香港文匯報\",\"published\":\"2023-09-06\"}"
                .getBytes(StandardCharsets.UTF_8));
        ArticleMeta meta = ArticleFiles.readMeta(f, "x");
        assertThat(meta.id()).isEqualTo("seed-1");
        assertThat(meta.published()).contains(LocalDate.of(2023, 9, 6));
    }

    @Test
    void takesTheDateFromAWireDatelineWhenNoMetadataGivesIt() {
        assertThat(Articles.datelineDate("中新社北京9月5日電 國務院新聞辦公室舉行發布會，介紹2023年規劃。"))
                .contains(LocalDate.of(2023, 9, 5));
        assertThat(Articles.datelineDate("國務院新聞辦公室舉行發布會。")).isEmpty();
    }
}
