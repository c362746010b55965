/**
 * The domain values of DoubleRandom: market entities, inspectors, authorities, checklists and
 * their parts, identifiers (unified social credit codes, registration numbers, division codes)
 * and the enumerations they use.
 *
 * <p>Values are immutable and validated when built; a constructor or builder given an invalid
 * value throws {@link java.lang.IllegalArgumentException} with a message that names the field and
 * the value. In particular every text attribute (names, codes, identifiers, departments, notes,
 * party ids, categories, descriptions, legal bases, certificate numbers, risk domains and classes,
 * tags, specialties, the fields of claims and risk schemes) is <em>non-blank and trimmed</em>: it
 * has at least one non-whitespace character and neither starts nor ends with whitespace (as
 * decided by {@link java.lang.String#strip()}). An optional text attribute is either absent or
 * such a text. This is what the file readers of the core module produce (they trim every cell and
 * take a blank one as absent), so writing values and reading them back gives the same values.
 */
package io.doublerandom.model;
