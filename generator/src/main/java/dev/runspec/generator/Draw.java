package dev.runspec.generator;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The one source of randomness of a generated document: a {@link SplittableRandom} seeded with the
 * document's seed, whose algorithm the JDK fixes, so that the same seed draws the same values on
 * every machine. Nothing else in the generator reads a clock, a locale or a hash order.
 */
final class Draw {

    private static final char[] HEX = "0123456789abcdef".toCharArray();
    private static final char[] BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".toCharArray();

    private final SplittableRandom random;

    Draw(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** A number in {@code [from, to]}. */
    int between(int from, int to) {
        return from + random.nextInt(to - from + 1);
    }

    long betweenLong(long from, long to) {
        return from + random.nextLong(to - from + 1);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    double unit() {
        return random.nextDouble();
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** A random (version 4) UUID. */
    String uuid() {
        long high = random.nextLong();
        long low = random.nextLong();
        high = (high & ~0xF000L) | 0x4000L;
        low = (low & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return uuidText(high, low);
    }

    /** A time-ordered (version 7) UUID for this Unix millisecond, as Runflow gives its runs. */
    String uuidV7(long epochMillis) {
        long high = (epochMillis << 16) | 0x7000L | (random.nextLong() & 0x0FFFL);
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return uuidText(high, low);
    }

    private static String uuidText(long high, long low) {
        String hex = hex(high, 16) + hex(low, 16);
        return hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-"
                + hex.substring(16, 20) + "-" + hex.substring(20);
    }

    private static String hex(long value, int digits) {
        char[] out = new char[digits];
        for (int i = digits - 1; i >= 0; i--) {
            out[i] = HEX[(int) (value & 0xF)];
            value >>>= 4;
        }
        return new String(out);
    }

    /** Lower-case hex digits, such as a request id or a signature. */
    String hexDigits(int count) {
        char[] out = new char[count];
        for (int i = 0; i < count; i++) {
            out[i] = HEX[random.nextInt(16)];
        }
        return new String(out);
    }

    /** Letters and digits, such as the tail of a Clerk user id ({@code user_2a...}). */
    String base62(int count) {
        char[] out = new char[count];
        for (int i = 0; i < count; i++) {
            out[i] = BASE62[random.nextInt(BASE62.length)];
        }
        return new String(out);
    }
}
