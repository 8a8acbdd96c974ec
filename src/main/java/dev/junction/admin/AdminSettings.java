package dev.junction.admin;

import dev.junction.config.Listen;
import dev.junction.config.Setting;
import dev.junction.config.SettingKind;

import java.util.List;

/** The admin listener. The bearer token lives in {@code <node.data_dir>/admin.token}. */
public final class AdminSettings {

    public static final Setting<Listen> LISTEN = Setting.of("admin.listen", SettingKind.LISTEN, "127.0.0.1:2080",
            "Address of the admin REST API (JSON, bearer token); keep it on loopback or a management network.");

    public static final List<Setting<?>> ALL = List.of(LISTEN);

    private AdminSettings() {
    }
}
