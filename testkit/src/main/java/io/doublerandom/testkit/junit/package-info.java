/**
 * Optional JUnit 5 conveniences on top of the framework-neutral testkit: {@link
 * io.doublerandom.testkit.junit.SeedsExtension} and {@link io.doublerandom.testkit.junit.Trials}
 * give test methods fixed, named seeds.
 */
package io.doublerandom.testkit.junit;
