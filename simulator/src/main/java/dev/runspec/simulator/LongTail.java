package dev.runspec.simulator;

/**
 * Long-tailed latencies: log-normal with a given median and spread (sigma), drawn along a
 * golden-ratio sequence through the quantiles rather than independently, so that even a few dozen
 * polls see the distribution's median and tail as set (independent draws wander: twenty of them
 * can put the median 30% off). The sequence starts at a point drawn from the seed.
 */
final class LongTail {

    private static final double GOLDEN = 0.6180339887498949;

    private final long medianNanos;
    private final double sigma;
    private double position;

    LongTail(long medianNanos, double sigma, double start) {
        this.medianNanos = medianNanos;
        this.sigma = sigma;
        this.position = start;
    }

    /** The next latency in nanoseconds (at most ten minutes). */
    long next() {
        position = (position + GOLDEN) % 1.0;
        double u = Math.min(Math.max(position, 1e-9), 1 - 1e-9);
        return (long) Math.min(medianNanos * Math.exp(sigma * inverseNormal(u)), 600e9);
    }

    /** The standard normal quantile of {@code p} (Acklam's rational approximation, relative error below 1.2e-9). */
    static double inverseNormal(double p) {
        double[] a = {-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02, 1.383577518672690e+02,
                -3.066479806614716e+01, 2.506628277459239e+00};
        double[] b = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02, 6.680131188771972e+01,
                -1.328068155288572e+01};
        double[] c = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00, -2.549732539343734e+00,
                4.374664141464968e+00, 2.938163982698783e+00};
        double[] d = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00};
        double low = 0.02425;
        if (p < low) {
            double q = Math.sqrt(-2 * Math.log(p));
            return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
                    / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
        }
        if (p > 1 - low) {
            double q = Math.sqrt(-2 * Math.log(1 - p));
            return -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
                    / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
        }
        double q = p - 0.5;
        double r = q * q;
        return (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q
                / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
    }
}
