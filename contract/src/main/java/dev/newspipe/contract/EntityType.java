package dev.newspipe.contract;

public enum EntityType {
    PERSON, ORGANIZATION, LOCATION
}
