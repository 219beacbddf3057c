/**
 * The HTTP face of an archive: the Javalin app (the only package that touches Javalin), its JSON
 * API, the static page, and the one place where errors become responses.
 */
package org.minutebook.web;
