/**
 * Import and export of the entity directory, the inspector directory, authorities and
 * checklists as CSV and JSON files, with validation that reports every problem of a file with
 * its line ({@link io.doublerandom.io.ImportReport}). Entry points: {@link
 * io.doublerandom.io.EntityFiles}, {@link io.doublerandom.io.InspectorFiles}, {@link
 * io.doublerandom.io.AuthorityFiles}, {@link io.doublerandom.io.ChecklistFiles}; the formats are
 * described in {@code docs/formats.md}.
 */
package io.doublerandom.io;
