/**
 * Checklists of inspection items (随机抽查事项清单) beyond the model: a catalog of their versions
 * ({@link io.doublerandom.checklist.ChecklistCatalog}), the differences between two versions
 * ({@link io.doublerandom.checklist.ChecklistDiff}) and questions about claims and composition
 * ({@link io.doublerandom.checklist.ChecklistClaims}).
 */
package io.doublerandom.checklist;
