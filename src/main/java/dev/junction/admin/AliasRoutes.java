package dev.junction.admin;

import dev.junction.directory.Alias;
import dev.junction.directory.Directory;
import dev.junction.mail.MailAddress;

import java.util.List;

/** /aliases: addresses that forward to other addresses, local or outside. */
final class AliasRoutes {

    record AliasView(String address, List<String> targets) {
    }

    record NewAlias(String address, List<String> targets) {
    }

    private AliasRoutes() {
    }

    static void register(Router router, Directory directory) {
        router.add("GET", "/aliases", r -> ApiResponse.ok(directory.aliases(r.query().get("domain")).stream().map(AliasRoutes::view).toList()));
        router.add("POST", "/aliases", r -> {
            NewAlias n = r.body(NewAlias.class);
            MailAddress address = ApiRequest.parseAddress(ApiRequest.required("address", n.address()));
            List<String> targets = ApiRequest.required("targets", n.targets());
            if (targets.isEmpty()) throw ApiException.badRequest("'targets' needs at least one address");
            List<MailAddress> parsed = targets.stream().map(ApiRequest::parseAddress).toList();
            directory.addAlias(address, parsed);
            return ApiResponse.created(new AliasView(address.toString(), parsed.stream().map(MailAddress::toString).toList()));
        });
        router.add("DELETE", "/aliases/{address}", r -> {
            MailAddress address = r.address("address");
            DomainRoutes.requireLocal(directory, address);
            boolean exists = directory.aliases(address.domain()).stream().anyMatch(a -> a.address().key().equals(address.key()));
            if (!exists) throw ApiException.notFound("no alias " + address);
            directory.removeAlias(address);
            return ApiResponse.noContent();
        });
    }

    private static AliasView view(Alias a) {
        return new AliasView(a.address().toString(), a.targets().stream().map(MailAddress::toString).toList());
    }
}
