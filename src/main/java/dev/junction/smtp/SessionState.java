package dev.junction.smtp;

/**
 * Where a session stands in RFC 5321's command sequence. GREETED: after EHLO/HELO with no
 * transaction; MAIL: after MAIL FROM; RCPT: at least one recipient accepted; CHUNKING: inside a
 * BDAT sequence (RFC 3030), where only BDAT continues the transaction.
 */
enum SessionState { CONNECTED, GREETED, MAIL, RCPT, CHUNKING }
