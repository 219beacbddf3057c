package org.minutebook.cli;

/** Quiet logging by default: the parsers' warnings about odd fonts are noise to a user. */
final class Logging {
  /**
   * Lucene says through java.util.logging that the incubating vector module is not enabled; that is
   * advice for benchmarks, not a problem for a user. Held here so the setting is not collected.
   */
  private static final java.util.logging.Logger LUCENE_VECTORS =
      java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

  private Logging() {}

  static void configure() {
    LUCENE_VECTORS.setLevel(java.util.logging.Level.SEVERE);
    setDefault("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    setDefault("org.slf4j.simpleLogger.log.org.minutebook", "info");
    // Javalin's start-up lines repeat what serve prints itself.
    setDefault("org.slf4j.simpleLogger.log.io.javalin", "warn");
    for (String noisy :
        new String[] {
          "org.apache.pdfbox", "org.apache.fontbox", "org.apache.poi", "org.apache.tika"
        }) {
      setDefault("org.slf4j.simpleLogger.log." + noisy, "error");
    }
    setDefault("org.slf4j.simpleLogger.showDateTime", "true");
    setDefault("org.slf4j.simpleLogger.dateTimeFormat", "HH:mm:ss");
    setDefault("org.slf4j.simpleLogger.showThreadName", "false");
    setDefault("org.slf4j.simpleLogger.showShortLogName", "true");
  }

  private static void setDefault(String key, String value) {
    if (System.getProperty(key) == null) {
      System.setProperty(key, value);
    }
  }
}
