/**
 * Delivery agents: what the queue hands one message for one destination to ({@link
 * dev.junction.delivery.Transport}), local delivery into mailboxes, and (in {@code smtp})
 * outbound SMTP. Results are {@link dev.junction.delivery.Outcome}s in SMTP terms (RFC 5321,
 * RFC 3463 enhanced status codes). Settings: see {@code smtp.OutboundSettings}.
 */
package dev.junction.delivery;
