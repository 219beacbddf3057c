package org.minutebook.bench;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * GETs over one plain TCP socket, HTTP/1.1 with keep-alive, written by hand so that the load
 * generator, which shares the cores with the server it measures, costs as little as it can: the
 * request bytes are built once, and the answer is read into one reused buffer and dropped. It reads
 * what a server may send (Content-Length, chunked, or a body up to the close) and opens a new
 * connection when the server closes one.
 */
final class SocketExchange implements Exchange {
  private static final byte[] CONTENT_LENGTH = ascii("content-length:");
  private static final byte[] TRANSFER_ENCODING = ascii("transfer-encoding:");
  private static final byte[] CONNECTION = ascii("connection:");
  private static final int MAX_LINE = 16 * 1024;

  private final InetSocketAddress address;
  private final int timeoutMillis;
  private final byte[][] requests;
  private final byte[] buffer = new byte[64 * 1024];
  private final byte[] line = new byte[MAX_LINE];
  private int position;
  private int limit;
  private Socket socket;
  private InputStream in;
  private OutputStream out;

  SocketExchange(URI base, List<String> paths, Duration timeout) {
    int port = base.getPort() == -1 ? 80 : base.getPort();
    this.address = new InetSocketAddress(base.getHost(), port);
    this.timeoutMillis = (int) Math.min(Integer.MAX_VALUE, timeout.toMillis());
    String host = "Host: " + base.getHost() + ":" + port + "\r\n";
    this.requests =
        paths.stream()
            .map(
                path ->
                    ascii(
                        "GET "
                            + RequestTargets.requestTarget(base, path)
                            + " HTTP/1.1\r\n"
                            + host
                            + "User-Agent: minutebook-bench\r\nAccept: */*\r\n\r\n"))
            .toArray(byte[][]::new);
  }

  @Override
  public int get(int index) throws IOException {
    boolean reused = socket != null;
    try {
      return exchange(index);
    } catch (IOException e) {
      close();
      if (!reused || e instanceof SocketTimeoutException) {
        throw e;
      }
      // The server may have closed a kept-alive connection while it was idle: try once afresh.
      return exchange(index);
    }
  }

  private int exchange(int index) throws IOException {
    if (socket == null) {
      connect();
    }
    out.write(requests[index]);
    out.flush();
    int status = readHead();
    if (status < 0) {
      close();
      return -status;
    }
    return status;
  }

  /**
   * Reads the status line, the headers and the body.
   *
   * @return the status, negated when the server closes the connection after this answer
   */
  private int readHead() throws IOException {
    int length = readLine();
    if (length < 12 || line[0] != 'H') {
      throw new IOException("not an HTTP status line");
    }
    int status = (line[9] - '0') * 100 + (line[10] - '0') * 10 + (line[11] - '0');
    boolean close = line[7] == '0'; // HTTP/1.0 closes unless it says otherwise; we never ask
    boolean chunked = false;
    long contentLength = -1;
    while ((length = readLine()) > 0) {
      if (startsWith(length, CONTENT_LENGTH)) {
        contentLength = Long.parseLong(value(length, CONTENT_LENGTH));
      } else if (startsWith(length, TRANSFER_ENCODING)) {
        chunked = value(length, TRANSFER_ENCODING).toLowerCase(Locale.ROOT).contains("chunked");
      } else if (startsWith(length, CONNECTION)) {
        close = value(length, CONNECTION).equalsIgnoreCase("close");
      }
    }
    if (status / 100 == 1 || status == 204 || status == 304) {
      return close ? -status : status;
    }
    if (chunked) {
      readChunks();
    } else if (contentLength >= 0) {
      skip(contentLength);
    } else {
      skipToEnd();
      close = true;
    }
    return close ? -status : status;
  }

  private void readChunks() throws IOException {
    while (true) {
      int length = readLine();
      int end = 0;
      while (end < length && line[end] != ';' && line[end] != ' ') {
        end++;
      }
      long size = Long.parseLong(new String(line, 0, end, StandardCharsets.US_ASCII), 16);
      if (size == 0) {
        while (readLine() > 0) {
          // Trailer fields, up to the empty line that ends the message.
        }
        return;
      }
      skip(size);
      readLine();
    }
  }

  /** Reads one line, without its CRLF, into {@link #line}; returns its length. */
  private int readLine() throws IOException {
    int length = 0;
    while (true) {
      if (position == limit) {
        fill();
      }
      byte b = buffer[position++];
      if (b == '\n') {
        return length > 0 && line[length - 1] == '\r' ? length - 1 : length;
      }
      if (length == MAX_LINE) {
        throw new IOException("a header line longer than " + MAX_LINE + " bytes");
      }
      line[length++] = b;
    }
  }

  private void skip(long count) throws IOException {
    long left = count;
    while (left > 0) {
      if (position == limit) {
        fill();
      }
      int step = (int) Math.min(left, limit - position);
      position += step;
      left -= step;
    }
  }

  private void skipToEnd() throws IOException {
    position = limit;
    while (in.read(buffer) >= 0) {
      // Dropped: only the end of the body matters.
    }
  }

  private void fill() throws IOException {
    int read = in.read(buffer);
    if (read < 0) {
      throw new EOFException("the server closed the connection mid-answer");
    }
    position = 0;
    limit = read;
  }

  private void connect() throws IOException {
    Socket fresh = new Socket();
    try {
      fresh.setTcpNoDelay(true);
      fresh.connect(address, timeoutMillis);
      fresh.setSoTimeout(timeoutMillis);
      in = fresh.getInputStream();
      out = fresh.getOutputStream();
    } catch (IOException e) {
      fresh.close();
      throw e;
    }
    socket = fresh;
    position = 0;
    limit = 0;
  }

  @Override
  public void close() {
    if (socket != null) {
      try {
        socket.close();
      } catch (IOException e) {
        // Closing a connection we are done with: nothing to recover.
      }
      socket = null;
    }
  }

  private boolean startsWith(int length, byte[] lowerPrefix) {
    if (length < lowerPrefix.length) {
      return false;
    }
    for (int i = 0; i < lowerPrefix.length; i++) {
      byte b = line[i];
      if (b >= 'A' && b <= 'Z') {
        b += 'a' - 'A';
      }
      if (b != lowerPrefix[i]) {
        return false;
      }
    }
    return true;
  }

  private String value(int length, byte[] name) {
    return new String(line, name.length, length - name.length, StandardCharsets.US_ASCII).trim();
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }
}
