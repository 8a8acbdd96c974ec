package dev.junction.directory;

import org.bouncycastle.crypto.generators.OpenBSDBCrypt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher();

    @Test
    void hashesAreArgon2idPhcStringsWithFreshSalt() {
        String a = hasher.hash("secret".toCharArray());
        String b = hasher.hash("secret".toCharArray());
        assertThat(a).matches("\\$argon2id\\$v=19\\$m=19456,t=2,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
        assertThat(a).isNotEqualTo(b);
        assertThat(hasher.verify("secret".toCharArray(), a)).isTrue();
        assertThat(hasher.verify("Secret".toCharArray(), a)).isFalse();
    }

    @Test
    void nonAsciiPasswordsAreHashedAsUtf8() {
        String h = hasher.hash("pässwörd".toCharArray());
        assertThat(hasher.verify("pässwörd".toCharArray(), h)).isTrue();
        assertThat(hasher.verify("passwort".toCharArray(), h)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2a", "2b", "2y"})
    void importedBcryptHashesVerify(String version) {
        String h = OpenBSDBCrypt.generate(version, "legacy".toCharArray(), new byte[16], 4);
        assertThat(hasher.verify("legacy".toCharArray(), h)).isTrue();
        assertThat(hasher.verify("other".toCharArray(), h)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "plain",
        "$argon2i$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaA",
        "$argon2id$v=16$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaA",
        "$argon2id$v=19$m=99999999,t=2,p=1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaA",
        "$argon2id$v=19$m=19456,t=999,p=1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaA",
        "$argon2id$v=19$m=19456,t=2,p=x$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaA",
        "$argon2id$v=19$m=19456,t=2,p=1$!!!$aGFzaGhhc2hoYXNoaGFzaA",
        "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0",
        "$2a$04$tooshort",
        "$2a$99$abcdefghijklmnopqrstuuabcdefghijklmnopqrstuvwxyz01234",
        "$2a$31$abcdefghijklmnopqrstuuabcdefghijklmnopqrstuvwxyz01234",
        "$2a$10$!bcdefghijklmnopqrstuuabcdefghijklmnopqrstuvwxyz01234",
    })
    void unreadableOrOutOfBoundsHashesNeverMatch(String stored) {
        assertThat(hasher.verify("secret".toCharArray(), stored)).isFalse();
    }

    @Test
    void nullHashNeverMatches() {
        assertThat(hasher.verify("secret".toCharArray(), null)).isFalse();
    }
}
