package dev.junction.directory;

import dev.junction.mail.MailAddress;

import java.util.List;

public record Group(MailAddress address, String displayName, List<MailAddress> members) {
}
