package fi.turvaverkko.analysis.domain;

import static fi.turvaverkko.analysis.domain.FindingScope.measure;

import fi.turvaverkko.analysis.domain.AnalysisRepository.MeasureRow;
import fi.turvaverkko.analysis.domain.FindingEngine.Area;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Overlaps: active measures of different actors, at the same time, in the same place (one's area
 * containing or equal to the other's), of a shared theme and target group, whose texts describe the
 * same activity. Built for national action lists of tens of thousands of measures: candidates are
 * found through buckets, and texts that read the same are compared once.
 */
final class OverlapRule {

    private static final int MAX_REMEMBERED = 200_000;
    private static final int MAX_TEXTS = 200_000;

    private final FindingScope scope;
    private final Map<String, Integer> signatures = new HashMap<>();
    private final Map<Long, TextSimilarity.Result> remembered = new HashMap<>();
    private final Map<Long, List<Long>> ancestorCache = new HashMap<>();
    private long visited;

    OverlapRule(FindingScope scope) {
        this.scope = scope;
    }

    /** How many candidate pairs the last run looked at. */
    long pairsVisited() {
        return visited;
    }

    /** How many distinct pairs of texts the last run compared. */
    long textsCompared() {
        return remembered.size();
    }

    void overlaps(List<MeasureRow> active, List<RawFinding> out) {
        // the measures by id, as indexes into arrays: a national action list has tens of thousands
        List<MeasureRow> ms = new ArrayList<>(active);
        ms.sort(Comparator.comparingLong(MeasureRow::id));
        int n = ms.size();
        long[] actor = new long[n];
        long[] start = new long[n];
        long[] end = new long[n];
        int[] sig = new int[n];
        for (int i = 0; i < n; i++) {
            MeasureRow m = ms.get(i);
            actor[i] = m.responsibleActorId();
            start[i] = m.startDate() == null ? Long.MIN_VALUE : m.startDate().toEpochDay();
            end[i] = m.endDate() == null ? Long.MAX_VALUE : m.endDate().toEpochDay();
            sig[i] = signature(text(m));
        }
        List<List<Membership>> memberships = memberships(ms);
        // each pair once, from its lower id's side: a measure's candidates are those in its buckets
        // with at least one of the two in its own area there (in the bucket of an area above its own,
        // a measure meets only those of that area itself); then each candidate is compared once
        int[] seenBy = new int[n];
        Arrays.fill(seenBy, -1);
        visited = 0;
        for (int a = 0; a < n; a++) {
            for (Membership member : memberships.get(a)) {
                for (int part = 0; part < (member.own() ? 2 : 1); part++) {
                    IntList list = part == 0 ? member.bucket().own : member.bucket().below;
                    for (int k = 0; k < list.size; k++) {
                        int b = list.items[k];
                        visited++;
                        if (b <= a
                                || seenBy[b] == a
                                || actor[a] == actor[b]
                                || start[a] > end[b]
                                || start[b] > end[a]) {
                            continue;
                        }
                        seenBy[b] = a;
                        TextSimilarity.Result r = similarity(sig[a], sig[b], ms.get(a), ms.get(b));
                        if (r.sameActivity()) {
                            out.add(overlap(ms.get(a), ms.get(b), r));
                        }
                    }
                }
            }
        }
    }

    /**
     * Candidates share an area (one's area containing or equal to the other's), a theme and a target
     * group (or both reach everyone): a measure goes in the buckets of its own areas and, as coming
     * from below, in those of the areas above them.
     */
    private List<List<Membership>> memberships(List<MeasureRow> ms) {
        Map<String, Bucket> buckets = new HashMap<>();
        List<List<Membership>> memberships = new ArrayList<>(ms.size());
        for (int i = 0; i < ms.size(); i++) {
            MeasureRow m = ms.get(i);
            List<Membership> mine = new ArrayList<>();
            memberships.add(mine);
            List<String> groups = m.targetGroups().isEmpty() ? List.of("*") : m.targetGroups();
            for (long area : m.areaIds()) {
                List<Long> places = new ArrayList<>();
                places.add(area);
                places.addAll(ancestors(area));
                for (int p = 0; p < places.size(); p++) {
                    for (String theme : m.themes()) {
                        for (String g : groups) {
                            Bucket bucket =
                                    buckets.computeIfAbsent(places.get(p) + "|" + theme + "|" + g, k -> new Bucket());
                            (p == 0 ? bucket.own : bucket.below).add(i);
                            mine.add(new Membership(bucket, p == 0));
                        }
                    }
                }
            }
        }
        return memberships;
    }

    private RawFinding overlap(MeasureRow a, MeasureRow b, TextSimilarity.Result r) {
        return new RawFinding(
                "OVERLAP:" + a.id() + ":" + b.id(),
                FindingType.OVERLAP,
                sharedArea(a, b),
                "finding.reason.OVERLAP",
                List.of(a.actorName(), b.actorName(), String.join(", ", r.sharedWords()), Math.round(r.score() * 100)),
                5 + 5 * r.score(),
                List.of(measure(a), measure(b)),
                r.sharedWords(),
                false);
    }

    /** The measures of an area, a theme and a target group: of the area itself, and of places inside it. */
    private static final class Bucket {
        final IntList own = new IntList();
        final IntList below = new IntList();
    }

    /** A measure's place in a bucket. */
    private record Membership(Bucket bucket, boolean own) {}

    /** A growing list of ints, without boxing. */
    private static final class IntList {
        int[] items = new int[4];
        int size;

        void add(int i) {
            if (size == items.length) {
                items = Arrays.copyOf(items, size * 2);
            }
            items[size++] = i;
        }
    }

    /**
     * The similarity of two measures' texts; texts that read the same (the same concepts from the
     * same words, as in a template many municipalities copy) are compared once.
     */
    private TextSimilarity.Result similarity(int sigA, int sigB, MeasureRow a, MeasureRow b) {
        long key = (long) sigA << 32 | sigB;
        TextSimilarity.Result r = remembered.get(key);
        if (r == null) {
            r = TextSimilarity.compare(text(a), text(b));
            if (remembered.size() < MAX_REMEMBERED) {
                remembered.put(key, r);
            }
        }
        return r;
    }

    private int signature(MeasureText t) {
        return signatures.computeIfAbsent(t.signature(), k -> signatures.size());
    }

    private List<Long> ancestors(long areaId) {
        return ancestorCache.computeIfAbsent(areaId, this::findAncestors);
    }

    private List<Long> findAncestors(long areaId) {
        List<Long> list = new ArrayList<>();
        Area a = scope.in.areas().get(areaId);
        if (a == null) {
            return list;
        }
        for (Area other : scope.in.areas().values()) {
            if (other.id() != a.id() && a.path().startsWith(other.path()) && !"COUNTRY".equals(other.type())) {
                list.add(other.id());
            }
        }
        return list;
    }

    private MeasureText text(MeasureRow m) {
        Map<String, MeasureText> texts = scope.in.texts();
        MeasureText t = texts.get(m.text());
        if (t == null) {
            t = MeasureText.of(m.text(), null);
            if (texts.size() < MAX_TEXTS) {
                texts.put(m.text(), t);
            }
        }
        return t;
    }

    /** The most local area both measures work in. */
    private Long sharedArea(MeasureRow a, MeasureRow b) {
        Long best = null;
        int depth = -1;
        for (long x : a.areaIds()) {
            for (long y : b.areaIds()) {
                String px = scope.pathOr(x);
                String py = scope.pathOr(y);
                long deeper = px.length() >= py.length() ? x : y;
                if ((px.startsWith(py) || py.startsWith(px))
                        && scope.pathOr(deeper).length() > depth) {
                    best = deeper;
                    depth = scope.pathOr(deeper).length();
                }
            }
        }
        return best;
    }
}
