package dev.junction.admin;

import dev.junction.log.MailLog;
import dev.junction.queue.QueueEntry;
import dev.junction.queue.QueuedRecipient;
import dev.junction.queue.Spool;

import java.util.List;
import java.util.Map;

/** /queue: look at queued messages, hold, release, flush (retry now) and delete them. */
final class QueueRoutes {

    record RecipientView(String address, String state, int attempts, String nextAttempt, String lastReply) {
    }

    record EntryView(String id, String from, String received, long size, boolean held, List<RecipientView> recipients) {
    }

    private QueueRoutes() {
    }

    static void register(Router router, Spool spool, Runnable wake) {
        router.add("GET", "/queue", r -> ApiResponse.ok(spool.list().stream().map(QueueRoutes::view).toList()));
        router.add("GET", "/queue/{id}", r -> ApiResponse.ok(view(find(spool, r.param("id")))));
        router.add("POST", "/queue/flush", r -> {
            int due = spool.flush(null);
            wake.run();
            return ApiResponse.ok(Map.of("flushed", due));
        });
        router.add("POST", "/queue/{id}/flush", r -> {
            String id = find(spool, r.param("id")).queueId();
            int due = spool.flush(id);
            wake.run();
            return ApiResponse.ok(Map.of("flushed", due));
        });
        router.add("POST", "/queue/{id}/hold", r -> change(spool, r.param("id"), spool.hold(r.param("id")), "held"));
        router.add("POST", "/queue/{id}/release", r -> {
            ApiResponse response = change(spool, r.param("id"), spool.release(r.param("id")), "released");
            wake.run();
            return response;
        });
        router.add("DELETE", "/queue/{id}", r -> {
            if (!spool.delete(r.param("id"))) throw ApiException.notFound("no queue entry " + r.param("id"));
            MailLog.event(r.param("id"), "deleted", "by", "admin");
            return ApiResponse.noContent();
        });
    }

    private static ApiResponse change(Spool spool, String id, boolean done, String event) {
        if (!done) throw ApiException.notFound("no queue entry " + id);
        MailLog.event(id, event, "by", "admin");
        return ApiResponse.ok(view(find(spool, id)));
    }

    private static QueueEntry find(Spool spool, String id) {
        return spool.get(id).orElseThrow(() -> ApiException.notFound("no queue entry " + id));
    }

    private static EntryView view(QueueEntry e) {
        return new EntryView(e.queueId(), e.envelope().reversePath(), String.valueOf(e.envelope().receivedAt()), e.blob().size(),
                e.held(), e.recipients().stream().map(QueueRoutes::view).toList());
    }

    private static RecipientView view(QueuedRecipient r) {
        return new RecipientView(r.address().toString(), r.state().name(), r.attempts(),
                r.nextAttempt() == null ? null : r.nextAttempt().toString(), r.lastReply());
    }
}
