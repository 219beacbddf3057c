package org.minutebook.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebElement;

/** The commitments register's CSV link downloads a real CSV file. */
@WithBrowser
class BrowserExportTest {
  @TempDir Path downloads;

  @Test
  void theCommitmentsCsvLinkDownloadsTheRegister(Browser browser) throws IOException {
    browser.open("/?view=commitments");
    browser.visible("#commitments-list li");
    WebElement link =
        browser.all("#commitments-export a").stream()
            .filter(a -> mentionsCsv(a.getText()) || mentionsCsv(a.getDomAttribute("href")))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no CSV link in #commitments-export"));
    browser.allowDownloads(downloads);
    browser.click(link);

    Path csv = browser.downloaded(downloads, "csv");
    try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
        CSVParser parser =
            CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
      List<String> header = parser.getHeaderNames();
      List<CSVRecord> rows = parser.getRecords();
      assertTrue(header.size() > 1, "a header row: " + header);
      assertFalse(rows.isEmpty(), "at least one commitment");
      for (CSVRecord row : rows) {
        assertEquals(header.size(), row.size(), "every row has every column: " + row);
      }
    }
  }

  private static boolean mentionsCsv(String text) {
    return text != null && text.toLowerCase(Locale.ROOT).contains("csv");
  }
}
