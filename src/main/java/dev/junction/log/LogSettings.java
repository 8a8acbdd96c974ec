package dev.junction.log;

import dev.junction.config.Setting;
import dev.junction.config.SettingKind;

import java.nio.file.Path;
import java.util.List;

/** Where log lines go and how many of them. */
public final class LogSettings {

    public static final Setting<String> LEVEL = Setting.of("log.level", SettingKind.STRING, "INFO",
            "Least severe level logged: ERROR, WARN, INFO, DEBUG or TRACE; DEBUG and TRACE add stack traces.");
    public static final Setting<Path> FILE = Setting.of("log.file", SettingKind.PATH, "",
            "File the log is appended to; empty means standard error.");

    public static final List<Setting<?>> ALL = List.of(LEVEL, FILE);

    private LogSettings() {
    }
}
