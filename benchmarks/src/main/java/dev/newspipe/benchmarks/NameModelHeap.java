package dev.newspipe.benchmarks;

import dev.newspipe.enrichment.entities.model.NameModel;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * The heap the three loaded name models keep live: used heap after full collections, before and after
 * loading them (run with -Xmx512m; docs/ner-model.md).
 */
public final class NameModelHeap {

    private NameModelHeap() {
    }

    public static void main(String[] args) {
        long before = settledHeap();
        List<NameModel> models = new ArrayList<>();
        for (String language : List.of("ja", "zh", "en")) {
            models.add(NameModel.load(language));
            models.get(models.size() - 1).label(language.equals("en") ? "Warm up in Paris." : "北京と東京");
        }
        long after = settledHeap();
        System.out.printf("three name models (ja, zh, en) retain %.1f MiB (heap %.1f → %.1f MiB)%n",
                (after - before) / 1048576.0, before / 1048576.0, after / 1048576.0);
        System.out.println(models.size() + " models loaded");
    }

    private static long settledHeap() {
        for (int i = 0; i < 4; i++) {
            System.gc();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
