package io.doublerandom.spi;

import java.util.List;
import java.util.Optional;

/**
 * Checklists of inspection items (随机抽查事项清单) and each authority's claims on them, both as
 * versioned documents whose every version is kept (a draw made under version 3 stays explainable
 * after version 4 is published).
 *
 * <p>Saving follows the versioned-record pattern ({@link TaskStatusStore}): the first version is
 * saved against expected version 0; a save against a stale version throws {@link
 * VersionConflictException} (kind {@code "checklist"} or {@code "claims"}) naming the id and both
 * versions; saving content identical to the latest version is a no-op returning it.
 */
public interface ChecklistStore {
  /**
   * Saves a new version of a checklist.
   *
   * @param expectedVersion the latest version the caller read (0 for a new checklist)
   * @return the stored version
   */
  Versioned saveChecklist(String checklistId, long expectedVersion, byte[] content);

  /** The latest version of a checklist. */
  Optional<Versioned> checklist(String checklistId);

  /** One version of a checklist. */
  Optional<Versioned> checklist(String checklistId, long version);

  /** The version numbers of a checklist, ascending (empty if none). */
  List<Long> checklistVersions(String checklistId);

  /** Every checklist id, in UTF-8 byte order. */
  List<String> checklistIds();

  /**
   * Saves a new version of an authority's claims.
   *
   * @param expectedVersion the latest version the caller read (0 for a first version)
   * @return the stored version
   */
  Versioned saveClaims(String authority, long expectedVersion, byte[] content);

  /** The latest version of an authority's claims. */
  Optional<Versioned> claims(String authority);

  /** One version of an authority's claims. */
  Optional<Versioned> claims(String authority, long version);
}
