/**
 * The router: one {@link dev.junction.routing.Route} per final recipient, from the directory
 * (local domains and accounts). Reads no settings; sees addresses already accepted by SMTP.
 */
package dev.junction.routing;
