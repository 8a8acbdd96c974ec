package dev.junction.pop3;

import java.io.IOException;
import java.util.List;

/**
 * One POP3 verb. The session has already checked the {@link CommandTable} row (state, TLS)
 * before {@link #execute} runs; a command replies itself or throws.
 *
 * @see CommandTable
 */
interface Pop3Command {

    /** @param arguments the words after the verb, split on single spaces */
    void execute(Pop3Session session, List<String> arguments) throws IOException, Pop3Exception;
}
