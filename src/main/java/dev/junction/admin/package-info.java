/**
 * The admin REST API (JSON over HTTP, RFC 6750 bearer token) on admin.listen: domains,
 * accounts, aliases, groups, the queue, and Prometheus metrics. Untrusted input: request
 * paths, query strings and JSON bodies (bounded to 64 KiB); every request needs the token
 * from {@code <node.data_dir>/admin.token}. Settings: admin.listen, node.data_dir.
 */
package dev.junction.admin;
