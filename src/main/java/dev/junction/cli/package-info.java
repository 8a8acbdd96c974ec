/**
 * The {@code junction} command line (picocli): {@code serve}, {@code config show|reference},
 * and {@code admin ...}, a client of the admin REST API. Untrusted input: arguments and
 * standard input (passwords are read from the terminal or stdin, never from argv).
 * Settings read: admin.listen and node.data_dir (to find the API and its token).
 */
package dev.junction.cli;
