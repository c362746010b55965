package io.doublerandom.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The configured set of credit-risk classes, ordered from lowest to highest risk. Provinces
 * differ: the national scheme has four classes A–D, Shandong uses five, A–E. Plans set their
 * sampling ratios per class of the scheme in force.
 *
 * @param name a name for the scheme, for example {@code "national-4"}
 * @param classes the classes from lowest to highest risk; codes unique
 */
public record RiskScheme(String name, List<RiskClass> classes) {
  /** Four classes of 国市监信发〔2022〕6号: A low, B general, C elevated, D high. */
  public static final RiskScheme NATIONAL_FOUR = new RiskScheme("national-4", List.of(
      new RiskClass("A", "信用风险低"),
      new RiskClass("B", "信用风险一般"),
      new RiskClass("C", "信用风险较高"),
      new RiskClass("D", "信用风险高")));

  /** A five-class scheme A–E as used by some provinces. */
  public static final RiskScheme FIVE_CLASSES = new RiskScheme("five-class", List.of(
      new RiskClass("A", "信用风险低"),
      new RiskClass("B", "信用风险较低"),
      new RiskClass("C", "信用风险一般"),
      new RiskClass("D", "信用风险较高"),
      new RiskClass("E", "信用风险高")));

  /** One class of a scheme. */
  public record RiskClass(String code, String label) {
    /** Validates the fields. */
    public RiskClass {
      Checks.requireText(code, "risk class code");
      Checks.requireText(label, "label of risk class " + code);
    }
  }

  /** Validates that there is at least one class and that codes are unique. */
  public RiskScheme {
    Checks.requireText(name, "risk scheme name");
    classes = List.copyOf(classes);
    Checks.require(!classes.isEmpty(), "risk scheme classes", classes, "must not be empty");
    Set<String> seen = new HashSet<>();
    for (RiskClass c : classes) {
      Checks.require(seen.add(c.code()), "risk class code", c.code(), "must be unique in a scheme");
    }
  }

  /** The class codes from lowest to highest risk. */
  public List<String> codes() {
    List<String> codes = new ArrayList<>(classes.size());
    classes.forEach(c -> codes.add(c.code()));
    return List.copyOf(codes);
  }

  /** Whether {@code code} is a class of this scheme. */
  public boolean contains(String code) {
    return find(code).isPresent();
  }

  /** The class with this code. */
  public Optional<RiskClass> find(String code) {
    return classes.stream().filter(c -> c.code().equals(code)).findFirst();
  }

  /** The rank of a class, 0 for the lowest risk; -1 when the code is not in the scheme. */
  public int rank(String code) {
    for (int i = 0; i < classes.size(); i++) {
      if (classes.get(i).code().equals(code)) {
        return i;
      }
    }
    return -1;
  }

  /** The class of lowest risk (the one "无事不扰" applies to). */
  public RiskClass lowest() {
    return classes.get(0);
  }
}
