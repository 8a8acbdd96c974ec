package dev.junction.directory;

import dev.junction.mail.MailAddress;

import java.util.List;

public record Alias(MailAddress address, List<MailAddress> targets) {
}
