/**
 * TLS material and server contexts for every listener (STARTTLS, RFC 3207; implicit TLS,
 * RFC 8314). Offers TLS 1.2 and 1.3 only (RFC 8996). Untrusted input: the operator's PEM files.
 * Settings: tls.certificate, tls.key; reads node.hostname and node.data_dir for the
 * self-signed certificate generated on first start.
 */
package dev.junction.tls;
