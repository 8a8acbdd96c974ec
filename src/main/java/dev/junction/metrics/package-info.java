/**
 * Counters and gauges of one node in the Prometheus text format, served on the admin listener.
 * No untrusted input; no settings.
 */
package dev.junction.metrics;
