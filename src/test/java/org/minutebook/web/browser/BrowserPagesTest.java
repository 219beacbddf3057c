package org.minutebook.web.browser;

import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.minutebook.web.browser.Pages.Page;

/**
 * Every page in {@link Pages}: no browser errors, no serious or critical axe-core violations, no
 * sideways scrolling on a phone, and a screenshot at desktop and phone widths.
 */
@WithBrowser
class BrowserPagesTest {
  static List<Page> pages() {
    return Pages.ALL;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void passesAxeAndIsPhotographed(Page page, Browser browser) {
    page.openIn(browser);
    // The desktop picture first, so that a page that fails axe is still photographed; axe runs at
    // desktop width, before the phone picture, to spare a resize.
    browser.screenshot(page.name(), Browser.DESKTOP);
    browser.checkAccessibility(page.name());
    browser.screenshot(page.name(), Browser.PHONE);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void fitsAPhoneWithoutScrollingSideways(Page page, Browser browser) {
    browser.viewport(Browser.PHONE);
    page.openIn(browser);
    assertNull(browser.sidewaysOverflow(), page.name());
  }
}
