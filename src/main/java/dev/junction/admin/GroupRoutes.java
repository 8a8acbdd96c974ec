package dev.junction.admin;

import dev.junction.directory.Directory;
import dev.junction.directory.Group;
import dev.junction.mail.MailAddress;

import java.util.List;

/** /groups and their members: addresses whose every member receives the message. */
final class GroupRoutes {

    record GroupView(String address, String name, List<String> members) {
    }

    record NewGroup(String address, String name) {
    }

    record NewMember(String address) {
    }

    private GroupRoutes() {
    }

    static void register(Router router, Directory directory) {
        router.add("GET", "/groups", r -> ApiResponse.ok(directory.groups(r.query().get("domain")).stream().map(GroupRoutes::view).toList()));
        router.add("GET", "/groups/{address}", r -> ApiResponse.ok(view(find(directory, r.address("address")))));
        router.add("POST", "/groups", r -> {
            NewGroup n = r.body(NewGroup.class);
            MailAddress address = ApiRequest.parseAddress(ApiRequest.required("address", n.address()));
            directory.addGroup(address, n.name() == null ? "" : n.name());
            return ApiResponse.created(view(find(directory, address)));
        });
        router.add("DELETE", "/groups/{address}", r -> {
            directory.removeGroup(find(directory, r.address("address")).address());
            return ApiResponse.noContent();
        });
        router.add("POST", "/groups/{address}/members", r -> {
            Group g = find(directory, r.address("address"));
            MailAddress member = ApiRequest.parseAddress(ApiRequest.required("address", r.body(NewMember.class).address()));
            // The directory adds idempotently; the API tells the administrator, as removal does.
            if (g.members().stream().anyMatch(m -> m.key().equals(member.key()))) {
                throw new ApiException(409, member + " is already a member of " + g.address());
            }
            directory.addMember(g.address(), member);
            return ApiResponse.created(view(find(directory, g.address())));
        });
        router.add("DELETE", "/groups/{address}/members/{member}", r -> {
            Group g = find(directory, r.address("address"));
            MailAddress member = r.address("member");
            if (g.members().stream().noneMatch(m -> m.key().equals(member.key()))) {
                throw ApiException.notFound(member + " is not a member of " + g.address());
            }
            directory.removeMember(g.address(), member);
            return ApiResponse.noContent();
        });
    }

    private static Group find(Directory directory, MailAddress address) {
        DomainRoutes.requireLocal(directory, address);
        return directory.groups(address.domain()).stream().filter(g -> g.address().key().equals(address.key())).findFirst()
                .orElseThrow(() -> ApiException.notFound("no group " + address));
    }

    private static GroupView view(Group g) {
        return new GroupView(g.address().toString(), g.displayName(), g.members().stream().map(MailAddress::toString).toList());
    }
}
