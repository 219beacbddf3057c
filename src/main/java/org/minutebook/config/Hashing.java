package org.minutebook.config;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** SHA-256, which every JDK has: fingerprints of files, corpora and taxonomies, and item ids. */
public final class Hashing {
  private Hashing() {}

  /** The SHA-256 of {@code bytes}, in lower-case hex. */
  public static String sha256Hex(byte[] bytes) {
    return java.util.HexFormat.of().formatHex(sha256().digest(bytes));
  }

  /** A fresh SHA-256 digest. */
  public static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
