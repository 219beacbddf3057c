package org.minutebook.cli;

import java.io.IOException;
import org.minutebook.ingest.Manifest;
import org.minutebook.search.QuerySyntaxException;
import org.minutebook.themes.ThemeCatalog;
import picocli.CommandLine;

/**
 * Expected failures become one clear line and exit status 1; anything else keeps its stack trace.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(
      Exception e, CommandLine cli, CommandLine.ParseResult parseResult) throws Exception {
    if (e instanceof QuerySyntaxException
        || e instanceof Manifest.ManifestException
        || e instanceof ThemeCatalog.ThemeFileException
        || e instanceof IllegalArgumentException
        || e instanceof IOException) {
      cli.getErr().println("minutebook: " + e.getMessage());
      return 1;
    }
    throw e;
  }
}
