package org.minutebook.web;

import java.util.regex.Pattern;

/**
 * The shape of an item id, checked before anything is looked up: the first 16 hex digits of the
 * SHA-256 of the item's source path, a hyphen and the item's place in its file (see {@code
 * Ingester.itemId}). Whatever else arrives where an id belongs (a path, an encoded path, a URI) is
 * answered as an unknown item, the same as an id that names nothing, so a probe learns nothing.
 */
final class ItemIds {
  private static final Pattern SHAPE = Pattern.compile("[0-9a-f]{16}-[0-9]{1,10}");

  /** How much of an unknown id a message repeats. */
  private static final int SHOWN = 100;

  private ItemIds() {}

  /** Whether {@code id} has the shape of an item id (it may still name no item). */
  static boolean wellFormed(String id) {
    return id != null && SHAPE.matcher(id).matches();
  }

  /** The 404 message for an id that names no item. */
  static String unknown(String id) {
    return "no item with id " + shown(id);
  }

  /** {@code id} for a message: control characters as U+FFFD, at most {@value #SHOWN} chars. */
  static String shown(String id) {
    if (id == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(Math.min(id.length(), SHOWN + 1));
    for (int i = 0; i < id.length() && i < SHOWN; i++) {
      char c = id.charAt(i);
      out.append(Character.isISOControl(c) ? '\uFFFD' : c);
    }
    if (id.length() > SHOWN) {
      if (Character.isHighSurrogate(out.charAt(out.length() - 1))) {
        out.setLength(out.length() - 1); // half a pair cannot be written as JSON
      }
      out.append('…');
    }
    return out.toString();
  }
}
