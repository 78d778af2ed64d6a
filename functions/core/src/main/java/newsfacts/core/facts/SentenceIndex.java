package newsfacts.core.facts;

import newsfacts.core.model.Span;

import java.util.List;

/** Lookups in a document's sentences (disjoint, in text order) by binary search rather than a scan per lookup. */
final class SentenceIndex {
    private SentenceIndex() {}

    /** The index of the sentence holding {@code pos} ({@code start <= pos < end}), or -1. */
    static int indexOf(List<Span> sentences, int pos) {
        int lo = 0, hi = sentences.size() - 1, found = -1;
        while (lo <= hi) {  // the last sentence starting at or before pos
            int mid = (lo + hi) >>> 1;
            if (sentences.get(mid).start() <= pos) { found = mid; lo = mid + 1; } else hi = mid - 1;
        }
        return found >= 0 && pos < sentences.get(found).end() ? found : -1;
    }

    /** The sentence holding {@code pos}, or null. */
    static Span containing(List<Span> sentences, int pos) {
        int i = indexOf(sentences, pos);
        return i < 0 ? null : sentences.get(i);
    }

    /** The sentence with {@code start < pos <= end}, or null. */
    static Span endingAtOrAfter(List<Span> sentences, int pos) {
        int lo = 0, hi = sentences.size() - 1, found = -1;
        while (lo <= hi) {  // the last sentence starting before pos
            int mid = (lo + hi) >>> 1;
            if (sentences.get(mid).start() < pos) { found = mid; lo = mid + 1; } else hi = mid - 1;
        }
        return found >= 0 && pos <= sentences.get(found).end() ? sentences.get(found) : null;
    }
}
