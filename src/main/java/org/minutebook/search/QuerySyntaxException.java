package org.minutebook.search;

/** A query the user typed that cannot be read; the message says what is wrong and how to fix it. */
public final class QuerySyntaxException extends Exception {
  private static final long serialVersionUID = 1L;

  public QuerySyntaxException(String message, Throwable cause) {
    super(message, cause);
  }
}
