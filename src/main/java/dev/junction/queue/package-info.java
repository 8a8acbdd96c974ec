/**
 * The spool and the queue manager: durable queue entries, per-destination delivery with retry
 * and exponential backoff, delay notices and bounces at the maximum age.
 * <p>
 * {@link dev.junction.queue.QueueManager} schedules; {@link dev.junction.queue.ResultRecorder}
 * turns outcomes into spool state, maillog lines and notices; {@link dev.junction.queue.Dsn}
 * writes delivery status notifications (RFC 3464, multipart/report RFC 6522, RFC 6533 for
 * internationalised addresses) and {@link dev.junction.queue.DsnSender} queues them from the null
 * sender. NOTIFY and RET (RFC 3461) decide who gets which notice and what it returns. A recipient's
 * state and the notice it owes are one spool write, and the notice is queued (once, merging the
 * recipients of one pass) after the entry's deliveries finish: docs/adr/queue-notice-outbox.md.
 * Expired recipients bounce with 4.4.7 (RFC 3463). {@link dev.junction.queue.QueueManager#counters()}
 * and {@link dev.junction.queue.QueueManager#depth()} feed metrics.
 * Untrusted input: the original message's headers and remote servers' reply texts are copied
 * into notices (header section bounded, line breaks removed from field values).
 * Settings: {@link dev.junction.queue.QueueSettings} (queue.*).
 */
package dev.junction.queue;
