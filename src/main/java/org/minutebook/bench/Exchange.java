package org.minutebook.bench;

import java.io.Closeable;
import java.io.IOException;

/**
 * One load worker's way to the server: a GET and its whole answer, over a kept-alive connection.
 */
interface Exchange extends Closeable {
  /**
   * Sends a GET of the {@code index}th path and reads the answer to its last byte.
   *
   * @return the HTTP status
   */
  int get(int index) throws IOException, InterruptedException;

  @Override
  void close();
}
