package dev.junction.mail;

/** SMTP BODY= parameter (RFC 6152, RFC 3030). */
public enum BodyType { SEVEN_BIT, EIGHT_BITMIME, BINARYMIME }
