package org.minutebook.model;

/**
 * Who may read an agenda item. Councils hold exempt business ("Part 2", "not for publication",
 * items after the press and public are excluded): such an item is restricted, goes only to the
 * private index that staff search, and records why so that staff can check the call.
 *
 * @param restrictedBecause why the item is restricted ("manifest", or the wording that marks it),
 *     or null when it is public
 * @param originalWithheld true when any item of the same file is restricted: the original file
 *     holds that item's text too, so it is not served to the public even for the file's public
 *     items
 */
public record Access(String restrictedBecause, boolean originalWithheld) {
  /** A public item of a file with no restricted item. */
  public static final Access PUBLIC = new Access(null, false);

  /** A restricted item, for {@code reason}. */
  public static Access restricted(String reason) {
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("a restricted item needs a reason");
    }
    return new Access(reason, true);
  }

  /** Whether the item stays out of the public index. */
  public boolean restricted() {
    return restrictedBecause != null;
  }
}
