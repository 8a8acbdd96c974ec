package dev.junction.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** One CLI invocation in-process: its exit status and what it printed. */
record Run(int status, String out, String err) {

    static Run of(String stdin, Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Cli cli = new Cli(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), new PrintWriter(out), new PrintWriter(err), null, env);
        int status = Main.run(cli, args);
        return new Run(status, out.toString(), err.toString());
    }

    static Run of(String... args) {
        return of("", Map.of(), args);
    }
}
