package dev.junction.queue;

/** PENDING: still to be delivered. DELIVERED: done. FAILED: permanently refused, bounced. */
public enum RecipientState { PENDING, DELIVERED, FAILED }
