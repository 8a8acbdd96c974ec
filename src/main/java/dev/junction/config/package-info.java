/**
 * The node-local configuration: every setting declared once as a typed {@link
 * dev.junction.config.Setting} with default, bounds and description, collected in {@link
 * dev.junction.config.SettingsRegistry}; docs/configuration.md and junction.conf.example are
 * generated from it and a test fails when they drift. Untrusted input: the configuration file
 * (an administrator's, but mistakes are reported key by key, all at once).
 */
package dev.junction.config;
