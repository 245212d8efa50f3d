package org.cyberselfplay.env.game;

/**
 * Blue's alert log: a fixed-capacity ring of the most recent alerts, true and false, on primitive arrays.
 * A new alert overwrites the oldest when full; alerts older than the scenario's max age are dropped at
 * the end of each turn. Whether an alert is true is hidden from Blue; its verdict (after triage) is not.
 */
final class Alerts {
    static final byte UNTRIAGED = 0;
    static final byte TRUE_POSITIVE = 1;
    static final byte FALSE_POSITIVE = 2;

    final int capacity;
    final int[] host;
    final byte[] kind;
    final double[] confidence;
    final int[] time;
    final boolean[] isTrue;
    final byte[] verdict;
    /** Ring position of the oldest alert. */
    int head;
    int size;

    Alerts(int capacity) {
        this.capacity = capacity;
        host = new int[capacity];
        kind = new byte[capacity];
        confidence = new double[capacity];
        time = new int[capacity];
        isTrue = new boolean[capacity];
        verdict = new byte[capacity];
    }

    private Alerts(Alerts o) {
        capacity = o.capacity;
        host = o.host.clone();
        kind = o.kind.clone();
        confidence = o.confidence.clone();
        time = o.time.clone();
        isTrue = o.isTrue.clone();
        verdict = o.verdict.clone();
        head = o.head;
        size = o.size;
    }

    Alerts copy() {
        return new Alerts(this);
    }

    void clear() {
        head = 0;
        size = 0;
    }

    /** Ring slot of the i-th oldest alert, {@code 0 <= i < size}. */
    int slot(int i) {
        int s = head + i;
        return s >= capacity ? s - capacity : s;
    }

    void add(int h, int alertKind, double conf, int turn, boolean truth) {
        int s;
        if (size == capacity) {
            s = head;
            head = head + 1 == capacity ? 0 : head + 1;
        } else {
            s = slot(size);
            size++;
        }
        host[s] = h;
        kind[s] = (byte) alertKind;
        confidence[s] = conf;
        time[s] = turn;
        isTrue[s] = truth;
        verdict[s] = UNTRIAGED;
    }

    /** Drops alerts raised before {@code oldestTurn} (they are the oldest, so they sit at the head). */
    void expire(int oldestTurn) {
        while (size > 0 && time[head] < oldestTurn) {
            head = head + 1 == capacity ? 0 : head + 1;
            size--;
        }
    }

    /** Removes the alert at ring slot {@code s}, keeping the others in order. */
    void remove(int i) {
        for (int j = i; j < size - 1; j++) {
            int to = slot(j);
            int from = slot(j + 1);
            host[to] = host[from];
            kind[to] = kind[from];
            confidence[to] = confidence[from];
            time[to] = time[from];
            isTrue[to] = isTrue[from];
            verdict[to] = verdict[from];
        }
        size--;
    }

    /** Whether a live alert names host {@code h}. */
    boolean anyOn(int h) {
        for (int i = 0; i < size; i++) {
            if (host[slot(i)] == h) {
                return true;
            }
        }
        return false;
    }
}
