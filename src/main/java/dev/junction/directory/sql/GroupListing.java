package dev.junction.directory.sql;

import dev.junction.directory.Group;
import dev.junction.mail.MailAddress;
import dev.junction.sql.Statements;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads groups with their members for the admin listing. */
final class GroupListing {

    private final Connection c;

    GroupListing(Connection c) {
        this.c = c;
    }

    List<Group> list(String domain) throws SQLException {
        String where = domain == null ? "" : " WHERE domain_id = (SELECT id FROM domains WHERE name = ?)";
        Object[] args = domain == null ? new Object[0] : new Object[] {domain.toLowerCase(Locale.ROOT)};
        record Row(long id, String address, String name) {
        }
        List<Row> rows = Statements.list(c, "SELECT id, address, display_name FROM mail_groups" + where
                + " ORDER BY address_key", r -> new Row(r.getLong(1), r.getString(2), r.getString(3)), args);
        List<Group> out = new ArrayList<>(rows.size());
        for (Row r : rows) {
            List<MailAddress> members = Statements.list(c, "SELECT member FROM group_members WHERE group_id = ?"
                    + " ORDER BY member_key", m -> DirectoryRows.address(m.getString(1)), r.id());
            out.add(new Group(DirectoryRows.address(r.address()), r.name(), members));
        }
        return out;
    }
}
