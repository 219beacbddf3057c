package org.minutebook.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BaseUrlTest {
  @ParameterizedTest
  @CsvSource({
    "http, localhost:7070, http://localhost:7070",
    "https, Minutes.Example.ORG, https://minutes.example.org",
    "http, 127.0.0.1:7171, http://127.0.0.1:7171",
    "http, '[::1]:8080', http://[::1]:8080",
    "HTTPS, council-minutes.example.org:443, https://council-minutes.example.org:443",
    "gopher, example.org, http://example.org",
  })
  void plausibleHostsAreKept(String scheme, String host, String base) {
    assertEquals(base, BaseUrl.of(scheme, host));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        " ",
        "evil.example/\"><script>",
        "evil.example\r\nX-Injected: 1",
        "user@evil.example",
        "bad_host",
        "-leading.example",
        "example.org:0",
        "example.org:99999",
        "example.org:80:80",
        "exa mple.org",
        "example.org.",
        "[not-ipv6]",
        "javascript:alert(1)"
      })
  void anythingElseFallsBackToLocalhost(String host) {
    assertEquals(BaseUrl.FALLBACK, BaseUrl.of("https", host));
  }

  @org.junit.jupiter.api.Test
  void noHostOrAnOverlongOneFallsBack() {
    assertEquals(BaseUrl.FALLBACK, BaseUrl.of("http", null));
    assertEquals(BaseUrl.FALLBACK, BaseUrl.of("http", "a.".repeat(200) + "org"));
  }
}
