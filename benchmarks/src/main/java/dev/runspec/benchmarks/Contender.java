package dev.runspec.benchmarks;

/**
 * One validator, set up once for one schema the way its users set it up, then asked about
 * documents. Benchmarks keep the raw result (so the JIT cannot skip the work); tests ask for the
 * verdict, so that every contender is seen to reach the same one on the same document.
 */
interface Contender {

    /** Checks the body and returns the validator's own result object. */
    Object validate(Body body);

    /** The verdict in a result that {@link #validate} returned: true when the document conforms. */
    boolean conforms(Object result);
}
