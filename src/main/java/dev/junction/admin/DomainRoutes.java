package dev.junction.admin;

import dev.junction.directory.Directory;
import dev.junction.mail.MailAddress;

import java.util.Locale;

/** /domains: the mail domains this organisation receives for. */
final class DomainRoutes {

    record DomainView(String name) {
    }

    record NewDomain(String name) {
    }

    private DomainRoutes() {
    }

    static void register(Router router, Directory directory) {
        router.add("GET", "/domains", r -> ApiResponse.ok(directory.domains().stream().map(DomainView::new).toList()));
        router.add("POST", "/domains", r -> {
            String name = ApiRequest.required("name", r.body(NewDomain.class).name()).strip().toLowerCase(Locale.ROOT);
            ApiRequest.parseAddress("postmaster@" + name); // validates the domain syntax
            directory.addDomain(name);
            return ApiResponse.created(new DomainView(name));
        });
        router.add("DELETE", "/domains/{name}", r -> {
            String name = r.param("name");
            if (directory.domains().stream().noneMatch(name::equalsIgnoreCase)) throw ApiException.notFound("no domain " + name);
            directory.removeDomain(name.toLowerCase(Locale.ROOT));
            return ApiResponse.noContent();
        });
    }

    /** 404 unless the address's domain is one of ours; used before lookups by address. */
    static void requireLocal(Directory directory, MailAddress address) {
        if (!directory.isLocalDomain(address.domain())) throw ApiException.notFound("no domain " + address.domain());
    }
}
