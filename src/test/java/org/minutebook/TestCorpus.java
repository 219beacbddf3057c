package org.minutebook;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.minutebook.index.IndexBuilder;
import org.minutebook.ingest.IngestListener;
import org.minutebook.ingest.IngestOptions;
import org.minutebook.model.IngestReport;
import org.minutebook.search.Archive;
import org.minutebook.themes.ThemeCatalog;

/**
 * A small corpus in real formats for tests: TXT and HTML from test resources, DOCX and PDF
 * generated here with POI and PDFBox, a sidecar manifest, and files that must be skipped with a
 * reason.
 *
 * <p>What a reader finds in it:
 *
 * <ul>
 *   <li>{@value #PLANNING} (TXT): Planning Committee, 2019-09-03 (text), planning and highways.
 *   <li>{@value #CABINET} (HTML): Cabinet, 2021-09-30 (text), item 54, the front door (MASH) and
 *       recruitment and retention.
 *   <li>{@value #SCRUTINY} (DOCX): Children and Young People Scrutiny Committee, 2022-03-15 (text),
 *       recruitment, agency staff and an Ofsted focused visit.
 *   <li>{@value #COUNCIL} (PDF): Full Council (manifest), 2020-01-20 (path), the budget and the
 *       front door.
 *   <li>{@value #BROKEN} is not a PDF inside; {@value #EMPTY} has no bytes; README.md and the two
 *       manifests are corpus notes.
 * </ul>
 */
public final class TestCorpus {
  public static final String PLANNING = "borough/planning-committee-2019-09-03.txt";
  public static final String CABINET = "borough/cabinet-issue-54.html";
  public static final String SCRUTINY = "borough/children-scrutiny-2022-03-15.docx";
  public static final String COUNCIL = "county/full-council-2020-01-20.pdf";
  public static final String BROKEN = "county/broken.pdf";
  public static final String EMPTY = "county/empty.txt";

  /** Every file the corpus holds, in path order. */
  public static final List<String> ALL_FILES =
      List.of(
          "README.md",
          CABINET,
          SCRUTINY,
          "borough/minutebook-manifest.yaml",
          PLANNING,
          BROKEN,
          EMPTY,
          COUNCIL,
          "county/minutebook-manifest.yaml");

  private TestCorpus() {}

  /** The corpus written under a folder, indexed, and opened. */
  public record Indexed(Path corpus, Path index, IngestReport report, Archive archive) {}

  /**
   * Writes the corpus to {@code folder}/corpus, indexes it into {@code folder}/index and opens it.
   */
  public static Indexed index(Path folder) throws IOException {
    Path corpus = write(folder.resolve("corpus"));
    Path index = folder.resolve("index");
    IngestReport report =
        IndexBuilder.build(corpus, index, IngestOptions.defaults(), IngestListener.NONE);
    return new Indexed(corpus, index, report, Archive.open(index, ThemeCatalog.forCorpus(corpus)));
  }

  /**
   * Indexes {@code corpus} into {@code index} and opens it with the corpus's themes and thesaurus.
   */
  public static Archive indexAndOpen(Path corpus, Path index) throws IOException {
    IndexBuilder.build(corpus, index, IngestOptions.defaults(), IngestListener.NONE);
    return Archive.forCorpus(corpus, index);
  }

  /** The bundled sample corpus, indexed into {@code index} and opened. */
  public static Archive sample(Path index) throws IOException {
    return indexAndOpen(Path.of("corpus").toAbsolutePath(), index);
  }

  /** Writes the corpus into {@code root} and returns it. */
  public static Path write(Path root) throws IOException {
    copyResource("README.md", root);
    copyResource(PLANNING, root);
    copyResource(CABINET, root);
    copyResource("borough/minutebook-manifest.yaml", root);
    docx(
        root.resolve(SCRUTINY),
        "Minutes of the meeting of the Children and Young People Scrutiny Committee held on 15 March"
            + " 2022",
        "5. Workforce report",
        "Members asked about the recruitment of social workers and the use of agency staff. Officers"
            + " reported that caseloads had fallen and that twelve vacancies remained.",
        "The committee noted the findings of the Ofsted focused visit in January 2022.",
        "RESOLVED: That the report be noted.");
    pdf(
        root.resolve(COUNCIL),
        "Example County Council",
        "Minutes of the Full Council meeting",
        "Budget and council tax precept",
        "The council approved the budget for 2020/21 and a council tax precept increase of 1.99%.",
        "Members asked about the front door and how the MASH handled contacts and referrals",
        "from schools.",
        "RESOLVED: That the budget be approved.");
    write(
        root.resolve("county/minutebook-manifest.yaml"),
        """
        defaults:
          council: Example County Council
        files:
          full-council-2020-01-20.pdf:
            committee: Full Council
            evidence: "Minutes of the Full Council meeting"
        """);
    write(root.resolve(BROKEN), "%PDF-1.4\nthis is not really a PDF\n%%EOF\n");
    write(root.resolve(EMPTY), "");
    return root;
  }

  private static void copyResource(String name, Path root) throws IOException {
    Path target = root.resolve(name);
    Files.createDirectories(target.getParent());
    try (InputStream in = TestCorpus.class.getResourceAsStream("/fixtures/" + name)) {
      if (in == null) {
        throw new IOException("missing test resource fixtures/" + name);
      }
      Files.copy(in, target);
    }
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  /** A Word document with one paragraph per string. */
  public static void docx(Path file, String... paragraphs) throws IOException {
    Files.createDirectories(file.getParent());
    try (XWPFDocument doc = new XWPFDocument();
        OutputStream out = Files.newOutputStream(file)) {
      for (String text : paragraphs) {
        doc.createParagraph().createRun().setText(text);
      }
      doc.write(out);
    }
  }

  /** A one-page PDF with a text layer, one line per string. */
  public static void pdf(Path file, String... lines) throws IOException {
    Files.createDirectories(file.getParent());
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
        content.beginText();
        content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
        content.setLeading(16);
        content.newLineAtOffset(50, 740);
        for (String line : lines) {
          content.showText(line);
          content.newLine();
        }
        content.endText();
      }
      doc.save(file.toFile());
    }
  }
}
