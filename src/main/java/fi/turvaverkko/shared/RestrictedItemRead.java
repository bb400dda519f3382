package fi.turvaverkko.shared;

/**
 * Published when someone reads restricted data (a secret plan, a resource's 24/7 contact, a
 * restricted risk scenario): the audit log keeps who read what, when and from where.
 */
public record RestrictedItemRead(String itemType, String itemId, String what) {}
