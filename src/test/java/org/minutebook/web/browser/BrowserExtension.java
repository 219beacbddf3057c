package org.minutebook.web.browser;

import java.io.IOException;
import java.lang.reflect.Method;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Gives browser tests their {@link Browser}: one {@link SampleSite} for the whole run (kept in the
 * root store, stopped when the run ends) and one Chromium per test class (a fresh one per test
 * would cost seconds each).
 *
 * <p>Without Chromium and chromedriver the tests are skipped with a message that says how to get
 * them, unless {@code MINUTEBOOK_REQUIRE_BROWSER=true}: then they fail. After each test it fails on
 * any browser error not yet reported; after a failure it saves the page to {@code
 * target/browser-failures/}.
 */
public final class BrowserExtension
    implements ExecutionCondition,
        BeforeAllCallback,
        BeforeEachCallback,
        AfterEachCallback,
        ParameterResolver,
        TestWatcher {
  private static final Namespace NAMESPACE = Namespace.create(BrowserExtension.class);

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    BrowserBinaries binaries = BrowserBinaries.configured();
    if (binaries.present() || BrowserBinaries.required()) {
      return ConditionEvaluationResult.enabled("a browser is installed or required");
    }
    return ConditionEvaluationResult.disabled(binaries.missingMessage());
  }

  @Override
  public void beforeAll(ExtensionContext context) throws IOException {
    BrowserBinaries binaries = BrowserBinaries.configured();
    if (!binaries.present()) {
      throw new IllegalStateException(
          binaries.missingMessage() + " (" + BrowserBinaries.REQUIRE_ENV + "=true)");
    }
    SampleSite site =
        context
            .getRoot()
            .getStore(NAMESPACE)
            .computeIfAbsent(SampleSite.class, type -> SampleSite.start(), SampleSite.class);
    context.getStore(NAMESPACE).put(Browser.class, Browser.start(binaries, site));
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    browser(context).reset();
  }

  @Override
  public void afterEach(ExtensionContext context) {
    if (context.getExecutionException().isEmpty()) {
      browser(context).assertNoErrors("by the end of the test");
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == Browser.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return browser(context);
  }

  @Override
  public void testFailed(ExtensionContext context, Throwable cause) {
    Browser browser = context.getStore(NAMESPACE).get(Browser.class, Browser.class);
    if (browser == null) {
      return;
    }
    String name = failureName(context);
    try {
      browser.captureFailure(name);
      System.out.println(
          "browser test failed: the page is in " + Screenshots.FAILURES + "/" + name);
    } catch (RuntimeException e) {
      // A dead browser cannot be photographed; the test's own failure says what went wrong.
      System.out.println("could not save the failed page " + name + ": " + e);
    }
  }

  private static Browser browser(ExtensionContext context) {
    Browser browser = context.getStore(NAMESPACE).get(Browser.class, Browser.class);
    if (browser == null) {
      throw new IllegalStateException("the browser did not start");
    }
    return browser;
  }

  /** {@code <TestClass>-<method>}, plus the invocation for a parameterized test. */
  private static String failureName(ExtensionContext context) {
    String name =
        context.getRequiredTestClass().getSimpleName()
            + "-"
            + context.getTestMethod().map(Method::getName).orElse("all");
    String display = context.getDisplayName();
    Optional<String> method = context.getTestMethod().map(Method::getName);
    if (method.isPresent() && !display.startsWith(method.get() + "(")) {
      name += "-" + display;
    }
    return name.replaceAll("[^A-Za-z0-9._-]+", "_");
  }
}
