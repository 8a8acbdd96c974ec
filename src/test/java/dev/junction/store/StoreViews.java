package dev.junction.store;

/** One store backend seen through each of its interfaces, for the contract tests. */
public record StoreViews(MailStore store, MailboxTree tree, MailboxMessages messages, Maildrops maildrops,
                         MessageStructureCache structures, MailboxChanges changes) {

    public static <S extends MailStore & MailboxTree & MailboxMessages & Maildrops & MessageStructureCache> StoreViews of(
            S s, MailboxChanges changes) {
        return new StoreViews(s, s, s, s, s, changes);
    }
}
