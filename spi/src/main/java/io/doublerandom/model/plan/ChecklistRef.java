package io.doublerandom.model.plan;

/**
 * A reference to one version of a checklist ({@code io.doublerandom.model.Checklist}) by name
 * and version number.
 *
 * @param name the checklist's name
 * @param version its version, from 1
 */
public record ChecklistRef(String name, int version) {
  /** Validates the fields. */
  public ChecklistRef {
    Fields.text(name, "checklist name");
    Fields.require(version >= 1, "version of checklist " + name, version, "must be at least 1");
  }

  /** {@code name v<version>}. */
  @Override
  public String toString() {
    return name + " v" + version;
  }
}
