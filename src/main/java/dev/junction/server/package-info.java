/**
 * The node: wires storage, the queue manager, delivery, the SMTP listeners and the admin API
 * into one process, and stops them in reverse order. No protocol or storage logic lives here.
 */
package dev.junction.server;
