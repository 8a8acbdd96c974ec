package dev.junction.smtp;

import java.util.ArrayList;
import java.util.List;

/** EHLO (RFC 5321 4.1.1.1): resets the session and lists the extensions this listener offers now. */
final class EhloCommand implements SmtpCommand {

    @Override
    public void execute(SmtpSession session, String argument) throws java.io.IOException, SmtpException {
        String name = HeloCommand.clientName(argument);
        session.greeted(name, true);
        SmtpContext ctx = session.context();
        List<String> lines = new ArrayList<>();
        lines.add(ctx.hostname() + " Hello " + name);
        lines.add("PIPELINING");
        lines.add("SIZE " + ctx.maxMessageSize());
        lines.add("8BITMIME");
        lines.add("SMTPUTF8");
        lines.add("ENHANCEDSTATUSCODES");
        lines.add("CHUNKING");
        lines.add("BINARYMIME");
        lines.add("DSN");
        if (ctx.tlsAvailable() && !session.isTls()) lines.add("STARTTLS");
        if (session.isTls() || ctx.allowPlaintextAuth()) lines.add("AUTH PLAIN LOGIN");
        lines.add("HELP");
        session.reply(new SmtpReply(250, null, lines));
    }
}
