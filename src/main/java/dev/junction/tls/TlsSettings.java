package dev.junction.tls;

import dev.junction.config.Setting;
import dev.junction.config.SettingKind;

import java.nio.file.Path;
import java.util.List;

/** Where the server certificate comes from. Both empty: a self-signed pair kept in the data dir. */
public final class TlsSettings {

    public static final Setting<Path> CERTIFICATE = Setting.of("tls.certificate", SettingKind.PATH, "",
            "PEM file with the server certificate chain, leaf first; empty means a generated self-signed certificate.");
    public static final Setting<Path> KEY = Setting.of("tls.key", SettingKind.PATH, "",
            "PEM file with the private key of tls.certificate (PKCS#8, PKCS#1 RSA or EC); empty with tls.certificate empty.");

    public static final List<Setting<?>> ALL = List.of(CERTIFICATE, KEY);

    private TlsSettings() {
    }
}
