package org.minutebook.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads the lower-case labels by which users name enum values, with one message for mistakes. */
public final class Labels {
  private Labels() {}

  /**
   * The value whose label is {@code text} (case and surrounding space ignored).
   *
   * @param what the parameter's name, for the message
   * @throws IllegalArgumentException listing the labels that would do
   */
  public static <E extends Enum<E>> E parse(
      E[] values, Function<E, String> label, String text, String what) {
    String wanted = text.strip().toLowerCase(Locale.ROOT);
    for (E value : values) {
      if (label.apply(value).equals(wanted)) {
        return value;
      }
    }
    String choices = Arrays.stream(values).map(label).collect(Collectors.joining(", "));
    throw new IllegalArgumentException(
        what + " must be one of " + choices + " (was '" + text + "')");
  }
}
