package org.minutebook.web;

/** A request whose parameters are wrong; answered with 400 and the message. */
final class BadRequest extends RuntimeException {
  private static final long serialVersionUID = 1L;

  BadRequest(String message) {
    super(message);
  }
}
