package dev.junction.admin;

import dev.junction.config.SettingKind;
import dev.junction.directory.Account;
import dev.junction.directory.AccountState;
import dev.junction.directory.Directory;
import dev.junction.mail.MailAddress;
import dev.junction.store.MailStore;

import java.util.Arrays;
import java.util.Locale;

/**
 * /accounts: people's logins and mailboxes. Adding an account creates its default mailboxes;
 * removing one deletes its mail. Passwords travel only in request bodies, never in URLs.
 */
final class AccountRoutes {

    record AccountView(long id, String address, String name, String state, long quota, long used, long messages) {
    }

    record NewAccount(String address, String name, char[] password, String quota) {
    }

    record NewPassword(char[] password) {
    }

    record NewState(String state) {
    }

    record NewQuota(String quota) {
    }

    private AccountRoutes() {
    }

    static void register(Router router, Directory directory, MailStore store) {
        router.add("GET", "/accounts", r -> ApiResponse.ok(
                directory.accounts(r.query().get("domain")).stream().map(a -> view(a, store)).toList()));
        router.add("GET", "/accounts/{address}", r -> ApiResponse.ok(view(find(directory, r.address("address")), store)));
        router.add("POST", "/accounts", r -> {
            NewAccount n = r.body(NewAccount.class);
            MailAddress address = ApiRequest.parseAddress(ApiRequest.required("address", n.address()));
            char[] password = password(n.password());
            long quota = n.quota() == null ? 0 : quota(n.quota());
            try {
                Account a = directory.addAccount(address, n.name() == null ? "" : n.name(), password, quota);
                store.createDefaultMailboxes(a.id());
                return ApiResponse.created(view(a, store));
            } finally {
                Arrays.fill(password, '\0');
            }
        });
        router.add("PUT", "/accounts/{address}/password", r -> {
            MailAddress address = find(directory, r.address("address")).address();
            char[] password = password(r.body(NewPassword.class).password());
            try {
                directory.setPassword(address, password);
            } finally {
                Arrays.fill(password, '\0');
            }
            return ApiResponse.noContent();
        });
        router.add("PUT", "/accounts/{address}/state", r -> {
            MailAddress address = find(directory, r.address("address")).address();
            String state = ApiRequest.required("state", r.body(NewState.class).state());
            try {
                directory.setState(address, AccountState.valueOf(state.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw ApiException.badRequest("state must be one of " + Arrays.toString(AccountState.values()));
            }
            return ApiResponse.ok(view(find(directory, address), store));
        });
        router.add("PUT", "/accounts/{address}/quota", r -> {
            MailAddress address = find(directory, r.address("address")).address();
            directory.setQuota(address, quota(ApiRequest.required("quota", r.body(NewQuota.class).quota())));
            return ApiResponse.ok(view(find(directory, address), store));
        });
        router.add("DELETE", "/accounts/{address}", r -> {
            Account a = find(directory, r.address("address"));
            directory.removeAccount(a.address());
            store.deleteAccount(a.id());
            return ApiResponse.noContent();
        });
    }

    static Account find(Directory directory, MailAddress address) {
        return directory.account(address).orElseThrow(() -> ApiException.notFound("no account " + address));
    }

    private static char[] password(char[] given) {
        if (given == null || given.length == 0) throw ApiException.badRequest("'password' is required");
        return given;
    }

    /** Bytes, or a size such as 512M or 2G; 0 means no quota. */
    static long quota(String text) {
        try {
            long q = SettingKind.SIZE.parse(text.strip());
            if (q < 0) throw new IllegalArgumentException();
            return q;
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("quota '" + text + "' is not a size (e.g. 0, 500M, 2G)");
        }
    }

    private static AccountView view(Account a, MailStore store) {
        MailStore.Usage usage = store.usage(a.id());
        return new AccountView(a.id(), a.address().toString(), a.displayName(), a.state().name(), a.quotaBytes(),
                usage.bytes(), usage.messages());
    }
}
