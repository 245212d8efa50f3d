package org.cyberselfplay.env.game;

/**
 * What one side saw happen since it last acted, as event codes on primitive arrays (rendered to text
 * only when an observation is built). Bounded: past the capacity, further events are counted as dropped.
 */
final class EventLog {
    static final int CAPACITY = 16;

    final Event[] event = new Event[CAPACITY];
    final int[] host = new int[CAPACITY];
    final int[] value = new int[CAPACITY];
    int size;

    EventLog copy() {
        EventLog c = new EventLog();
        System.arraycopy(event, 0, c.event, 0, CAPACITY);
        System.arraycopy(host, 0, c.host, 0, CAPACITY);
        System.arraycopy(value, 0, c.value, 0, CAPACITY);
        c.size = size;
        return c;
    }

    void clear() {
        size = 0;
    }

    void add(Event e, int h, int v) {
        if (size < CAPACITY) {
            event[size] = e;
            host[size] = h;
            value[size] = v;
            size++;
        }
    }

    void add(Event e, int h) {
        add(e, h, 0);
    }

    void add(Event e) {
        add(e, -1, 0);
    }
}
