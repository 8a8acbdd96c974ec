/**
 * Logging: java.util.logging with one line per record, and {@link dev.junction.log.MailLog}
 * for one line per message event (queue id first). Untrusted input: message text may carry
 * client data, so line breaks are flattened. Settings: log.level, log.file.
 */
package dev.junction.log;
