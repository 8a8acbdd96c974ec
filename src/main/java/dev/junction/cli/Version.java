package dev.junction.cli;

import picocli.CommandLine.IVersionProvider;

import java.io.InputStream;
import java.util.Properties;

/** The version Maven wrote into the jar; "development build" when run from classes. */
final class Version implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {"junction " + version(), "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")"};
    }

    static String version() {
        try (InputStream in = Version.class.getResourceAsStream("/META-INF/maven/dev.junction/junction/pom.properties")) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                return p.getProperty("version", "development build");
            }
        } catch (java.io.IOException e) {
            // fall through to the development label
        }
        return "development build";
    }
}
