package dev.newspipe.enrichment.entities;

import dev.newspipe.contract.TextField;

import java.util.List;

/** Finds the names of people, organisations and places in one field of one language's text. Thread-safe. */
public interface EntityRecognizer {

    List<EntityMention> recognize(TextField field, String text);
}
