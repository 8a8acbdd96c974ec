/**
 * The spool and the queue manager: durable queue entries, per-destination delivery with retry
 * and exponential backoff, delay notices and bounces (RFC 3464) at the maximum age.
 */
package dev.junction.queue;
