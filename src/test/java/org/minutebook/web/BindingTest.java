package org.minutebook.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minutebook.TestCorpus;
import org.minutebook.cli.Main;
import org.minutebook.config.ServerSettings;
import picocli.CommandLine;

/**
 * {@code serve} without {@code --host} listens on the loopback address only: the real command,
 * started in this JVM, accepts a connection on 127.0.0.1 and refuses one on 127.0.0.2 (which Linux
 * routes to the same interface, so only a socket bound to every address would accept it) and on
 * every other address of this machine.
 */
class BindingTest {
  private static final int CONNECT_MILLIS = 2_000;

  @TempDir Path temp;

  @AfterEach
  void stopServer() throws ReflectiveOperationException {
    // ServeCommand keeps the server it started; the cli package's own tests stop it the same way.
    Method stop = Class.forName("org.minutebook.cli.ServeCommand").getDeclaredMethod("stopServing");
    stop.setAccessible(true);
    stop.invoke(null);
  }

  @Test
  void theDefaultHostIsLoopback() {
    CommandLine serve = Main.commandLine().getSubcommands().get("serve");
    assertEquals(
        ServerSettings.DEFAULT_HOST, serve.getCommandSpec().findOption("--host").defaultValue());
    assertEquals("127.0.0.1", ServerSettings.DEFAULT_HOST);
  }

  @Test
  void serveListensOnLoopbackOnly() throws Exception {
    Path corpus = TestCorpus.write(temp.resolve("corpus"));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int status =
        cli.execute(
            "serve",
            "--corpus",
            corpus.toString(),
            "--index",
            temp.resolve("index").toString(),
            "--port",
            "0");
    assertEquals(0, status, err.toString());
    Matcher url = Pattern.compile("at http://localhost:(\\d+)/").matcher(out.toString());
    assertTrue(url.find(), out.toString());
    int port = Integer.parseInt(url.group(1));

    connect(InetAddress.getByName("127.0.0.1"), port);
    List<InetAddress> others = new ArrayList<>();
    others.add(InetAddress.getByName("127.0.0.2"));
    others.addAll(nonLoopbackAddresses());
    for (InetAddress address : others) {
      assertThrows(
          IOException.class,
          () -> connect(address, port),
          "the server accepted a connection on " + address);
    }
  }

  private static void connect(InetAddress address, int port) throws IOException {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(address, port), CONNECT_MILLIS);
    }
  }

  /** This machine's IPv4 addresses other than loopback (IPv6 link-local needs a scope). */
  private static List<InetAddress> nonLoopbackAddresses() throws IOException {
    List<InetAddress> addresses = new ArrayList<>();
    for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
      if (!nic.isUp() || nic.isLoopback()) {
        continue;
      }
      for (InetAddress address : Collections.list(nic.getInetAddresses())) {
        if (address instanceof Inet4Address) {
          addresses.add(address);
        }
      }
    }
    return addresses;
  }
}
