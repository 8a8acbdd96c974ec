package dev.junction.smtp;

import java.util.Locale;

/**
 * A command line split into its verb (upper case) and argument (the rest, without the
 * separating space and trailing white space; "" when absent). Lines whose first word is not
 * an alphabetic verb have a verb no table entry matches.
 */
record CommandLine(String verb, String argument) {

    static CommandLine parse(String line) {
        int sp = line.indexOf(' ');
        String verb = sp < 0 ? line : line.substring(0, sp);
        String argument = sp < 0 ? "" : line.substring(sp + 1).stripTrailing();
        if (verb.isEmpty() || verb.length() > 16 || !verb.chars().allMatch(c -> (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))) {
            return new CommandLine("", argument);
        }
        return new CommandLine(verb.toUpperCase(Locale.ROOT), argument);
    }
}
