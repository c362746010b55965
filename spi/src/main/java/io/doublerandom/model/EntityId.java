package io.doublerandom.model;
public interface EntityId extends Comparable<EntityId> {
  String value();
  static EntityId parse(String t) { return () -> t; }
  default int compareTo(EntityId o) { return value().compareTo(o.value()); }
}
