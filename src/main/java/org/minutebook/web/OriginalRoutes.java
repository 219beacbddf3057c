package org.minutebook.web;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.minutebook.model.Original;

/**
 * {@code /api/documents/{id}/original}: the file an item was read from, as it is in the corpus.
 * Which file is the index's to say (the request gives only an item id). A stored page is sandboxed
 * and never sniffed, so that its scripts cannot run as this site.
 */
final class OriginalRoutes {
  static final String GONE = "the original file is no longer in the corpus";

  /** How much of a text file is read to tell UTF-8 from a legacy charset. */
  private static final int CHARSET_SAMPLE = 64 * 1024;

  private final Audience audience;

  OriginalRoutes(Audience audience) {
    this.audience = audience;
  }

  void original(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    if (!ItemIds.wellFormed(id)) {
      throw new NotFoundResponse(ItemIds.unknown(id));
    }
    Original original = audience.archive(ctx).original(id);
    switch (original) {
      case Original.Missing missing -> throw new NotFoundResponse(missing.reason());
      case Original.Found found -> serve(ctx, found.file(), found.name());
    }
  }

  private static void serve(Context ctx, Path file, String name) throws IOException {
    String type = FileHeaders.mediaType(name);
    try {
      if (type.equals(FileHeaders.TEXT)) {
        type += "; charset=" + FileHeaders.textCharset(head(file));
      }
      InputStream content = Files.newInputStream(file);
      ctx.header("Content-Disposition", FileHeaders.inline(name));
      ctx.header("X-Content-Type-Options", "nosniff");
      // Browsers refuse to show a sandboxed PDF; every other original gets no script, no origin.
      SecurityHeaders.originalFile(ctx, type.equals(FileHeaders.PDF));
      // Streamed, not read into memory: Javalin closes the stream once it is written.
      ctx.contentType(type).result(content);
    } catch (NoSuchFileException e) {
      throw new NotFoundResponse(GONE);
    }
  }

  private static byte[] head(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(CHARSET_SAMPLE);
    }
  }
}
