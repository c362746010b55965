/** The QuickTheories adapter of the engine-neutral generators: {@link io.doublerandom.testkit.quicktheories.QuickTheoriesGens}. */
package io.doublerandom.testkit.quicktheories;
