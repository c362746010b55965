package io.doublerandom.assign;

/**
 * Ids for assignment tests. The random instance generators are public in the testkit ({@code
 * io.doublerandom.testkit.assign.AssignmentInstances}).
 */
final class Instances {
  static final String[] SPECIALTIES = {"S1", "S2", "S3"};

  private Instances() {}

  /** A valid unified social credit code per index. */
  static String entityId(int k) {
    return io.doublerandom.fixtures.Ids.creditCode(k);
  }
}
