package dev.junction.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Passwords never come from argv (other users see it in ps, shells keep it in history): they
 * are typed twice at a terminal without echo, or read as one line from standard input when
 * that is not a terminal or --password-stdin is given.
 */
final class PasswordInput {

    private PasswordInput() {
    }

    static char[] read(Cli cli, String forWhom, boolean fromStdin) {
        char[] password = fromStdin || !interactive(cli.console) ? fromStdin(cli) : prompt(cli.console, forWhom);
        if (password.length == 0) throw new CliException("empty password refused");
        return password;
    }

    private static char[] fromStdin(Cli cli) {
        try {
            String line = new BufferedReader(new InputStreamReader(cli.in, StandardCharsets.UTF_8)).readLine();
            if (line == null) throw new CliException("no password on standard input");
            return line.toCharArray();
        } catch (IOException e) {
            throw new CliException("cannot read the password from standard input: " + e.getMessage());
        }
    }

    private static char[] prompt(Console console, String forWhom) {
        char[] first = console.readPassword("Password for %s: ", forWhom);
        char[] second = console.readPassword("Repeat the password: ");
        if (first == null || second == null) throw new CliException("no password given");
        boolean same = Arrays.equals(first, second);
        Arrays.fill(second, '\0');
        if (!same) {
            Arrays.fill(first, '\0');
            throw new CliException("the passwords do not match");
        }
        return first;
    }

    /**
     * Since JDK 22 System.console() exists even when stdin is a pipe, and only
     * Console.isTerminal() tells them apart; it is looked up reflectively because the code
     * targets Java 21, where a non-null console already means a terminal.
     */
    static boolean interactive(Console console) {
        if (console == null) return false;
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }
}
