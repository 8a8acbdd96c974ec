package dev.junction.directory;

/**
 * ACTIVE: logs in and receives. LOCKED: receives mail but cannot log in (e.g. after abuse).
 * DISABLED: neither logs in nor receives; mail to it is refused as unknown.
 */
public enum AccountState { ACTIVE, LOCKED, DISABLED }
