/**
 * The command line (picocli): one class per command. The only package that prints to the terminal.
 */
package org.minutebook.cli;
