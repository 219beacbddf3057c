/**
 * Browser tests: the real page in headless Chromium, driven by Selenium, against a real Javalin
 * server over the indexed sample corpus.
 *
 * <p>A test class annotated {@link org.minutebook.web.browser.WithBrowser} gets one server for the
 * whole run and one browser for the class, both passed to its methods as a {@link
 * org.minutebook.web.browser.Browser}. Every page load and action is checked for console errors and
 * failed requests; {@link org.minutebook.web.browser.Pages} lists the pages that are checked with
 * axe-core and photographed for the documentation.
 */
package org.minutebook.web.browser;
