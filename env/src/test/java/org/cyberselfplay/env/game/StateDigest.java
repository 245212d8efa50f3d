package org.cyberselfplay.env.game;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;

/** A full textual digest of a game state, hidden fields included, for "nothing changed" assertions. */
final class StateDigest {
    private StateDigest() {
    }

    static String of(GameEnv env) {
        return of(env.state());
    }

    static String of(Object o) {
        StringBuilder sb = new StringBuilder();
        append(sb, o);
        return sb.toString();
    }

    private static void append(StringBuilder sb, Object o) {
        for (Field f : o.getClass().getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) || f.getName().equals("scenario") || f.getName().equals("rng")) {
                continue;
            }
            f.setAccessible(true);
            Object v;
            try {
                v = f.get(o);
            } catch (IllegalAccessException e) {
                throw new AssertionError(e);
            }
            sb.append(f.getName()).append('=');
            if (v instanceof Alerts || v instanceof EventLog) {
                sb.append('{');
                append(sb, v);
                sb.append('}');
            } else if (v instanceof Object[] a) {
                sb.append(Arrays.deepToString(a));
            } else if (v != null && v.getClass().isArray()) {
                sb.append(primitiveArray(v));
            } else {
                sb.append(v);
            }
            sb.append(';');
        }
    }

    private static String primitiveArray(Object v) {
        if (v instanceof long[] a) {
            return Arrays.toString(a);
        } else if (v instanceof int[] a) {
            return Arrays.toString(a);
        } else if (v instanceof double[] a) {
            return Arrays.toString(a);
        } else if (v instanceof byte[] a) {
            return Arrays.toString(a);
        } else if (v instanceof boolean[] a) {
            return Arrays.toString(a);
        }
        throw new AssertionError("unhandled array " + v.getClass());
    }
}
