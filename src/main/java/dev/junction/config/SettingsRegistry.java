package dev.junction.config;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every setting Junction knows, in reference order. Each capability declares its own settings
 * in a {@code *Settings} class next to its code; this list is the one place that collects them.
 */
public final class SettingsRegistry {

    private static final Map<String, Setting<?>> BY_KEY = new LinkedHashMap<>();

    static {
        register(NodeSettings.ALL);
        register(dev.junction.sql.StorageSettings.ALL);
        register(dev.junction.tls.TlsSettings.ALL);
        register(dev.junction.smtp.SmtpSettings.ALL);
        register(dev.junction.pop3.Pop3Settings.ALL);
        register(dev.junction.imap.ImapSettings.ALL);
        register(dev.junction.auth.AuthSettings.ALL);
        register(dev.junction.queue.QueueSettings.ALL);
        register(dev.junction.delivery.smtp.OutboundSettings.ALL);
        register(dev.junction.admin.AdminSettings.ALL);
        register(dev.junction.log.LogSettings.ALL);
    }

    private SettingsRegistry() {
    }

    private static void register(List<Setting<?>> settings) {
        for (Setting<?> s : settings) {
            if (BY_KEY.put(s.key(), s) != null) throw new IllegalStateException("duplicate setting " + s.key());
        }
    }

    public static List<Setting<?>> all() {
        return Collections.unmodifiableList(new ArrayList<>(BY_KEY.values()));
    }

    static Setting<?> find(String key) {
        return BY_KEY.get(key);
    }
}
