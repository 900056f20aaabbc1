package dev.runspec.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ConcurrencyTests {

    @Test
    void eight_threads_validating_the_same_documents_agree_with_one_thread() throws Exception {
        RunValidator validator = Probe.validator();
        List<String> documents = List.of(Probe.resource("drifted.json"), Probe.resource("conforming.json"),
                "{\"a\": 1, \"a\": 2}", "{\"id\": ", "[]");
        List<List<Violation>> sequential = documents.stream().map(d -> validator.validate(Probe.ID, d).violations()).toList();

        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<List<Violation>>>> futures = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                Callable<List<List<Violation>>> task = () -> {
                    List<List<Violation>> last = null;
                    for (int round = 0; round < 50; round++) {
                        last = documents.stream().map(d -> validator.validate(Probe.ID, d).violations()).toList();
                        assertThat(last).isEqualTo(sequential);
                    }
                    return last;
                };
                futures.add(pool.submit(task));
            }
            for (Future<List<List<Violation>>> future : futures) {
                assertThat(future.get()).isEqualTo(sequential);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
