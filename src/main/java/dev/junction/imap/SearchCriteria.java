package dev.junction.imap;

import dev.junction.imap.message.MessageHeader;
import dev.junction.imap.message.SortKeys;
import dev.junction.imap.protocol.SearchKey;
import dev.junction.imap.protocol.SequenceSet;
import dev.junction.store.UidSet;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A SEARCH criteria tree (RFC 9051 6.4.4, RFC 3501, RFC 7162 MODSEQ, RFC 5032 OLDER/YOUNGER,
 * RFC 5182 {@code $}) made ready to test messages: the sequence sets resolved once against the
 * client's view, the BODY and TEXT strings gathered so one read of a message answers them all,
 * and the keys of every AND and OR reordered so that what the store row answers (flags, UID,
 * size, dates, MODSEQ) is tested before what needs the message's structure, header or text.
 *
 * <p>Text keys match case-insensitively on decoded text. Dates are compared without time or
 * zone, as Dovecot does: the internal date as a day in the server's zone, the sent date as the
 * day the Date header names in its own zone. A message whose Date header is missing or unreadable
 * counts as sent on 1 January 1970, also as Dovecot does.
 */
final class SearchCriteria {

    private static final UidSet NONE = new UidSet(List.of());

    private final SearchKey root;
    private final Map<SearchKey.Sequence, UidSet> sets;
    private final List<String> bodyStrings;
    private final List<String> textStrings;
    private final ZoneId zone;
    private final Instant now;

    private SearchCriteria(SearchKey root, Map<SearchKey.Sequence, UidSet> sets, List<String> bodyStrings,
                           List<String> textStrings, ZoneId zone, Instant now) {
        this.root = root;
        this.sets = sets;
        this.bodyStrings = bodyStrings;
        this.textStrings = textStrings;
        this.zone = zone;
        this.now = now;
    }

    /**
     * @param messages the client's view, for sequence numbers and {@code *}
     * @param saved    the saved search result for {@code $}, null when none
     * @param zone     the server's zone, for the internal date's day
     * @param now      for OLDER and YOUNGER
     */
    static SearchCriteria compile(SearchKey criteria, MessageSequence messages, UidSet saved, ZoneId zone, Instant now) {
        Map<SearchKey.Sequence, UidSet> sets = new HashMap<>();
        Set<String> body = new LinkedHashSet<>();
        Set<String> text = new LinkedHashSet<>();
        gather(criteria, messages, saved, sets, body, text);
        return new SearchCriteria(cheapFirst(criteria), sets, List.copyOf(body), List.copyOf(text), zone, now);
    }

    /** Whether the criteria have a MODSEQ key: the response then carries the highest MODSEQ (RFC 7162 3.1.5). */
    static boolean usesModSeq(SearchKey key) {
        return switch (key) {
            case SearchKey.ModSeq m -> true;
            case SearchKey.Not n -> usesModSeq(n.key());
            case SearchKey.Or o -> usesModSeq(o.left()) || usesModSeq(o.right());
            case SearchKey.And a -> a.keys().stream().anyMatch(SearchCriteria::usesModSeq);
            default -> false;
        };
    }

    /**
     * The UIDs a match must be among, as far as the criteria say so outright (a UID set or
     * {@code $} at the top): the store need not read the other rows. Otherwise every UID.
     */
    UidSet candidates() {
        List<SearchKey> top = root instanceof SearchKey.And and ? and.keys() : List.of(root);
        for (SearchKey k : top) {
            if (k instanceof SearchKey.Sequence s && byUid(s)) return sets.get(s);
        }
        return UidSet.ALL;
    }

    /** @throws IOException the message's content could not be read */
    boolean matches(SearchCandidate c) throws IOException {
        return matches(root, c);
    }

    private boolean matches(SearchKey key, SearchCandidate c) throws IOException {
        return switch (key) {
            case SearchKey.All a -> true;
            case SearchKey.Flag f -> c.hasFlag(f.flag()) == f.set();
            case SearchKey.Sequence s -> sets.get(s).contains(byUid(s) ? c.uid() : c.sequence());
            case SearchKey.Size s -> s.larger() ? c.size() > s.octets() : c.size() < s.octets();
            case SearchKey.ModSeq m -> c.modSeq() >= m.modSeq();
            case SearchKey.Age a -> {
                // Both inclusive, to the second (RFC 5032).
                long limit = now.getEpochSecond() - a.seconds();
                long received = c.internalDate().getEpochSecond();
                yield a.older() ? received <= limit : received >= limit;
            }
            case SearchKey.Date d -> compare(day(d.field(), c), d.comparison(), d.date());
            case SearchKey.Header h -> MessageHeader.contains(c.header(), h.field(), h.value());
            case SearchKey.Body b -> c.textMatches(bodyStrings, false).contains(b.text());
            case SearchKey.Text t -> c.textMatches(textStrings, true).contains(t.text());
            case SearchKey.Not n -> !matches(n.key(), c);
            case SearchKey.Or o -> matches(o.left(), c) || matches(o.right(), c);
            case SearchKey.And and -> {
                for (SearchKey k : and.keys()) {
                    if (!matches(k, c)) yield false;
                }
                yield true;
            }
        };
    }

    private LocalDate day(SearchKey.Date.Field field, SearchCandidate c) throws IOException {
        if (field == SearchKey.Date.Field.INTERNAL) return LocalDate.ofInstant(c.internalDate(), zone);
        OffsetDateTime sent = SortKeys.sentDateTime(c.envelope());
        return sent == null ? LocalDate.EPOCH : sent.toLocalDate();
    }

    private static boolean compare(LocalDate day, SearchKey.Date.Comparison comparison, LocalDate date) {
        return switch (comparison) {
            case BEFORE -> day.isBefore(date);
            case ON -> day.equals(date);
            case SINCE -> !day.isBefore(date);
        };
    }

    /** {@code UID} sets and {@code $} (saved UIDs) name UIDs; other sets name sequence numbers. */
    private static boolean byUid(SearchKey.Sequence s) {
        return s.uid() || s.set().saved();
    }

    private static void gather(SearchKey key, MessageSequence messages, UidSet saved,
                               Map<SearchKey.Sequence, UidSet> sets, Set<String> body, Set<String> text) {
        switch (key) {
            case SearchKey.Sequence s -> sets.put(s, resolve(s, messages, saved));
            case SearchKey.Body b -> body.add(b.text());
            case SearchKey.Text t -> text.add(t.text());
            case SearchKey.Not n -> gather(n.key(), messages, saved, sets, body, text);
            case SearchKey.Or o -> {
                gather(o.left(), messages, saved, sets, body, text);
                gather(o.right(), messages, saved, sets, body, text);
            }
            case SearchKey.And a -> a.keys().forEach(k -> gather(k, messages, saved, sets, body, text));
            default -> {
            }
        }
    }

    /**
     * The numbers a set names, {@code *} being the highest UID or sequence number. Numbers past
     * the end match nothing rather than fail the command, as in Dovecot.
     */
    private static UidSet resolve(SearchKey.Sequence s, MessageSequence messages, UidSet saved) {
        if (s.set().saved()) return saved == null ? NONE : saved;
        long largest = s.uid() ? messages.maxUid() : messages.size();
        if (largest == 0) return NONE;
        List<UidSet.Range> ranges = new ArrayList<>();
        for (SequenceSet.Range r : s.set().ranges()) ranges.add(new UidSet.Range(r.low(largest), r.high(largest)));
        return new UidSet(ranges);
    }

    /** The same tree with the keys of each AND and OR in order of cost, cheapest first. */
    private static SearchKey cheapFirst(SearchKey key) {
        return switch (key) {
            case SearchKey.And a -> new SearchKey.And(a.keys().stream().map(SearchCriteria::cheapFirst)
                    .sorted(Comparator.comparingInt(SearchCriteria::cost)).toList());
            case SearchKey.Or o -> {
                SearchKey left = cheapFirst(o.left());
                SearchKey right = cheapFirst(o.right());
                yield cost(right) < cost(left) ? new SearchKey.Or(right, left) : new SearchKey.Or(left, right);
            }
            case SearchKey.Not n -> new SearchKey.Not(cheapFirst(n.key()));
            default -> key;
        };
    }

    /** 0: the store row answers; 1: the parsed structure (often cached); 2: the header octets; 3: the whole message. */
    private static int cost(SearchKey key) {
        return switch (key) {
            case SearchKey.Date d -> d.field() == SearchKey.Date.Field.SENT ? 1 : 0;
            case SearchKey.Header h -> 2;
            case SearchKey.Body b -> 3;
            case SearchKey.Text t -> 3;
            case SearchKey.Not n -> cost(n.key());
            case SearchKey.Or o -> Math.max(cost(o.left()), cost(o.right()));
            case SearchKey.And a -> a.keys().stream().mapToInt(SearchCriteria::cost).max().orElse(0);
            default -> 0;
        };
    }
}
