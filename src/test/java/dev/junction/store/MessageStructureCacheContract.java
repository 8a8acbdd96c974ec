package dev.junction.store;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** IMAP's parsed structures by blob: kept across stores, replaced, and dropped once no message refers to the blob. */
public interface MessageStructureCacheContract extends StoreBackend {

    private MessageStructureCache cache() {
        return views().structures();
    }

    @Test
    default void keptStructuresAreFoundByBlobFromAnotherStore() {
        BlobId a = blob(1, 10).id();
        BlobId b = blob(2, 10).id();
        assertThat(cache().structures(List.of(a, b))).isEmpty();
        cache().keepStructures(Map.of(a, "J1;first", b, "J1;second \u00e9 {3}\r\nabc"));
        assertThat(another().structures().structures(List.of(a, b, blob(3, 10).id())))
                .isEqualTo(Map.of(a, "J1;first", b, "J1;second \u00e9 {3}\r\nabc"));
        cache().keepStructures(Map.of(a, "J2;again"));
        assertThat(cache().structures(List.of(a))).isEqualTo(Map.of(a, "J2;again"));
        assertThat(cache().structures(List.of())).isEmpty();
    }

    @Test
    default void manyBlobsAreLookedUpAtOnce() {
        List<BlobId> ids = IntStream.rangeClosed(1, 450).mapToObj(n -> blob(n, 1).id()).toList();
        cache().keepStructures(ids.stream().collect(Collectors.toMap(id -> id, BlobId::hex)));
        Map<BlobId, String> found = cache().structures(ids);
        assertThat(found).hasSize(450);
        assertThat(found).allSatisfy((id, text) -> assertThat(text).isEqualTo(id.hex()));
    }

    @Test
    default void structuresOfBlobsNoMessageRefersToAreForgotten() throws Exception {
        MailStore store = views().store();
        store.createDefaultMailboxes(1);
        long inbox = store.mailbox(1, "INBOX").orElseThrow().id();
        long sent = store.mailbox(1, "Sent").orElseThrow().id();
        BlobRef kept = blob(1, 10);
        BlobRef copied = blob(2, 10);
        BlobRef removed = blob(3, 10);
        views().messages().append(inbox, kept, DATE, Set.of(), 0);
        views().messages().append(inbox, copied, DATE, Set.of(), 0);
        views().messages().append(inbox, removed, DATE, Set.of(), 0);
        views().messages().copy(inbox, UidSet.of(2), sent, 0);
        List<BlobId> many = IntStream.rangeClosed(100, 600).mapToObj(n -> blob(n, 1).id()).toList();
        Map<BlobId, String> texts = new HashMap<>();
        many.forEach(id -> texts.put(id, "never referenced"));
        for (BlobRef b : List.of(kept, copied, removed)) texts.put(b.id(), "J1;" + b.id());
        cache().keepStructures(texts);

        views().messages().expunge(inbox, UidSet.of(2, 3), false);
        assertThat(cache().forgetUnreferencedStructures()).isEqualTo(many.size() + 1);
        assertThat(cache().structures(texts.keySet())).containsOnlyKeys(kept.id(), copied.id());
        assertThat(cache().forgetUnreferencedStructures()).isZero();

        views().messages().expunge(sent, UidSet.ALL, false);
        assertThat(cache().forgetUnreferencedStructures()).isEqualTo(1);
        assertThat(cache().structures(texts.keySet())).containsOnlyKeys(kept.id());
    }
}
